import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { statementPreview } from '../lib/sharing/previews.ts';
import { siteData } from '../lib/site-data/site-data.ts';
import { SITE } from '../lib/site.ts';
import { urls } from '../lib/routes/urls.ts';

// Items carry no publication date: the sources give none, and inventing one would mislead.
export const GET: APIRoute = async ({ site }) => {
  const data = await siteData();
  return rss({
    title: `${SITE.name}: statements`,
    description: SITE.description,
    site: site ?? '',
    items: data.statements.map((statement) => {
      const preview = statementPreview(data.previewInputOf(statement));
      return { title: preview.title, description: preview.description, link: urls.statement(statement.id) };
    }),
    customData: '<language>en</language>',
  });
};
