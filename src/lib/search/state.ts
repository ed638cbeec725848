/**
 * The search page's state in its URL:
 * `/search/?q=words&speaker=khawaja-asif&side=pakistan&topic=ttp&source=<id>&kind=paraphrase&type=other`.
 * URLs carry stable ids; Pagefind filters carry the labels readers see. Each
 * facet maps one to the other, so a shared link keeps working if a label is
 * reworded. Ids the site does not know are reported, never guessed.
 * Runs in the browser (search page script) and at build time (filters, the scale bench).
 */

/** The kinds of page in the search index, as Pagefind filter labels (the `type` filter). */
export const PAGE_TYPES = {
  statement: 'Statement',
  speaker: 'Speaker',
  talks: 'Talks',
  event: 'Event',
  source: 'Source',
} as const;
export type PageType = keyof typeof PAGE_TYPES;

/** The filters a reader can set, in the order the URL and the sentence name them. */
export const FILTER_FACETS = ['speaker', 'side', 'topic', 'source', 'kind'] as const;
export type FilterFacet = (typeof FILTER_FACETS)[number];

/** Every URL parameter of the search page, in the order it writes them. */
export const SEARCH_PARAMS = ['q', ...FILTER_FACETS, 'type'] as const;

/**
 * What is searched (`type=`): statements by default; `other` is everything
 * else (speakers, sources, talks and events); one kind of page by its id.
 */
export const SCOPES = {
  statement: 'Statements',
  other: 'Everything else',
  speaker: 'Speakers',
  talks: 'Talks',
  event: 'Events',
  source: 'Sources',
} as const;
export type Scope = keyof typeof SCOPES;
export const DEFAULT_SCOPE: Scope = 'statement';

/** For each facet, id → label. */
export type FacetLabels = Record<FilterFacet, Record<string, string>>;

export interface SearchState {
  term: string;
  /** Pagefind filters: facet → selected labels. */
  filters: Partial<Record<FilterFacet, string[]>>;
  scope: Scope;
}

/** A value in the URL that names nothing on the site. */
export interface UnknownValue {
  param: FilterFacet | 'type';
  value: string;
}

const isScope = (value: string): value is Scope => Object.hasOwn(SCOPES, value);

/** Reads the state from a URL's query string, and the values in it that name nothing. */
export function parseQuery(query: string, labels: FacetLabels): { state: SearchState; unknown: UnknownValue[] } {
  const params = new URLSearchParams(query);
  const filters: SearchState['filters'] = {};
  const unknown: UnknownValue[] = [];
  for (const facet of FILTER_FACETS) {
    const selected: string[] = [];
    for (const id of params.getAll(facet)) {
      const label = Object.hasOwn(labels[facet], id) ? labels[facet][id] : undefined;
      if (label === undefined) unknown.push({ param: facet, value: id });
      else if (!selected.includes(label)) selected.push(label);
    }
    if (selected.length) filters[facet] = selected;
  }
  const type = params.get('type');
  let scope = DEFAULT_SCOPE;
  if (type !== null && type !== '') {
    if (isScope(type)) scope = type;
    else unknown.push({ param: 'type', value: type });
  }
  return { state: { term: (params.get('q') ?? '').trim(), filters, scope }, unknown };
}

/** Reads the state from a URL's query string; unknown ids are dropped (see `parseQuery` to name them). */
export function stateFromQuery(query: string, labels: FacetLabels): SearchState {
  return parseQuery(query, labels).state;
}

/** Writes the state as a query string (with its leading "?", or "" when empty), parameters in a fixed order. */
export function queryFromState(state: SearchState, labels: FacetLabels): string {
  const params = new URLSearchParams();
  if (state.term.trim()) params.set('q', state.term.trim());
  for (const facet of FILTER_FACETS) {
    const idOf = new Map(Object.entries(labels[facet]).map(([id, label]) => [label, id]));
    for (const label of state.filters[facet] ?? []) {
      const id = idOf.get(label);
      if (id !== undefined) params.append(facet, id);
    }
  }
  if (state.scope !== DEFAULT_SCOPE) params.set('type', state.scope);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** True when the state asks for something more than every statement (words, or at least one filter). */
export function hasCriteria(state: Pick<SearchState, 'term' | 'filters'>): boolean {
  return state.term !== '' || Object.values(state.filters).some((values) => values.length > 0);
}

/**
 * How a search changes the browser history: a change of filters or scope is
 * a step Back can return to ('push'); typing only refines the current step
 * ('replace'); the same search again changes nothing ('none').
 */
export function historyStep(currentQuery: string, next: SearchState, labels: FacetLabels): { action: 'push' | 'replace' | 'none'; query: string } {
  const query = queryFromState(next, labels);
  if (query === currentQuery) return { action: 'none', query };
  const withoutWords = (state: SearchState) => queryFromState({ ...state, term: '' }, labels);
  const filtersChanged = withoutWords(next) !== withoutWords(stateFromQuery(currentQuery, labels));
  return { action: filtersChanged ? 'push' : 'replace', query };
}

/** The state with one filter value added or removed. */
export function toggleFilter(state: SearchState, facet: FilterFacet, label: string, on: boolean): SearchState {
  const current = state.filters[facet] ?? [];
  const values = on ? (current.includes(label) ? current : [...current, label]) : current.filter((value) => value !== label);
  const filters = { ...state.filters };
  if (values.length) filters[facet] = values;
  else delete filters[facet];
  return { ...state, filters };
}

type PagefindFilter = string | { any: string[] } | { type: { any: string[] } };

/** The page types other than statements: the only pages that carry a `type` filter. */
const OTHER_TYPES = [PAGE_TYPES.speaker, PAGE_TYPES.source, PAGE_TYPES.talks, PAGE_TYPES.event];

/**
 * The filters to hand Pagefind: values of one facet are alternatives (any),
 * facets narrow each other (all), and the scope is a filter on the page type.
 * Statement pages carry no `type` filter, so statements are "not any other
 * type": Pagefind's data for a filter lists every page that has it, and at
 * 10,000 statements a `type` on each of them would add 23 KB to every search.
 */
export function pagefindFilters(state: SearchState): Record<string, PagefindFilter> {
  const filters: Record<string, PagefindFilter> = {};
  if (state.scope === 'statement') filters.not = { type: { any: OTHER_TYPES } };
  else if (state.scope === 'other') filters.type = { any: OTHER_TYPES };
  else filters.type = PAGE_TYPES[state.scope];
  for (const facet of FILTER_FACETS) {
    const values = state.filters[facet];
    if (values?.length) filters[facet] = { any: values };
  }
  return filters;
}

/** What each parameter names, for notices ("No speaker has the id …"). */
const PARAM_NOUNS: Record<UnknownValue['param'], string> = {
  speaker: 'speaker',
  side: 'side',
  topic: 'topic',
  source: 'source',
  kind: 'way of attributing the words',
  type: 'kind of page',
};

/** A sentence naming the URL values the search could not use, or undefined when there are none. */
export function unknownNotice(unknown: readonly UnknownValue[]): string | undefined {
  if (unknown.length === 0) return undefined;
  const parts = unknown.map(({ param, value }) => `no ${PARAM_NOUNS[param]} has the id “${value}” (${param}=${value})`);
  const sentence = parts.join('; ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}. ${unknown.length === 1 ? 'It is' : 'They are'} left out of this search.`;
}

// Lower case, no accents, words separated by single spaces.
const foldName = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The speaker whose whole name the search's words are (any case, accents or punctuation), if any. */
export function speakerNamed(term: string, speakers: readonly string[]): string | undefined {
  const folded = foldName(term);
  if (!folded) return undefined;
  return speakers.find((name) => foldName(name) === folded);
}

/** The results with those in `first` ahead of the rest, each group in its own order. */
export function rankFirst<T extends { id: string }>(results: readonly T[], first: ReadonlySet<string>): T[] {
  return [...results.filter((result) => first.has(result.id)), ...results.filter((result) => !first.has(result.id))];
}
