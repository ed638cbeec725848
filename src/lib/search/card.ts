/**
 * Search results as statement cards. Each statement page carries what its
 * card needs in one Pagefind meta field (`card`, JSON), so a result needs no
 * fetch beyond Pagefind's own fragment; these functions turn that fragment
 * into what the card shows, with the searched words marked.
 * Runs in the browser (`src/scripts/search-page.ts`) and at build time (StatementView writes the card meta).
 */
import { cardSpeakerLine } from '../text/attribution.ts';

/** What a statement page stores for its search card. */
export interface CardMeta {
  /** The first rendering's words as shown (`segmentsText`): quoted parts in their marks, the source's words between them. */
  quote: string;
  kind: 'direct-quote' | 'paraphrase';
  speaker: string;
  role?: string | undefined;
  side: string;
  sideId: string;
  /** The first rendering's hedge ("reportedly"), when it has one. */
  hedge?: string | undefined;
  /** Which source's words these are, and whether others word it differently (`sourcesSentence`). */
  sources: string;
  summary: string;
  /** "Corrected on 26 November 2026", when the statement has been corrected. */
  corrected?: string | undefined;
}

export function encodeCardMeta(meta: CardMeta): string {
  return JSON.stringify(meta);
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** The card meta of a result, or undefined when the page has none (or it is malformed). */
export function decodeCardMeta(raw: string | undefined): CardMeta | undefined {
  if (!raw) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const meta = value as Record<string, unknown>;
  if (!isString(meta.quote) || !isString(meta.speaker) || !isString(meta.side) || !isString(meta.sideId) || !isString(meta.summary)) return undefined;
  if (meta.kind !== 'direct-quote' && meta.kind !== 'paraphrase') return undefined;
  if (!isString(meta.sources)) return undefined;
  return {
    quote: meta.quote,
    kind: meta.kind,
    speaker: meta.speaker,
    role: isString(meta.role) ? meta.role : undefined,
    side: meta.side,
    sideId: meta.sideId,
    hedge: isString(meta.hedge) ? meta.hedge : undefined,
    sources: meta.sources,
    summary: meta.summary,
    corrected: isString(meta.corrected) ? meta.corrected : undefined,
  };
}

/** A run of text, marked when it holds a searched word. */
export interface Segment {
  text: string;
  mark: boolean;
}

// Lower case without accents, so "turkiye" marks "Türkiye".
export const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The words of a search, folded, as they are looked for in a text. */
export function searchWords(term: string): string[] {
  return [...new Set(fold(term).match(/[\p{L}\p{N}]+/gu) ?? [])];
}

/**
 * Splits a text into runs, marking each word that begins with a searched
 * word ("cave" marks "caves"), as Pagefind matches word beginnings.
 */
export function highlightSegments(text: string, words: readonly string[]): Segment[] {
  if (words.length === 0 || text === '') return text === '' ? [] : [{ text, mark: false }];
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    const word = fold(match[0]);
    if (!words.some((searched) => word.startsWith(searched))) continue;
    if (match.index > last) segments.push({ text: text.slice(last, match.index), mark: false });
    segments.push({ text: match[0], mark: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), mark: false });
  return segments;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decodeEntities = (html: string) =>
  html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

/** Pagefind's excerpt (text with `<mark>` elements) as runs of plain text: no HTML from the index reaches the page. */
export function excerptSegments(excerpt: string): Segment[] {
  const segments: Segment[] = [];
  let mark = false;
  for (const part of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(part)) mark = true;
    else if (/^<\/mark>$/i.test(part)) mark = false;
    else if (part) segments.push({ text: decodeEntities(part.replace(/<[^>]*>/g, '')), mark });
  }
  return segments;
}

/** The parameter the statement page reads to mark the searched words (and then removes from the address). */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/** A result's link: the page, with each searched word for the page to mark; no parameter when nothing was typed. */
export function resultHref(url: string, term: string): string {
  const absolute = /^[a-z][a-z+.-]*:/i.test(url);
  const parsed = new URL(url, 'https://search.invalid');
  parsed.searchParams.delete(HIGHLIGHT_PARAM);
  for (const word of term.split(/\s+/).filter(Boolean)) parsed.searchParams.append(HIGHLIGHT_PARAM, word);
  const local = `${parsed.pathname}${parsed.search}${parsed.hash}`;
  return absolute ? `${parsed.origin}${local}` : local;
}

/** A statement result as its card shows it. */
export interface StatementCardView {
  href: string;
  /** The words as shown, marked: a quotation carries its own quotation marks; reported speech has none. */
  words: Segment[];
  /** "Reported speech" for paraphrases, shown before the words. */
  label: string | undefined;
  /** The card's speaker line (`cardSpeakerLine`): "Government of Pakistan (reportedly)", "Khawaja Asif, Pakistan’s Defence Minister". */
  speakerLine: string;
  side: string;
  sideId: string;
  /** "Direct quotation" or "Reported speech", as every card's source line begins. */
  kindLabel: string;
  /** "As reported in A. B words it differently." */
  sources: string;
  summary: Segment[];
}

/** The card for a statement result, from its URL and card meta and the words searched for. */
export function statementCard(url: string, meta: CardMeta, term: string): StatementCardView {
  const words = searchWords(term);
  const quoted = meta.kind === 'direct-quote';
  return {
    href: resultHref(url, term),
    words: highlightSegments(meta.quote, words),
    label: quoted ? undefined : 'Reported speech',
    speakerLine: cardSpeakerLine(meta.speaker, meta.role, meta.hedge),
    side: meta.side,
    sideId: /^[a-z-]+$/.test(meta.sideId) ? meta.sideId : 'unstated',
    kindLabel: quoted ? 'Direct quotation' : 'Reported speech (paraphrase)',
    sources: meta.sources,
    summary: highlightSegments(meta.summary, words),
  };
}
