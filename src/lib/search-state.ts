/**
 * The search page's state in its URL: `/search/?q=words&speaker=khawaja-asif`.
 * URLs carry stable ids; Pagefind filters carry the labels readers see. Each
 * facet maps one to the other, so a shared link keeps working if a label is
 * reworded.
 */
export const SEARCH_FACETS = ['speaker', 'side', 'kind', 'topic', 'source', 'type'] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

/** For each facet, id → label. */
export type FacetLabels = Record<SearchFacet, Record<string, string>>;

export interface SearchState {
  term: string;
  /** Pagefind filters: facet → selected labels. */
  filters: Partial<Record<SearchFacet, string[]>>;
}

/** Reads the state from a URL's query string; unknown ids are dropped, not guessed. */
export function stateFromQuery(query: string, labels: FacetLabels): SearchState {
  const params = new URLSearchParams(query);
  const filters: SearchState['filters'] = {};
  for (const facet of SEARCH_FACETS) {
    const selected = params
      .getAll(facet)
      .map((id) => labels[facet][id])
      .filter((label): label is string => label !== undefined);
    if (selected.length) filters[facet] = [...new Set(selected)];
  }
  return { term: (params.get('q') ?? '').trim(), filters };
}

/** Writes the state as a query string (with its leading "?", or "" when empty), facets in a fixed order. */
export function queryFromState(state: SearchState, labels: FacetLabels): string {
  const params = new URLSearchParams();
  if (state.term.trim()) params.set('q', state.term.trim());
  for (const facet of SEARCH_FACETS) {
    const idOf = Object.fromEntries(Object.entries(labels[facet]).map(([id, label]) => [label, id]));
    for (const label of state.filters[facet] ?? []) {
      const id = idOf[label];
      if (id !== undefined) params.append(facet, id);
    }
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** True when the state asks for results (words, or at least one filter). */
export function hasCriteria(state: SearchState): boolean {
  return state.term !== '' || Object.values(state.filters).some((values) => values.length > 0);
}

/**
 * How a search changes the browser history: a change of filters is a step
 * Back can return to ('push'); typing only refines the current step
 * ('replace'); the same search again changes nothing ('none').
 */
export function historyStep(currentQuery: string, next: SearchState, labels: FacetLabels): { action: 'push' | 'replace' | 'none'; query: string } {
  const query = queryFromState(next, labels);
  if (query === currentQuery) return { action: 'none', query };
  const filtersOnly = (state: SearchState) => queryFromState({ term: '', filters: state.filters }, labels);
  const filtersChanged = filtersOnly(next) !== filtersOnly(stateFromQuery(currentQuery, labels));
  return { action: filtersChanged ? 'push' : 'replace', query };
}
