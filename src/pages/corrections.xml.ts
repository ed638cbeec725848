import type { APIRoute } from 'astro';
import { siteData } from '../lib/site-data/site-data.ts';
import { correctionsFeed } from '../lib/sharing/statement-feed.ts';

export const GET: APIRoute = async ({ site }) => correctionsFeed((await siteData()).corrections(), site);
