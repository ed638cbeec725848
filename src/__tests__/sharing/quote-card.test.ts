import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import satori from 'satori';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../lib/content-files/content-check.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardInputFor, cardKey, cardModel, cardSummary, MIN_FONT_SIZE, cachedCardFile, placeCard, storeCachedCard, type CardInput } from '../../lib/sharing/quote-card.ts';
import { cardTree, loadFonts, renderCard, type Node } from '../../lib/sharing/quote-card-render.ts';
import { readCardContent, statementCards } from '../../integrations/quote-cards.ts';

const input: CardInput = {
  label: 'Quotation',
  words: '“If our borders are violated, we will strike back - even inside Afghanistan if necessary.”',
  speaker: 'Khawaja Asif',
  role: 'Pakistan’s Defence Minister',
  side: 'pakistan',
  sideLabel: 'Pakistan',
  source: 'As reported in From Istanbul To Tora Bora',
  siteName: 'Who Said What: Pakistan and the Afghan Taliban',
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('quote card drawing', () => {
  it('draws a 1200×630 PNG of a sensible size', async () => {
    const png = await renderCard(cardModel(input));
    expect(pngSize(png)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
    expect(png.length).toBeGreaterThan(10_000); // not blank
    expect(png.length).toBeLessThan(200_000);
  });
  it('draws the same bytes every time', async () => {
    const model = cardModel({ ...input, speaker: 'Government of Pakistan (reportedly)', side: 'pakistan' });
    const [a, b] = [await renderCard(model), await renderCard(model)];
    expect(Buffer.compare(a, b)).toBe(0);
  });
  it('draws different bytes for different words', async () => {
    const [a, b] = [await renderCard(cardModel(input)), await renderCard(cardModel({ ...input, words: '“Something else entirely, said at another time and place.”' }))];
    expect(Buffer.compare(a, b)).not.toBe(0);
  });
  it('has no type smaller than readable at phone-preview size', () => {
    const sizes: number[] = [];
    const walk = (node: Node | string | undefined | (Node | string)[]) => {
      if (node === undefined || typeof node === 'string') return;
      if (Array.isArray(node)) return node.forEach(walk);
      if (typeof node.props.style?.['fontSize'] === 'number') sizes.push(node.props.style['fontSize'] as number);
      walk(node.props.children);
    };
    for (const words of ['“short”', `“${'long words '.repeat(40)}”`]) walk(cardTree(cardModel({ ...input, words })));
    expect(sizes.length).toBeGreaterThan(4);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_FONT_SIZE);
    // 26 px on a 1200 px card is about 9 px when a preview shows it 400 px wide.
    expect(MIN_FONT_SIZE * (400 / CARD_WIDTH)).toBeGreaterThanOrEqual(8.5);
  });
  it('has a glyph for every character the content uses, curly quotes and “Türkiye” included', async () => {
    const missing: string[] = [];
    await satori({ type: 'div', props: { style: { display: 'flex' }, children: '“Türkiye” ‘it’s’ … – — · Pakistan’s' } } as unknown as Parameters<typeof satori>[0], {
      width: 600,
      height: 100,
      fonts: loadFonts(),
      loadAdditionalAsset: async (_code, segment) => {
        missing.push(segment);
        return [];
      },
    });
    expect(missing).toEqual([]);
  });
});

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
      { speaker: 'Government of Pakistan', hedge: 'reportedly', kind: 'direct-quote', passages: ['suspicious movements'], summary: 'Pakistan reportedly warned of "suspicious movements".', sourceLabels: ['A', 'B'] },
      { id: 'pakistan', label: 'Pakistan' },
      'Site',
    );
    expect(card).toMatchObject({ label: 'In summary', words: 'Pakistan reportedly warned of “suspicious movements”.', speaker: 'Government of Pakistan (reportedly)', source: 'As reported in A and B' });
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
    const read = readCardContent(path.resolve(import.meta.dirname, '../../../content'));
    expect(statementCards(read, 'Site')).toEqual(cards);
  });
  it('carries the hedge where the first rendering has one', () => {
    expect(cards.find((card) => card.id === 'islamabad-suspicious-movements')?.model.speaker).toBe('Government of Pakistan (reportedly)');
  });
});
