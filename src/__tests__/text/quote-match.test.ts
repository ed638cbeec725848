import { describe, expect, it } from 'vitest';
import { foldForMatch, isQuotedBySource, isVerbatimIn, paragraphIndexOf, renderingsDiffer } from '../../lib/text/quote-match.ts';

describe('foldForMatch', () => {
  it('folds curly double and single quote marks to straight ones', () => {
    expect(foldForMatch('“war economy.” Kabul’s')).toBe(`"war economy." Kabul's`);
  });
  it('collapses runs of whitespace, including line breaks, and trims', () => {
    expect(foldForMatch('  a\n\tb   c ')).toBe('a b c');
  });
});

describe('isVerbatimIn', () => {
  const source = 'warning that Islamabad could“completely destroy the Taliban regime and drive them back to their caves to hide,” and';

  it('finds a quotation whatever the quote-mark style', () => {
    expect(isVerbatimIn('"completely destroy the Taliban regime', source)).toBe(true);
  });
  it('forgives a line break inside the quotation', () => {
    expect(isVerbatimIn('drive them back\nto their caves', source)).toBe(true);
  });
  it('refuses a changed word', () => {
    expect(isVerbatimIn('drive them back to the caves', source)).toBe(false);
  });
  it('refuses a change of case or punctuation', () => {
    expect(isVerbatimIn('Completely destroy', source)).toBe(false);
    expect(isVerbatimIn('hide.', source)).toBe(false);
  });
  it('refuses an empty quotation', () => {
    expect(isVerbatimIn('   ', source)).toBe(false);
  });
});

describe('paragraphIndexOf', () => {
  it('returns the paragraph that holds the words, or -1', () => {
    const paragraphs = ['First one.', 'The “second” one.', 'Third.'];
    expect(paragraphIndexOf('"second" one', paragraphs)).toBe(1);
    expect(paragraphIndexOf('fourth', paragraphs)).toBe(-1);
  });
});

describe('renderingsDiffer', () => {
  it('is false for the same words in other quote marks and spacing', () => {
    expect(renderingsDiffer([{ quotes: ['“internal  matter”'] }, { quotes: ['"internal matter"'] }])).toBe(false);
    expect(renderingsDiffer([{ quotes: ['one rendering only'] }])).toBe(false);
  });
  it('is true for different words', () => {
    expect(renderingsDiffer([{ quotes: ['push them back to the caves'] }, { quotes: ['drive them back to their caves'] }])).toBe(true);
    expect(renderingsDiffer([{ quotes: ['a', 'b'] }, { quotes: ['a'] }])).toBe(true);
  });
});

describe("the source's own quotation marks", () => {
  const text = 'He said Pakistan entered the talks at the request of“brotherly countries” seeking peace. Islamabad has long accused Kabul of providing a "training-cum-logistic base" for the group.';
  it("tell a speaker's words from the source's narrative", () => {
    expect(isQuotedBySource('brotherly countries', text)).toBe(true);
    expect(isQuotedBySource('training-cum-logistic base', text)).toBe(true);
    expect(isQuotedBySource('seeking peace', text)).toBe(false);
    expect(isQuotedBySource('Islamabad has long accused Kabul', text)).toBe(false);
  });
});
