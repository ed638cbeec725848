import { describe, expect, it } from 'vitest';
import { compareSpeakers, membersOf } from '../../lib/site-data/ordering.ts';
import { mentionedOnlyNote, searchSpeakerLabel, sourceCount } from '../../lib/text/text.ts';

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
  it('words the search link so that any name reads right in it', () => {
    expect(searchSpeakerLabel('Khawaja Asif')).toBe('Search statements by Khawaja Asif');
    expect(searchSpeakerLabel('A Pakistani security official familiar with the negotiations')).toBe('Search statements by a Pakistani security official familiar with the negotiations');
    expect(searchSpeakerLabel('Analysts')).toBe('Search statements by Analysts');
  });
  it('says a speaker is only mentioned without a verb that must agree with the name', () => {
    expect(mentionedOnlyNote('Baloch separatist elements')).toBe('The sources report no statement by Baloch separatist elements; the name is only mentioned.');
    expect(mentionedOnlyNote('A United Nations spokesperson')).toBe('The sources report no statement by a United Nations spokesperson; the name is only mentioned.');
  });
  it('counts the sources statements come from, each once', () => {
    const statement = (...sources: string[]) => ({ data: { renderings: sources.map((id) => ({ source: { id } })) } });
    expect(sourceCount([statement('a', 'b'), statement('a'), statement('c')])).toBe(3);
    expect(sourceCount([])).toBe(0);
  });
});
