import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../../lib/site-data/site-data.ts';
import { statementFeed } from '../../../lib/sharing/statement-feed.ts';
import { TOPICS, type TopicId } from '../../../schemas/topics.ts';

// A feed for each topic with statements (the Follow link on its page).
export const getStaticPaths = (async () => (await siteData()).topicsInUse().map(({ topic }) => ({ params: { topic } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const data = await siteData();
  const topic = params.topic as TopicId;
  return statementFeed(data, data.statementsOnTopic(topic), { title: `statements on ${TOPICS[topic]}`, description: `The newest statements the site files under ${TOPICS[topic]}.`, siteUrl: site });
};
