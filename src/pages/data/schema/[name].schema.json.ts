import type { APIRoute, GetStaticPaths } from 'astro';
import { z } from 'astro/zod';
import { OPEN_DATA_FILES, type OpenDataName } from '../../../schemas/open-data.ts';
import { absoluteUrl, urls } from '../../../lib/routes/urls.ts';

export const getStaticPaths = (() => (Object.keys(OPEN_DATA_FILES) as OpenDataName[]).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const name = params.name as OpenDataName;
  const schema = {
    ...z.toJSONSchema(OPEN_DATA_FILES[name], { target: 'draft-2020-12', io: 'output' }),
    $id: absoluteUrl(urls.dataSchema(name), site),
    title: `${name}.json`,
  };
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
};
