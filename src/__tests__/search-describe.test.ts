import { describe, expect, it } from 'vitest';
import { filterChips, resultSentence, searchHeading, searchTitle } from '../lib/search-describe.ts';
import type { SearchState } from '../lib/search-state.ts';

const state = (partial: Partial<SearchState>): SearchState => ({ term: '', filters: {}, scope: 'statement', ...partial });

describe('what a search is, in words', () => {
  it('titles a search by its words and speaker', () => {
    const search = state({ term: 'caves', filters: { speaker: ['Khawaja Asif'] } });
    expect(searchHeading(search)).toBe('“caves” by Khawaja Asif');
    expect(searchTitle(search)).toBe('“caves” by Khawaja Asif · Search');
    expect(searchTitle(search, 'Search | Site')).toBe('“caves” by Khawaja Asif · Search | Site');
  });
  it('leaves an empty search plainly "Search"', () => {
    expect(searchTitle(state({}))).toBe('Search');
  });
  it('says what filters without words select', () => {
    expect(searchHeading(state({ filters: { side: ['Afghan Taliban'] } }))).toBe('Statements by Afghan Taliban speakers');
    expect(searchHeading(state({ filters: { topic: ['Mediation', 'TTP'], source: ['A report'] } }))).toBe('Statements on Mediation or TTP reported in A report');
    expect(searchHeading(state({ term: 'caves', scope: 'other' }))).toBe('“caves” in other pages');
  });
  it('counts results in a sentence that names the filters', () => {
    expect(resultSentence(4, state({ filters: { side: ['Afghan Taliban'] } }))).toBe('4 statements by Afghan Taliban speakers');
    expect(resultSentence(1, state({ term: 'caves' }))).toBe('1 statement matching “caves”');
    expect(resultSentence(2, state({ filters: { speaker: ['A', 'B', 'C'], side: ['Pakistan'] } }))).toBe('2 statements by A, B or C (side: Pakistan)');
    expect(resultSentence(3, state({ filters: { kind: ['Reported speech (paraphrase)'] } }))).toBe('3 statements in reported speech');
    expect(resultSentence(0, state({ filters: { kind: ['Direct quotation'] } }))).toBe('0 direct quotations');
    expect(resultSentence(2, state({ term: 'caves', scope: 'other' }))).toBe('2 other pages matching “caves”');
  });
  it('makes one chip per active filter value', () => {
    expect(filterChips(state({ filters: { kind: ['Direct quotation'], speaker: ['Khawaja Asif'] } }))).toEqual([
      { facet: 'speaker', value: 'Khawaja Asif', text: 'Speaker: Khawaja Asif' },
      { facet: 'kind', value: 'Direct quotation', text: 'Kind: Direct quotation' },
    ]);
  });
});
