/**
 * Integrity of the real content: every entry valid, every reference
 * resolving, every quotation verbatim in its source, and the source texts
 * true to the articles as received.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem, quotedInProse, type CheckedEntry } from '../lib/content-files/content-check.ts';
import { foldForMatch, isVerbatimIn } from '../lib/text/quote-match.ts';
import { REAL_CONTENT } from './helpers/content-copy.ts';

const { problems, entries } = checkContent(REAL_CONTENT);
const ofCollection = (name: string) => entries.filter((entry) => entry.collection === name);
const sourceText = (id: string) => readFileSync(path.join(REAL_CONTENT, 'sources', `${id}.txt`), 'utf8');

interface Rendering {
  source: { id: string };
  quotes: string[];
  attribution?: string;
}
const renderingsOf = (entry: CheckedEntry) => entry.data.renderings as Rendering[];

describe('the content', () => {
  it('passes the content check with no problem', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('records how its source attributes every rendering, in the source’s words', () => {
    const missing = ofCollection('statements').flatMap((entry) =>
      renderingsOf(entry).flatMap((rendering, index) => (rendering.attribution ? [] : [`${entry.file} › renderings[${index}].attribution`])),
    );
    expect(missing).toEqual([]);
  });

  it('keeps the source’s hedge: every "reportedly" in a quoted sentence is in its rendering’s attribution', () => {
    const dropped = ofCollection('statements').flatMap((entry) =>
      (entry.data.renderings as (Rendering & { excerpt?: string })[]).flatMap((rendering) => {
        const sentence = rendering.excerpt ?? rendering.quotes.join(' ');
        return /\breportedly\b/i.test(sentence) && !/\breportedly\b/i.test(rendering.attribution ?? '') ? [entry.file] : [];
      }),
    );
    expect(dropped).toEqual([]);
  });

  it('has entries in every collection', () => {
    for (const name of ['sources', 'actors', 'statements', 'talks', 'events']) {
      expect(ofCollection(name).length, name).toBeGreaterThan(0);
    }
  });
});

describe('the two sources', () => {
  it('render the "caves" warning as one statement with a rendering from each', () => {
    const caves = ofCollection('statements').find((entry) => entry.id === 'asif-caves-warning');
    expect(caves && renderingsOf(caves).map((rendering) => rendering.source.id).sort()).toEqual([
      'deep-into-afghanistan-report',
      'istanbul-to-tora-bora',
    ]);
  });
});

// The articles as received live outside the repository (shared/sources beside the clone).
const RECEIVED = process.env.SOURCES_DIR ?? path.resolve(REAL_CONTENT, '../../shared/sources');

describe.skipIf(!existsSync(RECEIVED))(`source texts against the articles as received (${RECEIVED})`, () => {
  it.each(ofCollection('sources').map((entry) => [entry.id, entry] as const))('%s keeps every line of the original except its boilerplate', (id, entry) => {
    const received = readFileSync(path.join(RECEIVED, String(entry.data.receivedAs)), 'utf8');
    const boilerplate = (entry.data.boilerplate as { text: string }[]).map((item) => item.text);
    const kept = sourceText(id);

    for (const line of kept.split('\n').filter((text) => text.trim())) {
      expect(isVerbatimIn(line, received), `kept line is in the original: ${line.slice(0, 60)}`).toBe(true);
    }
    for (const text of boilerplate) {
      expect(isVerbatimIn(text, received), `boilerplate is in the original: ${text.slice(0, 60)}`).toBe(true);
      expect(isVerbatimIn(text, kept), `boilerplate was removed: ${text.slice(0, 60)}`).toBe(false);
    }
    // Nothing else was dropped: the kept text plus the boilerplate accounts for every word of the original.
    const wordCount = (text: string) => foldForMatch(text).split(' ').filter(Boolean).length;
    const boilerplateWords = boilerplate.reduce((sum, text) => sum + wordCount(text), 0);
    expect(wordCount(kept) + boilerplateWords).toBeGreaterThanOrEqual(wordCount(received) - boilerplate.length);
  });
});

describe('completeness', () => {
  // Every passage a source prints in quotation marks is somebody's words, so a statement must carry it.
  it.each(ofCollection('sources').map((entry) => [entry.id] as const))('every quotation printed in %s is in a statement citing it', (sourceId) => {
    const printed = quotedInProse(sourceText(sourceId)).map((passage) => foldForMatch(passage).replace(/[,.]$/, ''));
    expect(printed.length).toBeGreaterThan(0);
    const carried = ofCollection('statements').flatMap((entry) =>
      renderingsOf(entry)
        .filter((rendering) => rendering.source.id === sourceId)
        .flatMap((rendering) => rendering.quotes.map(foldForMatch)),
    );
    const missing = printed.filter((passage) => !carried.some((quote) => quote.includes(passage)));
    expect(missing).toEqual([]);
  });
});

describe("the site's label notes", () => {
  const texts = ofCollection('sources').map((entry) => sourceText(entry.id));
  it('quote only words that stand verbatim in a source', async () => {
    const { TOPIC_LABEL_NOTES } = await import('../schemas/topics.ts');
    const { SIDE_LABEL_NOTES } = await import('../schemas/actors.ts');
    const notes = [...Object.values(TOPIC_LABEL_NOTES), ...Object.values(SIDE_LABEL_NOTES)];
    expect(notes.length).toBeGreaterThan(0);
    const unsourced = notes.flatMap((note) => quotedInProse(note ?? '')).filter((words) => !texts.some((text) => isVerbatimIn(words, text)));
    expect(unsourced).toEqual([]);
  });
});
