/**
 * The search filters' id → label tables (`/search/facets.json`), from the content and the fixed
 * vocabularies. Used at build time by the facets file and by views that link to a filtered search.
 */
import { SIDES } from '../../schemas/actors.ts';
import { STATEMENT_KINDS } from '../../schemas/statements.ts';
import { hedgeIn } from '../text/attribution.ts';
import { TOPIC_SEARCH_WORDS, TOPICS, type TopicId } from '../../schemas/topics.ts';
import type { TopicWords } from './topic-words.ts';
import type { FacetLabels } from './state.ts';

export { PAGE_TYPES, type PageType } from './state.ts';

/**
 * The values of the attribution filter (the `kind` facet, `kind=` in the URL,
 * as before): whether the words are quoted or reported, and how the source
 * attributes them. A statement may carry several.
 */
export const ATTRIBUTION_TYPES = {
  ...STATEMENT_KINDS,
  hedged: 'Hedged by the source',
  intermediary: 'Through an intermediary',
  'unnamed-speaker': 'Unnamed speaker',
} as const;
export type AttributionType = keyof typeof ATTRIBUTION_TYPES;

/**
 * A statement's attribution filter values: its kind; "hedged" when a source's
 * attribution carries a hedge ("reportedly", "according to …") or gives the
 * words to people it does not name ("officials said", "a source told", the
 * site's rule for hedges); "intermediary" when a source has the words through
 * someone (`via`); "unnamed speaker" when the speaker is an unnamed person.
 */
export function attributionTypes(
  statement: { kind: keyof typeof STATEMENT_KINDS; renderings: readonly { attribution?: string | undefined; via?: unknown }[] },
  speakerKind: string,
): AttributionType[] {
  const types: AttributionType[] = [statement.kind];
  const unnamed = speakerKind === 'unnamed-person';
  if (statement.renderings.some((rendering) => hedgeIn(rendering.attribution) !== undefined || (unnamed && rendering.attribution !== undefined))) types.push('hedged');
  if (statement.renderings.some((rendering) => rendering.via !== undefined)) types.push('intermediary');
  if (unnamed) types.push('unnamed-speaker');
  return types;
}

/** Every facet's id → label table, from the content's speakers and sources and the fixed vocabularies. */
export function facetLabels(actors: readonly { id: string; name: string }[], sources: readonly { id: string; label: string }[]): FacetLabels {
  return {
    speaker: Object.fromEntries(actors.map((actor) => [actor.id, actor.name])),
    side: { ...SIDES },
    kind: { ...ATTRIBUTION_TYPES },
    topic: { ...TOPICS },
    source: Object.fromEntries(sources.map((source) => [source.id, source.label])),
  };
}

/** Topic label → the site's search words for it (`TOPIC_SEARCH_WORDS`), for the search page's notes. */
export function topicWordsByLabel(): TopicWords {
  return Object.fromEntries((Object.entries(TOPIC_SEARCH_WORDS) as [TopicId, readonly string[]][]).map(([topic, words]) => [TOPICS[topic], words]));
}
