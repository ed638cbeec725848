import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/csv.ts';
import { openDataBuilders } from '../../lib/open-data.ts';
import { siteData } from '../../lib/site-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const rows = openDataBuilders(await siteData(), site ?? '').statementRows();
  return new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
