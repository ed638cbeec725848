import { describe, expect, it } from 'vitest';
import { groupBySameWords, statementGiving } from '../../lib/site-data/talks-page.ts';

const words = (text: string, source = 'a') => ({ text, source: { id: source } });

describe('groupBySameWords', () => {
  it('lists mediators named in one phrase together, the phrase once, in the order given', () => {
    const mediators = [
      { id: 'qatar', asReported: [words('brokered by Qatar and Turkey'), words('mediated by Qatar and Türkiye', 'b')] },
      { id: 'norway', asReported: [words('with Norway present')] },
      { id: 'turkiye', asReported: [words('brokered by Qatar and Turkey'), words('mediated by Qatar and Türkiye', 'b')] },
    ];
    expect(groupBySameWords(mediators).map((group) => [group.items.map((item) => item.id), group.asReported.map((item) => item.text)])).toEqual([
      [['qatar', 'turkiye'], ['brokered by Qatar and Turkey', 'mediated by Qatar and Türkiye']],
      [['norway'], ['with Norway present']],
    ]);
  });
  it('keeps apart the same words from different sources', () => {
    expect(groupBySameWords([{ asReported: [words('Qatar', 'a')] }, { asReported: [words('Qatar', 'b')] }])).toHaveLength(2);
  });
});

describe('statementGiving', () => {
  const statement = (id: string, excerpt: string | undefined, quotes: string[]) => ({ id, data: { renderings: [{ excerpt, quotes }] } });
  const statements = [
    statement('urged', 'A source told the broadcaster that Pakistan urged Kabul to act against the group.', ['Pakistan urged Kabul to act against the group.']),
    statement('internal', undefined, ['an “internal matter”']),
  ];
  it('finds the statement whose sentence holds the words, or is held by them', () => {
    expect(statementGiving('Pakistan urged Kabul to act', statements)?.id).toBe('urged');
    expect(statementGiving('The other side called it an "internal matter" for Pakistan', statements)?.id).toBe('internal');
  });
  it('finds none for words no statement gives', () => {
    expect(statementGiving('the talks lasted four days', statements)).toBeUndefined();
  });
});
