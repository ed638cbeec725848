import { describe, expect, it } from 'vitest';
import { paginateTimeline, phaseStartPages, type TimelineItem, buildTimeline, timelineRows } from '../../lib/site-data/timeline.ts';

describe('paginateTimeline', () => {
  const item = (id: string, phase: string): TimelineItem => ({ kind: 'statement', id, phase, basis: [] });
  const phases = [
    { phase: 'before', items: [item('a', 'before'), item('b', 'before'), item('c', 'before')] },
    { phase: 'after', items: [item('d', 'after'), item('e', 'after')] },
  ];

  it('keeps every row once, in order, at most `size` per page, continuing a phase across pages', () => {
    const pages = paginateTimeline(phases, 2);
    expect(pages.map((page) => page.groups.map((group) => [group.phase, group.starts, group.items.map((row) => row.id).join('')]))).toEqual([
      [['before', true, 'ab']],
      [['before', false, 'c'], ['after', true, 'd']],
      [['after', false, 'e']],
    ]);
    expect(pages.map((page) => [page.page, page.pageCount, page.first, page.last, page.total])).toEqual([
      [1, 3, 1, 2, 5],
      [2, 3, 3, 4, 5],
      [3, 3, 5, 5, 5],
    ]);
  });

  it('puts everything on one page when it fits, and knows where each phase begins', () => {
    expect(paginateTimeline(phases, 100)).toHaveLength(1);
    expect([...phaseStartPages(paginateTimeline(phases, 2))]).toEqual([
      ['before', 1],
      ['after', 2],
    ]);
    expect(paginateTimeline([], 10)).toEqual([{ page: 1, pageCount: 1, total: 0, first: 0, last: 0, groups: [] }]);
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
      { id: 'q', href: '/statements/q/', speaker: 'A', side: 'pakistan', kind: 'direct-quote' as const, passages: ['one', 'two'], source: 'First Report', timeline: undefined },
      { id: 'r', href: '/statements/r/', speaker: 'B (reportedly)', side: 'pakistan', kind: 'paraphrase' as const, passages: ['He said so.'], source: '[Report on B]', timeline: undefined },
    ],
  };
  const rows = timelineRows(input, (text) => text);

  it('never shows time words as placing an item the sources do not place', () => {
    const event = rows.find((row) => row.id === 'e');
    expect(event?.basis).toEqual([]);
    expect(event?.when.map((fact) => fact.text)).toEqual(['earlier this month']);
  });
  it('titles a direct quotation with its speaker, quoted words and the source whose words they are', () => {
    expect(rows.find((row) => row.id === 'q')).toMatchObject({ title: 'A: “one … two”, as printed in First Report', phase: undefined, side: 'pakistan' });
  });
  it('marks reported speech as such, never in the speaker’s quotation marks, and keeps the hedge', () => {
    expect(rows.find((row) => row.id === 'r')?.title).toBe('In reported speech about B (reportedly), [Report on B] writes: He said so.');
  });
});
