import satori from 'satori';
import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, cardModel, MIN_FONT_SIZE } from '../../lib/sharing/quote-card.ts';
import { cardTree, loadFonts, renderCard, type Node } from '../../lib/sharing/quote-card-render.ts';
import { CARD_INPUT as input } from '../helpers/card-fixture.ts';

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
