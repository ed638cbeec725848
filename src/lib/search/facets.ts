/**
 * The search filters' id → label tables (`/search/facets.json`), from the content and the fixed
 * vocabularies. Used at build time by the facets file and by views that link to a filtered search.
 */
import { SIDES } from '../../schemas/actors.ts';
import { STATEMENT_KINDS } from '../../schemas/statements.ts';
import { TOPIC_SEARCH_WORDS, TOPICS, type TopicId } from '../../schemas/topics.ts';
import type { TopicWords } from './topic-words.ts';
import type { FacetLabels } from './state.ts';

export { PAGE_TYPES, type PageType } from './state.ts';

/** Every facet's id → label table, from the content's speakers and sources and the fixed vocabularies. */
export function facetLabels(actors: readonly { id: string; name: string }[], sources: readonly { id: string; label: string }[]): FacetLabels {
  return {
    speaker: Object.fromEntries(actors.map((actor) => [actor.id, actor.name])),
    side: { ...SIDES },
    kind: { ...STATEMENT_KINDS },
    topic: { ...TOPICS },
    source: Object.fromEntries(sources.map((source) => [source.id, source.label])),
  };
}

/** Topic label → the site's search words for it (`TOPIC_SEARCH_WORDS`), for the search page's notes. */
export function topicWordsByLabel(): TopicWords {
  return Object.fromEntries((Object.entries(TOPIC_SEARCH_WORDS) as [TopicId, readonly string[]][]).map(([topic, words]) => [TOPICS[topic], words]));
}
