import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../../lib/site-data/site-data.ts';
import { statementFeed } from '../../../lib/sharing/statement-feed.ts';
import { SIDES, type SideId } from '../../../schemas/actors.ts';

// A feed for each side with statements (the Follow link on its page).
export const getStaticPaths = (async () => {
  const site = await siteData();
  return (Object.keys(SIDES) as SideId[]).filter((side) => site.statementsOnSide(side).length > 0).map((side) => ({ params: { side } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const data = await siteData();
  const side = params.side as SideId;
  return statementFeed(data, data.statementsOnSide(side), { title: `statements on the side ${SIDES[side]}`, description: `The newest statements by speakers the site lists under ${SIDES[side]}.`, siteUrl: site });
};
