import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { statementPreview } from '../lib/sharing/previews.ts';
import { siteData } from '../lib/site-data/site-data.ts';
import { SITE } from '../lib/site.ts';
import { urls } from '../lib/routes/urls.ts';

// Items carry the day each entry was published on this site (the sources give no dates of their own, and none is invented).
export const GET: APIRoute = async ({ site }) => {
  const data = await siteData();
  const lastChanged = data.statements.map((statement) => statement.data.changed ?? statement.data.added).sort().at(-1);
  return rss({
    title: `${SITE.name}: statements`,
    description: SITE.description,
    site: site ?? '',
    items: data.statements.map((statement) => {
      const preview = statementPreview(data.previewInputOf(statement));
      return { title: preview.title, description: preview.description, link: urls.statement(statement.id), pubDate: new Date(`${statement.data.added}T00:00:00Z`) };
    }),
    customData: `<language>en</language>${lastChanged ? `<lastBuildDate>${new Date(`${lastChanged}T00:00:00Z`).toUTCString()}</lastBuildDate>` : ''}`,
  });
};
