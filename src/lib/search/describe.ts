/**
 * What a search is, in words: the page heading and title
 * (`“caves” by Khawaja Asif`), the sentence that counts the results
 * ("4 statements by Afghan Taliban speakers") and the removable chips.
 * Runs in the browser, in the search page script (`src/scripts/search-page.ts`).
 */
import { nameInSentence } from '../text/attribution.ts';
import { DEFAULT_SCOPE, FILTER_FACETS, type FilterFacet, type SearchState } from './state.ts';

/** Values named in a heading or title; more are counted ("A, B or 38 other speakers"), so a search for a body's many members keeps a readable title. */
const MAX_NAMED = 3;

const or = (values: readonly string[], others?: string) => {
  if (others && values.length > MAX_NAMED) return `${values.slice(0, MAX_NAMED - 1).join(', ')} or ${values.length - (MAX_NAMED - 1)} ${others}`;
  return values.length <= 1 ? (values[0] ?? '') : `${values.slice(0, -1).join(', ')} or ${values.at(-1) ?? ''}`;
};

/** What is counted when one value of the attribution filter is chosen, by its label (facets.ts ATTRIBUTION_TYPES). */
const ATTRIBUTION_NOUNS: Record<string, [string, string]> = {
  'Direct quotation': ['direct quotation', 'direct quotations'],
  'Reported speech (paraphrase)': ['statement in reported speech', 'statements in reported speech'],
  'Hedged by the source': ['statement the source hedges', 'statements the source hedges'],
  'Through an intermediary': ['statement reported through an intermediary', 'statements reported through an intermediary'],
  'Unnamed speaker': ['statement by an unnamed speaker', 'statements by unnamed speakers'],
};

/** The phrases that qualify the results: "by Khawaja Asif", "on Mediation", "reported in …". */
function clauses(state: SearchState): string[] {
  const { speaker, side, topic, source } = state.filters;
  const parts: string[] = [];
  // Inside the sentence, "by a source familiar with the talks" and "on the Taliban government", not "by A source…", "on The Taliban…".
  if (speaker?.length) parts.push(`by ${or(speaker.map(nameInSentence), 'other speakers')}`);
  if (side?.length) parts.push(speaker?.length ? `(side: ${or(side)})` : `by ${or(side)} speakers`);
  if (topic?.length) parts.push(`on ${or(topic.map(nameInSentence), 'other topics')}`);
  if (source?.length) parts.push(`reported in ${or(source, 'other sources')}`);
  return parts;
}

/** The noun for what is counted, singular and plural. */
function noun(state: SearchState): [string, string] {
  if (state.scope !== 'statement') {
    const pages: Record<string, [string, string]> = {
      other: ['other page', 'other pages'],
      speaker: ['speaker page', 'speaker pages'],
      talks: ['page on the talks', 'pages on the talks'],
      event: ['event page', 'event pages'],
      source: ['source page', 'source pages'],
    };
    return pages[state.scope] ?? ['page', 'pages'];
  }
  const kinds = state.filters.kind ?? [];
  if (kinds.length === 1) return ATTRIBUTION_NOUNS[kinds[0] ?? ''] ?? ['statement', 'statements'];
  return ['statement', 'statements'];
}

/** What is searched, as the heading and title say it: `“caves” by Khawaja Asif`, `Statements by Afghan Taliban speakers`. */
export function searchHeading(state: SearchState): string {
  const parts = clauses(state);
  if (state.term) return [`“${state.term}”`, ...parts].join(' ') + (state.scope === DEFAULT_SCOPE ? '' : ` in ${noun(state)[1]}`);
  const [, plural] = noun(state);
  const capitalised = `${plural.charAt(0).toUpperCase()}${plural.slice(1)}`;
  return [capitalised, ...parts].join(' ');
}

/** The page title: `“caves” by Khawaja Asif · Search`, or `Search` for an empty search. */
export function searchTitle(state: SearchState, base = 'Search'): string {
  const hasFilters = Object.values(state.filters).some((values) => values.length > 0);
  if (!state.term && !hasFilters && state.scope === DEFAULT_SCOPE) return base;
  return `${searchHeading(state)} · ${base}`;
}

/** The sentence that counts the results: "4 statements by Afghan Taliban speakers", "1 statement matching “caves”". */
export function resultSentence(count: number, state: SearchState): string {
  const [singular, plural] = noun(state);
  const words = state.term ? [`matching “${state.term}”`] : [];
  return [`${count} ${count === 1 ? singular : plural}`, ...words, ...clauses(state)].join(' ');
}

/**
 * The sentence for a search whose words the index does not hold: "No
 * statement contains “Torkham”", "No statement contains “xyzzyq” or
 * “Torkham”" (Pagefind's prefix fallback is never shown as a match).
 */
export function noMatchSentence(missing: readonly string[], state: SearchState): string {
  const [singular] = noun(state);
  return [`No ${singular} contains ${or(missing.map((word) => `“${word}”`))}`, ...clauses(state)].join(' ');
}

/** Pagefind's page-type labels (`type` filter; statements have none), as the sentences count them. */
const PAGE_NOUNS: Record<string, [string, string]> = {
  Statement: ['statement', 'statements'],
  Speaker: ['speaker page', 'speaker pages'],
  Talks: ['page on the talks', 'pages on the talks'],
  Event: ['event', 'events'],
  Source: ['source page', 'source pages'],
};

/** What the other scope holds for a search the current scope has no result for. */
export interface Elsewhere {
  /** Page-type label → how many of its pages match ("Event" → 1); "Statement" for statements. */
  kinds: Readonly<Record<string, number>>;
  /** The titles of the pages found, in order, when they are few enough to name. */
  titles: readonly string[];
}

/** Titles named in the sentence; more are only counted. */
const MAX_TITLES = 3;

/**
 * The sentence for words no page in the current scope holds, pointing to
 * where they are: "No statement contains “border closure”; 1 event does:
 * The border closure". Without `elsewhere` (or with nothing in it), it ends
 * at the first clause.
 */
export function noResultSentence(state: SearchState, elsewhere?: Elsewhere): string {
  const [singular] = noun(state);
  const first = [`No ${singular} contains “${state.term}”`, ...clauses(state)].join(' ');
  const kinds = Object.entries(elsewhere?.kinds ?? {}).filter(([, count]) => count > 0);
  const total = kinds.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return first;
  const counted = kinds.map(([kind, count]) => {
    const [one, many] = PAGE_NOUNS[kind] ?? ['page', 'pages'];
    return `${count} ${count === 1 ? one : many}`;
  });
  const what = counted.length === 1 ? counted[0] : `${total} other pages`;
  const detail = counted.length > 1 ? `: ${counted.slice(0, -1).join(', ')} and ${counted.at(-1) ?? ''}` : '';
  const titles = elsewhere?.titles ?? [];
  const named = counted.length === 1 && titles.length > 0 && total <= MAX_TITLES && !kinds.some(([kind]) => kind === 'Statement') ? `: ${titles.slice(0, MAX_TITLES).join('; ')}` : '';
  return `${first}; ${what} ${total === 1 ? 'does' : 'do'}${detail || named}`;
}

/** Nouns for the chips' accessible names. */
const FACET_NAMES: Record<FilterFacet, string> = { speaker: 'Speaker', side: 'Side', topic: 'Topic', source: 'Source', kind: 'Attributed' };

export interface Chip {
  facet: FilterFacet;
  /** The values the chip removes: one, or those a long selection folds into "24 others". */
  values: string[];
  /** What the chip shows: "Speaker: Khawaja Asif", "Speaker: 24 others". */
  text: string;
}

/**
 * One removable chip per active filter value, in the URL's order. A facet
 * with more values than a heading names (a body's members, searched
 * together) shows the first ones and folds the rest into one chip.
 */
export function filterChips(state: SearchState): Chip[] {
  return FILTER_FACETS.flatMap((facet) => {
    const values = state.filters[facet] ?? [];
    const named = values.length > MAX_NAMED ? values.slice(0, MAX_NAMED - 1) : values;
    const chips: Chip[] = named.map((value) => ({ facet, values: [value], text: `${FACET_NAMES[facet]}: ${value}` }));
    const rest = values.slice(named.length);
    if (rest.length > 0) chips.push({ facet, values: rest, text: `${FACET_NAMES[facet]}: ${rest.length} others` });
    return chips;
  });
}

/** What a facet's option list shows: its values in order, and how many there are in all before a long list is cut. */
export interface FacetOptions {
  values: string[];
  total: number;
}

/**
 * The options a facet offers: once counts are known, only values found in
 * the current search (and those chosen); those matching the words typed in
 * its "Find a …" box; for a long facet, by count then name, cut to `max`
 * with the chosen values kept. Hundreds of checkboxes help no one and slow
 * every search on a phone.
 */
export function facetOptions(input: {
  values: readonly string[];
  selected: readonly string[];
  counts?: Readonly<Record<string, number>> | undefined;
  narrowTo?: string;
  /** For long facets (speakers, sources): sort by count and show at most this many. */
  max?: number | undefined;
}): FacetOptions {
  const { selected, counts, max } = input;
  const narrowTo = input.narrowTo?.trim().toLocaleLowerCase() ?? '';
  let values = [...input.values];
  if (counts) values = values.filter((value) => (counts[value] ?? 0) > 0 || selected.includes(value));
  if (narrowTo) values = values.filter((value) => value.toLocaleLowerCase().includes(narrowTo) || selected.includes(value));
  if (max === undefined) return { values, total: values.length };
  values.sort((a, b) => (counts?.[b] ?? 0) - (counts?.[a] ?? 0) || a.localeCompare(b));
  const total = values.length;
  if (total > max) values = [...new Set([...values.filter((value) => selected.includes(value)), ...values.slice(0, max)])];
  return { values, total };
}
