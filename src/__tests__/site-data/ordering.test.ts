import { describe, expect, it } from 'vitest';
import { groupInOrder, reportedPosition, sortByKey, comparePositions } from '../../lib/site-data/ordering.ts';
import { buildTimeline, timelineRows } from '../../lib/site-data/timeline.ts';

describe('reportedPosition', () => {
  const texts = new Map([
    ['first', 'Alpha said “one”. Later, beta said “two”.'],
    ['second', 'Gamma said “three”.'],
  ]);
  const rank = new Map([
    ['first', 0],
    ['second', 1],
  ]);
  it('orders by source, then by place in the source', () => {
    const one = reportedPosition([{ source: 'first', quotes: ['one'] }], texts, rank);
    const two = reportedPosition([{ source: 'first', quotes: ['two'] }], texts, rank);
    const three = reportedPosition([{ source: 'second', quotes: ['three'] }], texts, rank);
    expect(comparePositions(one, two)).toBeLessThan(0);
    expect(comparePositions(two, three)).toBeLessThan(0);
  });
  it('places statements that share an excerpt by where their own words stand in it', () => {
    const shared = 'Alpha said “one”. Later, beta said “two”.';
    const second = reportedPosition([{ source: 'first', quotes: ['two'], excerpt: shared }], texts, rank);
    const first = reportedPosition([{ source: 'first', quotes: ['one'], excerpt: shared }], texts, rank);
    expect(comparePositions(first, second)).toBeLessThan(0);
  });
  it('takes the earliest of several renderings', () => {
    expect(reportedPosition([{ source: 'second', quotes: ['three'] }, { source: 'first', quotes: ['two'] }], texts, rank)[0]).toBe(0);
  });
});

describe('sortByKey and groupInOrder', () => {
  it('breaks ties by id, so order never depends on file order', () => {
    const items = [{ id: 'b', k: 1 }, { id: 'a', k: 1 }, { id: 'c', k: 0 }];
    expect(sortByKey(items, (item) => item.k, (x, y) => x - y).map((item) => item.id)).toEqual(['c', 'a', 'b']);
  });
  it('groups in the given order, unknown keys last', () => {
    const groups = groupInOrder(['x1', 'y1', 'z1', 'x2'], (item) => item.charAt(0), ['y', 'x']);
    expect(groups).toEqual([['y', ['y1']], ['x', ['x1', 'x2']], ['z', ['z1']]]);
  });
});

describe('buildTimeline', () => {
  const item = (id: string, phase: string | undefined) => ({ kind: 'statement' as const, id, phase, basis: [] });
  it('groups by phase in order, keeps input order inside, and puts the unplaced last', () => {
    const timeline = buildTimeline([item('a', 'after'), item('b', undefined), item('c', 'during'), item('d', 'after')], ['during', 'not-placed', 'after']);
    expect(timeline.map((group) => [group.phase, group.items.map((entry) => entry.id)])).toEqual([
      ['during', ['c']],
      ['after', ['a', 'd']],
      ['not-placed', ['b']],
    ]);
  });
});

describe('timelineRows', () => {
  const input = {
    talks: [{ id: 't', href: '/talks/t/', title: 'Talks', timeline: { phase: 'during-talks', basis: [{ text: 'met from Saturday', source: { id: 's' } }] } }],
    events: [
      {
        id: 'e',
        href: '/events/e/',
        title: 'Skirmishes',
        timeline: { phase: 'not-placed', basis: [] },
        facts: [
          { aspect: 'when', text: 'earlier this month', source: { id: 's' } },
          { aspect: 'casualties', text: 'dozens', source: { id: 's' } },
        ],
      },
    ],
    statements: [
      { id: 'q', href: '/statements/q/', speaker: 'A', side: 'pakistan', kind: 'direct-quote' as const, passages: ['one', 'two'], timeline: undefined },
      { id: 'r', href: '/statements/r/', speaker: 'B (reportedly)', side: 'pakistan', kind: 'paraphrase' as const, passages: ['He said so.'], timeline: undefined },
    ],
  };
  const rows = timelineRows(input, (text) => text);

  it('never shows time words as placing an item the sources do not place', () => {
    const event = rows.find((row) => row.id === 'e');
    expect(event?.basis).toEqual([]);
    expect(event?.when.map((fact) => fact.text)).toEqual(['earlier this month']);
  });
  it('titles a direct quotation with its speaker and quoted words', () => {
    expect(rows.find((row) => row.id === 'q')).toMatchObject({ title: 'A: “one … two”', phase: undefined, side: 'pakistan' });
  });
  it('marks reported speech as such, never in the speaker’s quotation marks, and keeps the hedge', () => {
    expect(rows.find((row) => row.id === 'r')?.title).toBe('B (reportedly), in reported speech: He said so.');
  });
});
