/**
 * Quote cards: the 1200×630 PNG a shared statement link previews with. The
 * card is drawn from a small model (the words, speaker, role, side, source,
 * site name) with satori (layout and text to SVG paths) and resvg (SVG to
 * PNG, in `quote-card-render.ts`). Both are deterministic and embed no dates, so the same model gives
 * the same bytes; the cache key is a hash of the model and the renderer
 * version, so an unchanged card is copied, not redrawn.
 * Used by the quote-cards integration and SeoHead; runs at build time, in Node.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { speakerWithHedge } from '../text/attribution.ts';
import { curlyQuotes, previewWords, type PreviewInput } from './previews.ts';
import { truncate } from '../text/text.ts';
import { sourcesSentence } from '../text/shown.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Bump when the drawing changes, so every cached card is redrawn. */
export const CARD_RENDERER_VERSION = 'quote-card-1';

/** The side colours of the site's light theme (src/styles/global.css). */
export const SIDE_COLOURS: Record<string, string> = {
  pakistan: '#0a6b47',
  'afghan-taliban': '#7a5200',
  mediator: '#1f4f9c',
  international: '#5b3a96',
  'non-state': '#a12b2b',
  media: '#4a4a4a',
  observers: '#0d5d6b',
  unstated: '#555555',
};

export interface CardInput {
  /** What the words are: "Quotation", "Reported speech, in summary", … */
  label: string;
  /** The words, ready to draw: the quotation in its marks, or the summary (see `previewWords`). */
  words: string;
  /** The speaker's name with the source's hedge: "Government of Pakistan (reportedly)". */
  speaker: string;
  role?: string | undefined;
  side: string;
  sideLabel: string;
  /** Where it was reported: "As reported in …". */
  source: string;
  siteName: string;
}

export interface CardModel extends CardInput {
  /** The words as drawn, cut at a word boundary to fit. */
  text: string;
  /** Font size of the words, in px at 1200×630. */
  fontSize: number;
}

/** The smallest type on a card, px at 1200 wide: about 9 px when a preview shows the card 400 px wide. */
export const MIN_FONT_SIZE = 26;
const MAX_WORDS_CHARS = 230;

/** What a card shows, fitted: shorter words get bigger type. */
export function cardModel(input: CardInput): CardModel {
  const quoted = input.words.startsWith('“') && input.words.endsWith('”');
  const text = quoted && input.words.length > MAX_WORDS_CHARS ? `“${truncate(input.words.slice(1, -1), MAX_WORDS_CHARS - 2)}”` : truncate(input.words, MAX_WORDS_CHARS);
  const fontSize = text.length <= 60 ? 64 : text.length <= 120 ? 52 : text.length <= 180 ? 44 : 40;
  return { ...input, text, fontSize };
}

/** A statement's card, from the same input as its link preview: the same words, speaker, hedge and sources. */
export function cardInputFor(preview: PreviewInput, side: { id: string; label: string }, siteName: string): CardInput {
  const words = previewWords(preview, MAX_WORDS_CHARS);
  const label = words.isQuotation ? 'Quotation' : preview.kind === 'paraphrase' ? 'Reported speech, in summary' : 'In summary';
  return {
    label,
    words: words.text,
    speaker: speakerWithHedge(preview.speaker, preview.hedge),
    role: preview.role === undefined ? undefined : curlyQuotes(preview.role),
    side: side.id,
    sideLabel: side.label,
    // One source's words, and that source named; another source's different words are said to differ, never shown as these.
    source: curlyQuotes(sourcesSentence({ source: { label: preview.sourceLabel }, others: preview.others }).replace(/\.$/, '')),
    siteName,
  };
}

/** The cache key of a card: a hash of everything drawn on it and the renderer version. */
export function cardKey(model: CardModel): string {
  const inputs = [CARD_RENDERER_VERSION, model.text, model.fontSize, model.label, model.speaker, model.role ?? '', model.side, model.sideLabel, model.source, model.siteName];
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex').slice(0, 32);
}

export interface CardStats {
  cached: number;
  drawn: number;
  drawMs: number;
}

/** The build-log line: "quote cards: 30 (28 cached, 2 drawn in 1.2 s, 40 ms each)". */
export function cardSummary(stats: CardStats): string {
  const total = stats.cached + stats.drawn;
  const each = stats.drawn > 0 ? `, ${Math.round(stats.drawMs / stats.drawn)} ms each` : '';
  return `quote cards: ${total} (${stats.cached} cached, ${stats.drawn} drawn in ${(stats.drawMs / 1000).toFixed(1)} s${each})`;
}

/** The file of a card's cached PNG, or undefined when it has not been drawn with these inputs. */
export function cachedCardFile(model: CardModel, cacheDir: string): string | undefined {
  const file = path.join(cacheDir, `${cardKey(model)}.png`);
  return existsSync(file) ? file : undefined;
}

/** Keeps a drawn card and returns its file; through a temporary file and a rename, so a parallel or interrupted build never leaves half a card. */
export function storeCachedCard(model: CardModel, cacheDir: string, png: Uint8Array): string {
  mkdirSync(cacheDir, { recursive: true });
  const file = path.join(cacheDir, `${cardKey(model)}.png`);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, png);
  renameSync(temporary, file);
  return file;
}

/**
 * Puts a cached card at `target`: a hard link where the cache and the
 * output share a file system (at 10,000 statements, copying meant writing
 * 670 MB on every build), a copy where they do not. Cache files are never
 * changed in place (a key names its contents), so the link stays correct.
 */
export function placeCard(cached: string, target: string): void {
  mkdirSync(path.dirname(target), { recursive: true });
  rmSync(target, { force: true });
  try {
    linkSync(cached, target);
  } catch {
    copyFileSync(cached, target);
  }
}
