import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/open-data/csv.ts';
import { openDataBuilders } from '../../lib/open-data/open-data.ts';
import { siteData } from '../../lib/site-data/site-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const rows = openDataBuilders(await siteData(), site ?? '').statementRows();
  return new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
