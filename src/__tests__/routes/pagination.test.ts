import { describe, expect, it } from 'vitest';
import { laterPagePaths, listHeading, pageOfIndex, paginate } from '../../lib/routes/pagination.ts';

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

describe('paginate', () => {
  it('splits into pages with their ranges', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((page) => page.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages[2]).toMatchObject({ page: 3, pageCount: 3, total: 5, first: 5, last: 5 });
  });
  it('gives an empty list one empty page', () => {
    expect(paginate([], 10)).toEqual([{ items: [], page: 1, pageCount: 1, total: 0, first: 0, last: 0 }]);
  });
  it('refuses a page size that is not a positive whole number', () => {
    expect(() => paginate([1], 0)).toThrow(RangeError);
  });
});
