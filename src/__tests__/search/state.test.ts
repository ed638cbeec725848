import { describe, expect, it } from 'vitest';
import { facetLabels } from '../../lib/search/facets.ts';
import {
  SEARCH_PARAMS,
  hasCriteria,
  historyStep,
  pagefindFilters,
  parseQuery,
  queryFromState,
  rankFirst,
  speakerNamed,
  stateFromQuery,
  toggleFilter,
  unknownNotice,
  type SearchState,
} from '../../lib/search/state.ts';

const labels = facetLabels(
  [
    { id: 'khawaja-asif', name: 'Khawaja Asif' },
    { id: 'taliban-delegation', name: 'Taliban delegation' },
  ],
  [{ id: 'istanbul-to-tora-bora', label: 'From Istanbul To Tora Bora' }],
);
const state = (partial: Partial<SearchState>): SearchState => ({ term: '', filters: {}, scope: 'statement', ...partial });

describe('search state in the URL', () => {
  it('reads words and filters, turning URL ids into the labels Pagefind filters on', () => {
    expect(stateFromQuery('?q=caves&speaker=khawaja-asif&side=pakistan', labels)).toEqual(
      state({ term: 'caves', filters: { speaker: ['Khawaja Asif'], side: ['Pakistan'] } }),
    );
  });
  it('names unknown ids instead of guessing or silently dropping them', () => {
    const parsed = parseQuery('?speaker=nobody-here&speaker=khawaja-asif&type=videos&topic=toString', labels);
    expect(parsed.state).toEqual(state({ filters: { speaker: ['Khawaja Asif'] } }));
    expect(parsed.unknown).toEqual([
      { param: 'speaker', value: 'nobody-here' },
      { param: 'topic', value: 'toString' },
      { param: 'type', value: 'videos' },
    ]);
    expect(unknownNotice(parsed.unknown)).toBe(
      'No speaker has the id “nobody-here” (speaker=nobody-here); no topic has the id “toString” (topic=toString); no kind of page has the id “videos” (type=videos). They are left out of this search.',
    );
    expect(unknownNotice([])).toBeUndefined();
  });
  it('writes labels back as ids, in a fixed order, and the scope only when it is not statements', () => {
    expect(queryFromState(state({ term: 'internal matter', filters: { kind: ['Direct quotation'], speaker: ['Taliban delegation'] } }), labels)).toBe(
      '?q=internal+matter&speaker=taliban-delegation&kind=direct-quote',
    );
    expect(queryFromState(state({ term: '  ' }), labels)).toBe('');
    expect(queryFromState(state({ term: 'caves', scope: 'other' }), labels)).toBe('?q=caves&type=other');
  });
  it('round-trips every parameter', () => {
    const query = '?q=full+force&speaker=khawaja-asif&side=pakistan&topic=ttp&source=istanbul-to-tora-bora&kind=paraphrase&type=other';
    expect(SEARCH_PARAMS.every((param) => query.includes(`${param}=`))).toBe(true);
    expect(queryFromState(stateFromQuery(query, labels), labels)).toBe(query);
  });
  it('knows when there is something to search for', () => {
    expect(hasCriteria(state({}))).toBe(false);
    expect(hasCriteria(state({ filters: { speaker: ['Khawaja Asif'] } }))).toBe(true);
  });
  it('adds and removes one filter value', () => {
    const one = toggleFilter(state({}), 'side', 'Pakistan', true);
    expect(one.filters).toEqual({ side: ['Pakistan'] });
    expect(toggleFilter(one, 'side', 'Pakistan', true).filters).toEqual({ side: ['Pakistan'] });
    expect(toggleFilter(toggleFilter(one, 'side', 'Mediator', true), 'side', 'Pakistan', false).filters).toEqual({ side: ['Mediator'] });
    expect(toggleFilter(one, 'side', 'Pakistan', false).filters).toEqual({});
  });
});

describe('pagefindFilters', () => {
  it('searches statements by default, values of a facet as alternatives', () => {
    expect(pagefindFilters(state({ filters: { speaker: ['Khawaja Asif', 'Taliban delegation'], side: ['Pakistan'] } }))).toEqual({
      not: { type: { any: ['Speaker', 'Source', 'Talks', 'Event'] } },
      speaker: { any: ['Khawaja Asif', 'Taliban delegation'] },
      side: { any: ['Pakistan'] },
    });
  });
  it('keeps every other kind of page in its own scope', () => {
    expect(pagefindFilters(state({ scope: 'other' }))).toEqual({ type: { any: ['Speaker', 'Source', 'Talks', 'Event'] } });
    expect(pagefindFilters(state({ scope: 'speaker' }))).toEqual({ type: 'Speaker' });
  });
});

describe('historyStep', () => {
  it('makes a change of filters or scope a new step, so Back returns to the search before it', () => {
    expect(historyStep('?q=caves', state({ term: 'caves', filters: { speaker: ['Khawaja Asif'] } }), labels)).toEqual({
      action: 'push',
      query: '?q=caves&speaker=khawaja-asif',
    });
    expect(historyStep('?q=caves&speaker=khawaja-asif', state({ term: 'caves' }), labels)).toEqual({ action: 'push', query: '?q=caves' });
    expect(historyStep('?q=caves', state({ term: 'caves', scope: 'other' }), labels)).toEqual({ action: 'push', query: '?q=caves&type=other' });
  });
  it('replaces the current step while the words change', () => {
    expect(historyStep('?q=cav&speaker=khawaja-asif', state({ term: 'caves', filters: { speaker: ['Khawaja Asif'] } }), labels)).toEqual({
      action: 'replace',
      query: '?q=caves&speaker=khawaja-asif',
    });
  });
  it('does nothing for the search already in the URL', () => {
    expect(historyStep('?q=caves', state({ term: 'caves' }), labels).action).toBe('none');
  });
});

describe('a speaker named in the search words', () => {
  const speakers = ['Khawaja Asif', 'Zabihullah Mujahid', 'Recep Tayyip Erdoğan'];
  it('is found when the words are their whole name, whatever the case, accents or punctuation', () => {
    expect(speakerNamed('khawaja  asif', speakers)).toBe('Khawaja Asif');
    expect(speakerNamed('Recep Tayyip Erdogan', speakers)).toBe('Recep Tayyip Erdoğan');
    expect(speakerNamed('Asif', speakers)).toBeUndefined();
    expect(speakerNamed('', speakers)).toBeUndefined();
  });
  it('puts that speaker\'s results first, each group keeping its order', () => {
    const results = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
    expect(rankFirst(results, new Set(['d', 'b'])).map((result) => result.id)).toEqual(['b', 'd', 'a', 'c']);
    expect(rankFirst(results, new Set()).map((result) => result.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});
