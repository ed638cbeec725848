import type { APIRoute } from 'astro';
import { facetLabels, topicWordsByLabel } from '../../lib/search/facets.ts';
import { siteData } from '../../lib/site-data/site-data.ts';

/**
 * Every filter's id → label table for the search page (and each topic's
 * search words, under `topicWords`), fetched beside
 * Pagefind instead of inlined, so the page stays small at 400 speakers and
 * thousands of sources.
 */
export const GET: APIRoute = async () => {
  const site = await siteData();
  const labels = facetLabels(
    site.actors.map((actor) => ({ id: actor.id, name: actor.data.name })),
    site.sources.map((source) => ({ id: source.id, label: source.data.label })),
  );
  return new Response(JSON.stringify({ ...labels, topicWords: topicWordsByLabel() }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
