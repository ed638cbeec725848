/**
 * Verbatim matching of quotations against source texts.
 *
 * Only two differences are forgiven: runs of whitespace (line breaks, double
 * spaces) and the style of quote marks (straight or curly). A space missing
 * in the source, as in `could“completely`, is not added: quote from the mark on. Everything else (spelling, punctuation, case)
 * must match letter for letter.
 * Used by the content check, site data and text; runs in Node and at build time.
 */

/** The characters folded to a straight double or single quote mark. */
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033"]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032']/g;

/** Straight quote marks for curly ones; every other character, and every index, as it was. */
export function foldQuotes(text: string): string {
  return text.replace(DOUBLE_QUOTES, '"').replace(SINGLE_QUOTES, "'");
}

/** Folds text to the form in which quotations are compared. */
export function foldForMatch(text: string): string {
  return foldQuotes(text).replace(/\s+/g, ' ').trim();
}

/**
 * The folded form of a text that is searched many times (a source text is
 * searched once per quotation that cites it: tens of thousands of times at
 * scale), computed once.
 */
const foldedTexts = new Map<string, string>();
export function foldedText(text: string): string {
  if (text.length < 512) return foldForMatch(text);
  let folded = foldedTexts.get(text);
  if (folded === undefined) {
    if (foldedTexts.size >= 5000) foldedTexts.clear();
    folded = foldForMatch(text);
    foldedTexts.set(text, folded);
  }
  return folded;
}

/** True when `quotation` stands verbatim in `sourceText`. */
export function isVerbatimIn(quotation: string, sourceText: string): boolean {
  const needle = foldForMatch(quotation);
  return needle.length > 0 && foldedText(sourceText).includes(needle);
}

/**
 * The index of the paragraph (a line of the source text) that holds the
 * quotation, or -1. Used to show a quotation in its context.
 */
export function paragraphIndexOf(quotation: string, paragraphs: readonly string[]): number {
  const needle = foldForMatch(quotation);
  return foldedParagraphsOf(paragraphs).findIndex((paragraph) => paragraph.includes(needle));
}

/** A source's paragraphs, folded once per list: every statement page looks up its quotations in them. */
const foldedParagraphs = new WeakMap<readonly string[], readonly string[]>();
function foldedParagraphsOf(paragraphs: readonly string[]): readonly string[] {
  let folded = foldedParagraphs.get(paragraphs);
  if (folded === undefined) {
    folded = paragraphs.map(foldForMatch);
    foldedParagraphs.set(paragraphs, folded);
  }
  return folded;
}

/** True when the renderings' quoted passages differ in more than whitespace and quote-mark style. */
export function renderingsDiffer(renderings: readonly { quotes: readonly string[] }[]): boolean {
  return new Set(renderings.map((rendering) => foldForMatch(rendering.quotes.join(' … ')))).size > 1;
}

/** The passages a source text itself puts in quotation marks: the words it gives as someone's. */
export function quotedBySource(sourceText: string): string[] {
  return [...sourceText.matchAll(/[“"]([^”"]+)[”"]/g)].map((match) => match[1] ?? '');
}

/** Whether the words stand inside one of the source's own quotations (a speaker's words), not in its narrative. */
export function isQuotedBySource(words: string, sourceText: string): boolean {
  return quotedBySource(sourceText).some((span) => isVerbatimIn(words, span));
}
