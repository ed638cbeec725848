import type { APIRoute } from 'astro';
import { siteData } from '../lib/site-data/site-data.ts';
import { SITE } from '../lib/site.ts';
import { statementFeed } from '../lib/sharing/statement-feed.ts';

// Items carry the day each entry was published on this site (the sources give no dates of their own, and none is invented).
export const GET: APIRoute = async ({ site }) => {
  const data = await siteData();
  return statementFeed(data, data.statements, { title: 'statements', description: SITE.description, siteUrl: site });
};
