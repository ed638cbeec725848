import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData, type Statement } from '../../../lib/site-data/site-data.ts';
import { statementPaths } from '../../../lib/site-data/index-pages.ts';
import { absoluteUrl, urls } from '../../../lib/routes/urls.ts';
import { oembedResponse } from '../../../lib/sharing/embed.ts';
import { statementPreview } from '../../../lib/sharing/previews.ts';

// oEmbed 1.0 (type rich) for one statement, announced by the statement page's <link rel="alternate" type="application/json+oembed">.
export const getStaticPaths = (async () => statementPaths(await siteData())) satisfies GetStaticPaths;

export const GET: APIRoute<{ statement: Statement }> = async ({ props, site: siteUrl }) => {
  const site = await siteData();
  const { statement } = props;
  const model = site.embedModelOf(statement, siteUrl);
  const body = oembedResponse(model, absoluteUrl(urls.statementEmbed(statement.id), siteUrl), absoluteUrl(urls.home(), siteUrl), statementPreview(site.previewInputOf(statement)).title);
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' } });
};
