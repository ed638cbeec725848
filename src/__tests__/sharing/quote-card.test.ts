import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../lib/content-files/content-check.ts';
import { cardInputFor, cardKey, cardModel, cardSummary, cachedCardFile, placeCard, storeCachedCard } from '../../lib/sharing/quote-card.ts';
import { statementCards } from '../../integrations/quote-cards.ts';
import { readBuiltContent } from '../../integrations/built-content.ts';
import { CARD_INPUT as input } from '../helpers/card-fixture.ts';



describe('quote card model', () => {
  it('cuts long words at a word boundary and keeps the quotation marks', () => {
    const model = cardModel({ ...input, words: `“${'word '.repeat(80).trim()}”` });
    expect(model.text.length).toBeLessThanOrEqual(232);
    expect(model.text).toMatch(/^“(word )+word…”$/);
  });
  it('gives short words bigger type', () => {
    expect(cardModel({ ...input, words: '“short”' }).fontSize).toBeGreaterThan(cardModel({ ...input, words: `“${'word '.repeat(40)}”` }).fontSize);
  });
  it('is keyed by everything it shows', () => {
    const key = cardKey(cardModel(input));
    expect(cardKey(cardModel({ ...input }))).toBe(key);
    for (const change of [{ words: '“x y”' }, { speaker: 'Khawaja Asif (reportedly)' }, { role: undefined }, { side: 'mediator' }, { source: 'As reported in B' }, { siteName: 'Other' }, { label: 'In summary' }]) {
      expect(cardKey(cardModel({ ...input, ...change }))).not.toBe(key);
    }
  });
  it('shows the same words, speaker and hedge as the link preview', () => {
    const card = cardInputFor(
      { speaker: 'Government of Pakistan', hedge: 'reportedly', kind: 'direct-quote', segments: [{ text: 'suspicious movements', quoted: true }], summary: 'Pakistan reportedly warned of "suspicious movements".', sourceLabel: 'A', others: [{ label: 'B', sameWords: false }] },
      { id: 'pakistan', label: 'Pakistan' },
      'Site',
    );
    expect(card).toMatchObject({ label: 'In summary', words: 'Pakistan reportedly warned of “suspicious movements”.', speaker: 'Government of Pakistan (reportedly)', source: 'As reported in A. B words it differently' });
  });
});

describe('quote card cache', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cards-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('returns a stored card for the same inputs only', () => {
    const model = cardModel(input);
    expect(cachedCardFile(model, dir)).toBeUndefined();
    const stored = storeCachedCard(model, dir, Buffer.from('png bytes'));
    expect(cachedCardFile(cardModel({ ...input }), dir)).toBe(stored);
    expect(readFileSync(stored, 'utf8')).toBe('png bytes');
    expect(cachedCardFile(cardModel({ ...input, speaker: 'Someone else' }), dir)).toBeUndefined();
  });
  it('places a cached card in the output, replacing what was there', () => {
    const stored = storeCachedCard(cardModel(input), dir, Buffer.from('new card'));
    const target = path.join(dir, 'out/statements/x/card.png');
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, 'old card');
    placeCard(stored, target);
    expect(readFileSync(target, 'utf8')).toBe('new card');
  });
  it('reports one stable summary line', () => {
    expect(cardSummary({ cached: 28, drawn: 2, drawMs: 1234 })).toBe('quote cards: 30 (28 cached, 2 drawn in 1.2 s, 617 ms each)');
    expect(cardSummary({ cached: 30, drawn: 0, drawMs: 0 })).toBe('quote cards: 30 (30 cached, 0 drawn in 0.0 s)');
  });
});

describe('quote cards of the content', () => {
  const { entries } = checkContent(path.resolve(import.meta.dirname, '../../../content'));
  const cards = statementCards(entries, 'Site');
  it('makes one card per statement', () => {
    expect(cards.map((card) => card.id).sort()).toEqual(entries.filter((entry) => entry.collection === 'statements').map((entry) => entry.id).sort());
  });
  it('reads the same statements, actors and sources as the content check, for builds that ran the check in another process', () => {
    const read = readBuiltContent(path.resolve(import.meta.dirname, '../../../content'));
    expect(statementCards(read, 'Site')).toEqual(cards);
  });
  it('carries the hedge where the first rendering has one', () => {
    expect(cards.find((card) => card.id === 'islamabad-suspicious-movements')?.model.speaker).toBe('Government of Pakistan (reportedly)');
  });
});
