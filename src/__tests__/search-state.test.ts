import { describe, expect, it } from 'vitest';
import { facetLabels } from '../lib/search-facets.ts';
import { hasCriteria, historyStep, queryFromState, stateFromQuery } from '../lib/search-state.ts';

const labels = facetLabels(
  [
    { id: 'khawaja-asif', name: 'Khawaja Asif' },
    { id: 'taliban-delegation', name: 'Taliban delegation' },
  ],
  [{ id: 'istanbul-to-tora-bora', label: 'From Istanbul To Tora Bora' }],
);

describe('search state in the URL', () => {
  it('reads words and filters, turning URL ids into the labels Pagefind filters on', () => {
    expect(stateFromQuery('?q=caves&speaker=khawaja-asif&side=pakistan', labels)).toEqual({
      term: 'caves',
      filters: { speaker: ['Khawaja Asif'], side: ['Pakistan'] },
    });
  });
  it('drops unknown ids instead of guessing', () => {
    expect(stateFromQuery('?speaker=nobody', labels)).toEqual({ term: '', filters: {} });
  });
  it('writes labels back as ids, in a fixed order', () => {
    expect(queryFromState({ term: 'internal matter', filters: { kind: ['Direct quotation'], speaker: ['Taliban delegation'] } }, labels)).toBe(
      '?q=internal+matter&speaker=taliban-delegation&kind=direct-quote',
    );
    expect(queryFromState({ term: '  ', filters: {} }, labels)).toBe('');
  });
  it('round-trips', () => {
    const query = '?q=full+force&speaker=khawaja-asif&source=istanbul-to-tora-bora&type=statement';
    expect(queryFromState(stateFromQuery(query, labels), labels)).toBe(query);
  });
  it('knows when there is something to search for', () => {
    expect(hasCriteria({ term: '', filters: {} })).toBe(false);
    expect(hasCriteria({ term: '', filters: { speaker: ['Khawaja Asif'] } })).toBe(true);
  });
});

describe('historyStep', () => {
  it('makes a change of filters a new step, so Back returns to the search before it', () => {
    expect(historyStep('?q=caves', { term: 'caves', filters: { speaker: ['Khawaja Asif'] } }, labels)).toEqual({ action: 'push', query: '?q=caves&speaker=khawaja-asif' });
    expect(historyStep('?q=caves&speaker=khawaja-asif', { term: 'caves', filters: {} }, labels)).toEqual({ action: 'push', query: '?q=caves' });
  });
  it('replaces the current step while the words change', () => {
    expect(historyStep('?q=cav&speaker=khawaja-asif', { term: 'caves', filters: { speaker: ['Khawaja Asif'] } }, labels)).toEqual({
      action: 'replace',
      query: '?q=caves&speaker=khawaja-asif',
    });
  });
  it('does nothing for the search already in the URL', () => {
    expect(historyStep('?q=caves', { term: 'caves', filters: {} }, labels).action).toBe('none');
  });
});
