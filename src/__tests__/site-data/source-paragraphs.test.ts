import { describe, expect, it } from 'vitest';
import { isSubheading, statementsByParagraph } from '../../lib/site-data/source-paragraphs.ts';

describe('source paragraphs', () => {
  it('files each statement under the paragraphs its passages come from', () => {
    const paragraphs = ['He said “a”.', 'Then “b” and “c”.'];
    const found = statementsByParagraph(paragraphs, [
      { id: 's1', passages: ['a'] },
      { id: 's2', passages: ['b', 'c'] },
    ]);
    expect(found.map((list) => list.map((statement) => statement.id))).toEqual([['s1'], ['s2']]);
  });
  it('recognises an article subheading', () => {
    expect(isSubheading('Islamabad Demands Action, Kabul Evades Commitment')).toBe(true);
    expect(isSubheading('The talks ended without agreement.')).toBe(false);
  });
});
