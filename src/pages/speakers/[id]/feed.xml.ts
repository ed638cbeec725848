import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../../lib/site-data/site-data.ts';
import { statementFeed } from '../../../lib/sharing/statement-feed.ts';

// A feed for each speaker with statements of their own (the Follow link on their page).
export const getStaticPaths = (async () => {
  const site = await siteData();
  return site.actors.filter((actor) => site.statementsOf(actor.id).length > 0).map((actor) => ({ params: { id: actor.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const data = await siteData();
  const actor = data.actor(params.id ?? '');
  return statementFeed(data, data.statementsOf(actor.id), { title: `statements by ${actor.data.name}`, description: `The newest statements by ${actor.data.name} as the site's sources report them.`, siteUrl: site });
};
