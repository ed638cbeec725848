import { describe, expect, it } from 'vitest';
import { compareSpeakers, membersOf } from '../lib/ordering.ts';
import { possessive, sourceCount } from '../lib/text.ts';

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

describe('wording of counts and names', () => {
  it('writes possessives that read right', () => {
    expect(possessive('Analysts')).toBe("Analysts'");
    expect(possessive('Khawaja Asif')).toBe("Khawaja Asif's");
    expect(possessive('Regional observers')).toBe("Regional observers'");
  });
  it('counts the sources statements come from, each once', () => {
    const statement = (...sources: string[]) => ({ data: { renderings: sources.map((id) => ({ source: { id } })) } });
    expect(sourceCount([statement('a', 'b'), statement('a'), statement('c')])).toBe(3);
    expect(sourceCount([])).toBe(0);
  });
});
