import { describe, expect, it } from 'vitest';
import { facetOptions, filterChips, noMatchSentence, noResultSentence, resultSentence, searchHeading, searchTitle } from '../../lib/search/describe.ts';
import type { SearchState } from '../../lib/search/state.ts';

const state = (partial: Partial<SearchState>): SearchState => ({ term: '', filters: {}, scope: 'statement', ...partial });

describe('what a search is, in words', () => {
  it('titles a search by its words and speaker', () => {
    const search = state({ term: 'caves', filters: { speaker: ['Khawaja Asif'] } });
    expect(searchHeading(search)).toBe('“caves” by Khawaja Asif');
    expect(searchTitle(search)).toBe('“caves” by Khawaja Asif · Search');
    expect(searchTitle(search, 'Search | Site')).toBe('“caves” by Khawaja Asif · Search | Site');
  });
  it('lowers a leading article of a speaker inside the sentence, and only there', () => {
    const search = state({ term: 'talks', filters: { speaker: ['A Pakistani security official familiar with the negotiations', 'The Taliban (a familiar phrase with no speaker named)'] } });
    expect(searchHeading(search)).toBe('“talks” by a Pakistani security official familiar with the negotiations or the Taliban (a familiar phrase with no speaker named)');
    expect(resultSentence(1, state({ filters: { speaker: ['An envoy'] } }))).toBe('1 statement by an envoy');
    expect(searchHeading(state({ filters: { topic: ['The Taliban government', 'TTP'] } }))).toBe('Statements on the Taliban government or TTP');
    // The chip is a label, not a sentence: it keeps the name as listed.
    expect(filterChips(search).map((chip) => chip.text)).toContain('Speaker: A Pakistani security official familiar with the negotiations');
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
    // A body's members, searched together: the title stays readable.
    const members = Array.from({ length: 40 }, (_, index) => `Member ${index + 1}`);
    expect(searchHeading(state({ filters: { speaker: members } }))).toBe('Statements by Member 1, Member 2 or 38 other speakers');
    expect(searchHeading(state({ filters: { source: ['S1', 'S2', 'S3', 'S4'] } }))).toBe('Statements reported in S1, S2 or 2 other sources');
    expect(resultSentence(3, state({ filters: { kind: ['Reported speech (paraphrase)'] } }))).toBe('3 statements in reported speech');
    expect(resultSentence(0, state({ filters: { kind: ['Direct quotation'] } }))).toBe('0 direct quotations');
    expect(resultSentence(2, state({ term: 'caves', scope: 'other' }))).toBe('2 other pages matching “caves”');
  });
  it('makes one chip per active filter value', () => {
    expect(filterChips(state({ filters: { kind: ['Direct quotation'], speaker: ['Khawaja Asif'] } }))).toEqual([
      { facet: 'speaker', values: ['Khawaja Asif'], text: 'Speaker: Khawaja Asif' },
      { facet: 'kind', values: ['Direct quotation'], text: 'Attributed: Direct quotation' },
    ]);
    // Three values are three chips; a body's 26 members are two chips and one for the other 24.
    expect(filterChips(state({ filters: { speaker: ['A', 'B', 'C'] } })).map((chip) => chip.text)).toEqual(['Speaker: A', 'Speaker: B', 'Speaker: C']);
    const members = Array.from({ length: 26 }, (_, index) => `M${index + 1}`);
    expect(filterChips(state({ filters: { speaker: members } }))).toEqual([
      { facet: 'speaker', values: ['M1'], text: 'Speaker: M1' },
      { facet: 'speaker', values: ['M2'], text: 'Speaker: M2' },
      { facet: 'speaker', values: members.slice(2), text: 'Speaker: 24 others' },
    ]);
  });
});

describe('facetOptions', () => {
  const speakers = Array.from({ length: 30 }, (_, index) => `Speaker ${String(index).padStart(2, '0')}`);
  it('offers every value of a short facet in its own order, and only those the search found once counts are known', () => {
    expect(facetOptions({ values: ['Pakistan', 'Afghan Taliban', 'Mediators'], selected: [] })).toEqual({ values: ['Pakistan', 'Afghan Taliban', 'Mediators'], total: 3 });
    expect(facetOptions({ values: ['Pakistan', 'Afghan Taliban', 'Mediators'], selected: ['Mediators'], counts: { Pakistan: 4 } })).toEqual({
      values: ['Pakistan', 'Mediators'],
      total: 2,
    });
  });
  it('cuts a long facet to the busiest values, keeping the chosen ones, and says how many there are', () => {
    const counts = Object.fromEntries(speakers.map((name, index) => [name, index + 1]));
    const options = facetOptions({ values: speakers, selected: ['Speaker 00'], counts, max: 5 });
    expect(options.total).toBe(30);
    expect(options.values).toEqual(['Speaker 00', 'Speaker 29', 'Speaker 28', 'Speaker 27', 'Speaker 26', 'Speaker 25']);
  });
  it('narrows by the words typed, ignoring case and spaces around them', () => {
    expect(facetOptions({ values: speakers, selected: [], narrowTo: ' speaker 1 ', max: 5 })).toEqual({
      values: ['Speaker 10', 'Speaker 11', 'Speaker 12', 'Speaker 13', 'Speaker 14'],
      total: 10,
    });
  });
});

describe('a search whose words the index does not hold', () => {
  it('says no statement contains them, with the filters, and counts nothing', () => {
    expect(noMatchSentence(['Torkham'], state({ term: 'Torkham' }))).toBe('No statement contains “Torkham”');
    expect(noMatchSentence(['xyzzyq', 'Torkham'], state({ term: 'xyzzyq Torkham border', filters: { side: ['Pakistan'] } }))).toBe('No statement contains “xyzzyq” or “Torkham” by Pakistan speakers');
    expect(noMatchSentence(['Torkham'], state({ term: 'Torkham', scope: 'other' }))).toBe('No other page contains “Torkham”');
  });

  it('at zero, says which other pages hold the words, with their count and, when few, their titles', () => {
    const search = state({ term: 'border closure' });
    expect(noResultSentence(search, { kinds: { Event: 1 }, titles: ['The border closure'] })).toBe('No statement contains “border closure”; 1 event does: The border closure');
    expect(noResultSentence(search, { kinds: { Event: 2, Source: 0 }, titles: ['A', 'B'] })).toBe('No statement contains “border closure”; 2 events do: A; B');
    expect(noResultSentence(search, { kinds: { Event: 1, Source: 1, Speaker: 0 }, titles: ['A', 'B'] })).toBe('No statement contains “border closure”; 2 other pages do: 1 event and 1 source page');
    expect(noResultSentence(search, { kinds: { Event: 5 }, titles: ['A', 'B', 'C'] })).toBe('No statement contains “border closure”; 5 events do');
    expect(noResultSentence(state({ term: 'caves', scope: 'other' }), { kinds: { Statement: 4 }, titles: [] })).toBe('No other page contains “caves”; 4 statements do');
  });

  it('at zero with nothing elsewhere, says only that no page in the scope holds the words, with its filters', () => {
    expect(noResultSentence(state({ term: 'caves', filters: { side: ['Mediator'] } }), { kinds: { Event: 0 }, titles: [] })).toBe('No statement contains “caves” by Mediator speakers');
    expect(noResultSentence(state({ term: 'caves' }))).toBe('No statement contains “caves”');
  });
});
