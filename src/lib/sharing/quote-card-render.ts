/**
 * Draws a quote card: satori lays out the text and turns it into SVG paths
 * with an embedded font, resvg rasterises the SVG. No system fonts, no dates:
 * the same model always gives the same bytes.
 * Runs in worker threads of the quote-cards integration, in Node.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD_HEIGHT, CARD_WIDTH, MIN_FONT_SIZE, SIDE_COLOURS, type CardModel } from './quote-card.ts';

// satori takes a React-like element tree; plain objects keep JSX out of the build.
export type Node = { type: string; props: { style?: Record<string, unknown>; children?: Node | string | (Node | string)[] | undefined } };
const el = (type: string, style: Record<string, unknown>, children?: Node['props']['children']): Node => ({ type, props: { style, children } });

/** The card's layout: satori's element tree. */
export function cardTree(model: CardModel): Node {
  const colour = SIDE_COLOURS[model.side] ?? SIDE_COLOURS['unstated'];
  return el('div', { width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', backgroundColor: '#fbfaf7', color: '#1a1a1a', fontFamily: 'Noto Sans' }, [
    el('div', { width: 24, height: CARD_HEIGHT, backgroundColor: colour }),
    el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '48px 64px 44px 56px', justifyContent: 'space-between' }, [
      el('div', { display: 'flex', justifyContent: 'space-between', fontSize: MIN_FONT_SIZE, color: '#4a4a4a' }, [
        el('div', { display: 'flex' }, model.label),
        el('div', { display: 'flex' }, model.siteName),
      ]),
      el('div', { display: 'flex', fontSize: model.fontSize, lineHeight: 1.25, fontWeight: 700 }, model.text),
      el('div', { display: 'flex', flexDirection: 'column' }, [
        el('div', { display: 'flex', fontSize: 36, fontWeight: 700, color: colour }, model.speaker),
        el('div', { display: 'flex', fontSize: 28, color: '#333333', marginTop: 6 }, [model.role, model.sideLabel].filter(Boolean).join(' · ')),
        el('div', { display: 'flex', fontSize: 28, color: '#4a4a4a', marginTop: 20, borderTop: '2px solid #d8d4cc', paddingTop: 14 }, model.source),
      ]),
    ]),
  ]);
}

const require = createRequire(import.meta.url);
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
/** The fonts drawn with, loaded once. */
export function loadFonts() {
  // Noto Sans from @fontsource (latin: covers curly quotes, ellipsis and "ü"); satori reads WOFF, not WOFF2.
  fonts ??= ([400, 700] as const).map((weight) => ({
    name: 'Noto Sans',
    data: readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`)),
    weight,
    style: 'normal' as const,
  }));
  return fonts;
}

/** The card as SVG, its text as paths. */
export async function cardSvg(model: CardModel): Promise<string> {
  return satori(cardTree(model) as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: loadFonts() });
}

/** Draws a card: PNG bytes. */
export async function renderCard(model: CardModel): Promise<Buffer> {
  const svg = await cardSvg(model);
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}

