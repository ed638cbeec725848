import type { APIRoute, GetStaticPaths } from 'astro';
import { openDataBuilders } from '../../lib/open-data/open-data.ts';
import { siteData } from '../../lib/site-data/site-data.ts';
import { OPEN_DATA_FILES, type OpenDataName } from '../../schemas/open-data.ts';

export const getStaticPaths = (() => (Object.keys(OPEN_DATA_FILES) as OpenDataName[]).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const name = params.name as OpenDataName;
  const data = openDataBuilders(await siteData(), site ?? '');
  // Parsing with the published schema proves the file matches it before it is written.
  const body = OPEN_DATA_FILES[name].parse(data.file(name));
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
