import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findUnclosedQuotation, quotations, sentences, UnclosedQuotationError } from '../../lib/import/sentences.ts';

const texts = (paragraph: string) => sentences(paragraph).map((sentence) => sentence.text);
const quoted = (paragraph: string) => quotations(paragraph).map((quotation) => quotation.text);

describe('quotations', () => {
  it('pairs curly marks glued to the words around them', () => {
    expect(quoted('The envoy said the plan could“end the dispute,” and that it was“fair.”“We agree,” the aide said.')).toEqual(['end the dispute,', 'fair.', 'We agree,']);
  });
  it('pairs straight marks, and a text mixing both', () => {
    expect(quoted('He called it "a first step" and "not the last".')).toEqual(['a first step', 'not the last']);
    expect(quoted('She said "yes" and then “no”.')).toEqual(['yes', 'no']);
  });
  it('never takes an apostrophe for a quotation mark', () => {
    expect(quoted('The minister’s aide said Fredville’s answer was “late”.')).toEqual(['late']);
  });
  it('gives offsets into the paragraph, so the words are verbatim', () => {
    const paragraph = 'It would be“spectacular” for the region.';
    const [quotation] = quotations(paragraph);
    expect(paragraph.slice(quotation!.start, quotation!.end)).toBe('spectacular');
    expect(paragraph.slice(quotation!.open, quotation!.close)).toBe('“spectacular”');
  });
  it('says where a mark is never closed', () => {
    expect(() => quotations('The mayor said the road would "stay closed.')).toThrow(UnclosedQuotationError);
    expect(() => quotations('The mayor said the road would "stay closed.')).toThrow(/opened at column 31 is never closed: "stay closed\./);
    expect(() => quotations('He said “one thing and “another”.')).toThrow(/column 9/);
  });
});

describe('sentences', () => {
  it('splits after a full stop, a question or an exclamation', () => {
    expect(texts('The talks ended. Did they fail? Nobody knows! The envoy left.')).toEqual(['The talks ended.', 'Did they fail?', 'Nobody knows!', 'The envoy left.']);
  });
  it('never splits inside a quotation, even one of several sentences', () => {
    expect(texts('“We will respond. We will strike back,” he said. The aide nodded.')).toEqual(['“We will respond. We will strike back,” he said.', 'The aide nodded.']);
  });
  it('ends a sentence after a closing mark, and splits a glued next quotation off', () => {
    expect(texts('He told them to “test us at your own peril.” He added nothing.')).toEqual(['He told them to “test us at your own peril.”', 'He added nothing.']);
    expect(texts('“We will respond,” he said.“If they cross, we act.”')).toEqual(['“We will respond,” he said.', '“If they cross, we act.”']);
    expect(texts('“A,” he said. “B.”')).toEqual(['“A,” he said.', '“B.”']);
  });
  it('continues after a closing mark followed by a lowercase word', () => {
    expect(texts('“It is clear,” the aide said, “and final.” Then he left.')).toEqual(['“It is clear,” the aide said, “and final.”', 'Then he left.']);
  });
  it('does not split after abbreviations and initials', () => {
    expect(texts('Mr. Okafor met Dr. A. Q. Rahimi in the U.S. capital on Jan. 3. They spoke.')).toEqual(['Mr. Okafor met Dr. A. Q. Rahimi in the U.S. capital on Jan. 3.', 'They spoke.']);
  });
  it('keeps each sentence’s quotations with it', () => {
    const [first, second] = sentences('“One,” he said. She said “two” and “three”.');
    expect(first!.quotations.map((quotation) => quotation.text)).toEqual(['One,']);
    expect(second!.quotations.map((quotation) => quotation.text)).toEqual(['two', 'three']);
  });
});

describe('quotations over paragraphs', () => {
  it('lets a quotation run on into a paragraph that opens with a mark, as news style does', () => {
    expect(findUnclosedQuotation(['He said: “We will wait.', '“Then we will decide.”'])).toBeUndefined();
  });
  it('finds a mark that is never closed, with its paragraph and column', () => {
    expect(findUnclosedQuotation(['All is well.', 'The aide said "it is over.', 'The end.'])).toEqual({ paragraph: 1, column: 14, excerpt: '"it is over.' });
  });
  it('finds no unclosed mark in the site’s source texts, and every quotation stands at its offsets', () => {
    for (const id of ['deep-into-afghanistan-report', 'istanbul-to-tora-bora']) {
      const paragraphs = readFileSync(path.resolve(import.meta.dirname, '../../../content/sources', `${id}.txt`), 'utf8').trimEnd().split('\n');
      expect(findUnclosedQuotation(paragraphs)).toBeUndefined();
      for (const paragraph of paragraphs) for (const quotation of quotations(paragraph)) expect(paragraph.slice(quotation.start, quotation.end)).toBe(quotation.text);
    }
  });
});
