import { describe, expect, it } from 'vitest';
import { groupInOrder, reportedPosition, sortByKey, comparePositions, compareSpeakers, membersOf } from '../../lib/site-data/ordering.ts';

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

describe('speakers within a side', () => {
  it('lists named speakers first, then unnamed ones, each by name', () => {
    const speakers = [
      { name: 'A source familiar with the talks', kind: 'unnamed-person' },
      { name: 'Khawaja Asif', kind: 'person' },
      { name: 'Attaullah Tarar', kind: 'person' },
      { name: 'A Pakistani security official', kind: 'unnamed-person' },
      { name: 'Government of Pakistan', kind: 'government' },
    ];
    expect([...speakers].sort(compareSpeakers).map((speaker) => speaker.name)).toEqual([
      'Attaullah Tarar',
      'Government of Pakistan',
      'Khawaja Asif',
      'A Pakistani security official',
      'A source familiar with the talks',
    ]);
  });
  it('lists those with statements before bodies whose members spoke, and those only mentioned last', () => {
    const speakers = [
      { name: 'Anas Haqqani', kind: 'person', voice: 'mentioned' as const },
      { name: 'Taliban delegation', kind: 'delegation', voice: 'members' as const },
      { name: 'A Taliban official', kind: 'unnamed-person', voice: 'statements' as const },
      { name: 'Suhail Shaheen', kind: 'person', voice: 'statements' as const },
    ];
    expect([...speakers].sort(compareSpeakers).map((speaker) => speaker.name)).toEqual(['Suhail Shaheen', 'A Taliban official', 'Taliban delegation', 'Anas Haqqani']);
  });
});

describe('members of an organisation', () => {
  const actors = [
    { id: 'taliban-government', memberOf: [] },
    { id: 'taliban-delegation', memberOf: ['taliban-government'] },
    { id: 'suhail-shaheen', memberOf: ['taliban-delegation'] },
    { id: 'un-spokesperson', memberOf: ['united-nations'] },
    { id: 'loop', memberOf: ['loop-b'] },
    { id: 'loop-b', memberOf: ['loop'] },
  ];
  it('includes members of bodies within it', () => {
    expect(membersOf('taliban-government', actors).map((actor) => actor.id)).toEqual(['taliban-delegation', 'suhail-shaheen']);
    expect(membersOf('united-nations', actors).map((actor) => actor.id)).toEqual(['un-spokesperson']);
    expect(membersOf('suhail-shaheen', actors)).toEqual([]);
  });
  it('ends on circular links and never counts a group as its own member', () => {
    expect(membersOf('loop', actors).map((actor) => actor.id)).toEqual(['loop-b']);
  });
});
