import { describe, expect, it } from 'vitest';
import { anchorFallback } from '../../lib/routes/anchor-fallback.ts';
import { laterPagePaths, listHeading, pageOfIndex, paginate } from '../../lib/routes/pagination.ts';
import { paginateTimeline, phaseStartPages, type TimelineItem } from '../../lib/site-data/timeline.ts';
import { speakerAnchors } from '../../lib/build/url-manifest.ts';
import { urls } from '../../lib/routes/urls.ts';

describe('pageOfIndex', () => {
  it('agrees with paginate on which page holds each item', () => {
    const items = Array.from({ length: 23 }, (_, index) => index);
    for (const page of paginate(items, 5)) for (const item of page.items) expect(pageOfIndex(item, 5)).toBe(page.page);
  });
});

describe('listHeading', () => {
  it('gives the total, and the part shown only when the list has several pages', () => {
    const pages = paginate(Array.from({ length: 60 }, (_, index) => index), 25);
    expect(listHeading('Statements about the talks', pages[1]!)).toBe('Statements about the talks (60): 26–50');
    expect(listHeading('Statements about the talks', pages[2]!)).toBe('Statements about the talks (60): 51–60');
    expect(listHeading('Related statements', paginate([1, 2, 3], 25)[0]!)).toBe('Related statements (3)');
  });
});

describe('laterPagePaths', () => {
  it('makes a path for pages 2 and after of each entry, none for an entry whose list fits on its own page', () => {
    const lists: Record<string, number[]> = { long: [1, 2, 3, 4, 5], short: [1], empty: [] };
    const paths = laterPagePaths([{ id: 'long' }, { id: 'short' }, { id: 'empty' }], (entry) => lists[entry.id] ?? [], 2);
    expect(paths.map((path) => path.params)).toEqual([
      { id: 'long', page: '2' },
      { id: 'long', page: '3' },
    ]);
    expect(paths.map((path) => path.props.page.items)).toEqual([[3, 4], [5]]);
    expect(paths[0]?.props.entry).toEqual({ id: 'long' });
  });
});

describe('paginated URLs', () => {
  it('keep page 1 at the list URL and number the others', () => {
    expect(urls.speaker('x')).toBe('/speakers/x/');
    expect(urls.speaker('x', 1)).toBe('/speakers/x/');
    expect(urls.speaker('x', 3)).toBe('/speakers/x/page/3/');
    expect(urls.speakerStatement('x', 's', 2)).toBe('/speakers/x/page/2/#s');
    expect(urls.timeline(2)).toBe('/timeline/page/2/');
    expect(urls.speakers(2)).toBe('/speakers/page/2/');
    expect(urls.sources(1)).toBe('/sources/');
    expect(urls.sources(4)).toBe('/sources/page/4/');
    expect(urls.talks('istanbul-talks')).toBe('/talks/istanbul-talks/');
    expect(urls.talks('istanbul-talks', 2)).toBe('/talks/istanbul-talks/page/2/');
    expect(urls.event('border-closure', 1)).toBe('/events/border-closure/');
    expect(urls.event('border-closure', 3)).toBe('/events/border-closure/page/3/');
  });
});

describe('speaker anchors', () => {
  it('point at the page of the speaker list that holds each statement, counting per speaker', () => {
    const statements = [
      { id: 'a1', speaker: { id: 'a' } },
      { id: 'b1', speaker: { id: 'b' } },
      { id: 'a2', speaker: { id: 'a' } },
      { id: 'a3', speaker: { id: 'a' } },
      { id: 'b2', speaker: { id: 'b' } },
    ];
    expect(speakerAnchors(statements, 2)).toEqual(['/speakers/a/#a1', '/speakers/b/#b1', '/speakers/a/#a2', '/speakers/a/page/2/#a3', '/speakers/b/#b2']);
  });

  it('stay where they were when statements are added after them', () => {
    const before = Array.from({ length: 7 }, (_, index) => ({ id: `s${index}`, speaker: { id: 'a' } }));
    const after = [...before, { id: 'new', speaker: { id: 'a' } }, { id: 'other', speaker: { id: 'b' } }];
    expect(speakerAnchors(after, 3).slice(0, before.length)).toEqual(speakerAnchors(before, 3));
  });
});

describe('the speaker-page anchor fallback', () => {
  const onPage = (id: string) => id === 'statements' || id === 'here';
  it('sends a statement id the page does not hold to the statement’s own page', () => {
    expect(anchorFallback('#moved-statement', onPage)).toBe('/statements/moved-statement/');
  });
  it('does nothing for anchors on the page, no anchor, or anything that is not an id', () => {
    expect(anchorFallback('#here', onPage)).toBeNull();
    expect(anchorFallback('#statements', onPage)).toBeNull();
    // A section this speaker's page does not have is not a statement: no page to send it to.
    expect(anchorFallback('#by-members', onPage)).toBeNull();
    expect(anchorFallback('#through', onPage)).toBeNull();
    expect(anchorFallback('', onPage)).toBeNull();
    expect(anchorFallback('#', onPage)).toBeNull();
    expect(anchorFallback('#../../evil', onPage)).toBeNull();
    expect(anchorFallback('#%E0%A4%A', onPage)).toBeNull();
    expect(anchorFallback('#Upper', onPage)).toBeNull();
  });
});

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

describe('the speakers index pages', () => {
  it('keep the side order across pages and say which side a page continues', async () => {
    const { speakerIndexPages } = await import('../../lib/site-data/index-pages.ts');
    const actor = (id: string, side: string) => ({ id, data: { side } });
    const bySide = [
      ['pakistan', Array.from({ length: 150 }, (_, index) => actor(`p${index}`, 'pakistan'))],
      ['mediator', Array.from({ length: 60 }, (_, index) => actor(`m${index}`, 'mediator'))],
    ];
    const site = { actorsBySide: () => bySide } as unknown as Parameters<typeof speakerIndexPages>[0];
    const pages = speakerIndexPages(site);
    expect(pages.map(({ page, continuing }) => [page.page, page.items.length, continuing])).toEqual([
      [1, 100, undefined],
      [2, 100, 'pakistan'],
      [3, 10, 'mediator'],
    ]);
    expect(pages.flatMap(({ page }) => page.items.map((item) => item.id))).toEqual(bySide.flatMap(([, actors]) => (actors as { id: string }[]).map((item) => item.id)));
  });
});
