import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData, type Statement } from '../../../lib/site-data/site-data.ts';
import { absoluteUrl, urls } from '../../../lib/routes/urls.ts';
import { embedModelOf, oembedResponse } from '../../../lib/sharing/embed.ts';
import { curlyQuotes, statementPreview } from '../../../lib/sharing/previews.ts';
import { segmentsText } from '../../../lib/text/shown.ts';
import { SITE } from '../../../lib/site.ts';

// oEmbed 1.0 (type rich) for one statement, announced by the statement page's <link rel="alternate" type="application/json+oembed">.
export const getStaticPaths = (async () => {
  const site = await siteData();
  return site.statements.map((statement) => ({ params: { id: statement.id }, props: { statement } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ statement: Statement }> = async ({ props, site: siteUrl }) => {
  const site = await siteData();
  const { statement } = props;
  const speaker = site.speakerOf(statement).data;
  const shown = site.shownOf(statement);
  const model = embedModelOf(shown, segmentsText(shown.segments), { name: speaker.name, role: speaker.role && curlyQuotes(speaker.role) }, absoluteUrl(urls.statement(statement.id), siteUrl), SITE.name);
  const body = oembedResponse(model, absoluteUrl(urls.statementEmbed(statement.id), siteUrl), absoluteUrl(urls.home(), siteUrl), statementPreview(site.previewInputOf(statement)).title);
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' } });
};
