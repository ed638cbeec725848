/**
 * The static paths of every topic page (`/topics/<topic>/` and its later pages). Used by the topic routes; build time.
 */
import { paginate, PAGE_SIZE, type PageOf } from '../routes/pagination.ts';

/** Static paths for every page of every topic: `/topics/<topic>/` and `/topics/<topic>/page/<n>/`. */
export function topicPagePaths<T, K extends string>(topics: readonly { topic: K; statements: readonly T[] }[]) {
  return topics.flatMap(({ topic, statements }) =>
    paginate(statements, PAGE_SIZE).map((page: PageOf<T>) => ({ topic, page })),
  );
}
