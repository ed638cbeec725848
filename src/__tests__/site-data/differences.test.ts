import { describe, expect, it } from 'vitest';
import { accountDifferences, counterpartDifferences, differenceAnchor, nameDifferences, sourcesDiffer, wordingDifferences, wordsBySource } from '../../lib/site-data/differences.ts';

describe('wordsBySource', () => {
  it('groups each source’s words once, in the order the sources first appear', () => {
    expect(
      wordsBySource([
        { text: 'Turkey', source: 'b' },
        { text: 'Türkiye', source: 'a' },
        { text: 'Turkey', source: 'b' },
        { text: 'Ankara', source: 'b' },
      ]),
    ).toEqual([
      { source: 'b', texts: ['Turkey', 'Ankara'] },
      { source: 'a', texts: ['Türkiye'] },
    ]);
  });
});

describe('sourcesDiffer', () => {
  it('needs two sources whose words are not the same', () => {
    expect(sourcesDiffer([{ source: 'a', texts: ['Turkey'] }])).toBe(false);
    expect(sourcesDiffer([{ source: 'a', texts: ['Turkey'] }, { source: 'b', texts: ['Türkiye'] }])).toBe(true);
    // Only spacing and the style of quotation marks apart: the same words.
    expect(sourcesDiffer([{ source: 'a', texts: ['the “internal  matter”'] }, { source: 'b', texts: ['the "internal matter"'] }])).toBe(false);
  });
});

describe('wordingDifferences', () => {
  it('lists a statement whose sources quote different words, not one quoted alike or by one source', () => {
    const statements = [
      { id: 'caves', renderings: [{ source: 'a', quotes: ['push them back to the caves'] }, { source: 'b', quotes: ['drive them back to their caves'] }] },
      { id: 'alike', renderings: [{ source: 'a', quotes: ['“test our resolve”'] }, { source: 'b', quotes: ['"test our resolve"'] }] },
      { id: 'single', renderings: [{ source: 'a', quotes: ['spectacular'] }] },
    ];
    expect(wordingDifferences(statements).map((difference) => difference.statement)).toEqual(['caves']);
    expect(wordingDifferences(statements)[0]?.renderings.map((rendering) => rendering.source)).toEqual(['a', 'b']);
  });
});

describe('nameDifferences', () => {
  it('finds names and descriptions of office that differ between sources, and ignores those from one source', () => {
    const actors = [
      { id: 'turkiye', aliases: [{ text: 'Turkey', source: 'a' }, { text: 'Türkiye', source: 'b' }], roleAsReported: [] },
      { id: 'asif', aliases: [{ text: 'Asif', source: 'b' }, { text: 'The minister', source: 'b' }], roleAsReported: [{ text: 'Defence Minister', source: 'a' }, { text: 'Defense Minister', source: 'b' }] },
    ];
    expect(nameDifferences(actors)).toEqual([
      { actor: 'turkiye', aspect: 'names', bySource: [{ source: 'a', texts: ['Turkey'] }, { source: 'b', texts: ['Türkiye'] }] },
      { actor: 'asif', aspect: 'roles', bySource: [{ source: 'a', texts: ['Defence Minister'] }, { source: 'b', texts: ['Defense Minister'] }] },
    ]);
  });
});

describe('accountDifferences', () => {
  it('keeps the facts the sources word differently, under the site’s label', () => {
    const entry = { kind: 'talks' as const, id: 'istanbul-talks' };
    const differences = accountDifferences(entry, [
      { aspect: 'How long, as reported', reported: [{ text: 'The four-day peace talks', source: 'a' }, { text: 'from Saturday to Wednesday', source: 'b' }] },
      { aspect: 'Where', reported: [{ text: 'in Istanbul', source: 'a' }, { text: 'in Istanbul', source: 'b' }] },
    ]);
    expect(differences).toEqual([{ entry, aspect: 'How long, as reported', bySource: [{ source: 'a', texts: ['The four-day peace talks'] }, { source: 'b', texts: ['from Saturday to Wednesday'] }] }]);
    expect(differenceAnchor.account(entry, 'How long, as reported')).toBe('talks-istanbul-talks-how-long-as-reported');
  });
});

describe('counterpartDifferences', () => {
  it('lists each recorded pair once, whichever statement records it', () => {
    const pairs = counterpartDifferences([
      { id: 'deep', counterparts: ['back'] },
      { id: 'back', counterparts: ['deep'] },
      { id: 'alone', counterparts: [] },
    ]);
    expect(pairs).toEqual([{ statements: ['deep', 'back'] }]);
    expect(differenceAnchor.counterpart(pairs[0]!)).toBe('deep--back');
  });
});
