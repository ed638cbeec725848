/**
 * Sentences and quotations of a paragraph, as offsets into the paragraph as
 * received, so every text is `paragraph.slice(start, end)`: verbatim by
 * construction. Copy-pasted articles glue quotation marks to the words around
 * them (`could“completely`, `he said.“If …`); pairing decides which mark opens
 * and which closes, not the spaces. Only double marks quote: ’ and ' are
 * apostrophes (Kabul's).
 */

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** The words inside one pair of double quotation marks, marks excluded. */
export interface Quotation extends Span {
  /** Offset of the opening mark, and just after the closing mark. */
  open: number;
  close: number;
}

export interface Sentence extends Span {
  quotations: Quotation[];
}

export class UnclosedQuotationError extends Error {
  readonly column: number;
  readonly excerpt: string;

  constructor(column: number, excerpt: string) {
    super(`a quotation mark opened at column ${column + 1} is never closed: ${excerpt}`);
    this.column = column;
    this.excerpt = excerpt;
  }
}

const excerptAt = (paragraph: string, at: number) => `${paragraph.slice(at, at + 40)}${paragraph.length > at + 40 ? '…' : ''}`;

/**
 * The paragraph's quotations, in order. Curly “ opens and ” closes; a
 * straight " opens when none is open and closes otherwise. With `continues`,
 * a quotation still open at the end runs on into the next paragraph (news
 * style) instead of being an error.
 */
export function quotations(paragraph: string, options: { continues?: boolean } = {}): Quotation[] {
  const found: Quotation[] = [];
  let open: number | undefined;
  for (let at = 0; at < paragraph.length; at++) {
    const mark = paragraph[at];
    if (mark !== '“' && mark !== '”' && mark !== '"') continue;
    if (open === undefined) {
      // A stray closing mark with nothing open (a typo in the source) opens nothing.
      if (mark === '”') continue;
      open = at;
    } else if (mark === '“') {
      // A second opening mark before any close: the first is never closed.
      if (!options.continues) throw new UnclosedQuotationError(open, excerptAt(paragraph, open));
      open = at;
    } else {
      const text = paragraph.slice(open + 1, at);
      const start = open + 1 + (text.length - text.trimStart().length);
      const end = at - (text.length - text.trimEnd().length);
      found.push({ open, close: at + 1, start, end, text: paragraph.slice(start, end) });
      open = undefined;
    }
  }
  if (open !== undefined) {
    if (!options.continues) throw new UnclosedQuotationError(open, excerptAt(paragraph, open));
    const text = paragraph.slice(open + 1);
    const start = open + 1 + (text.length - text.trimStart().length);
    found.push({ open, close: paragraph.length, start, end: paragraph.trimEnd().length, text: paragraph.slice(start).trimEnd() });
  }
  return found;
}

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  'Mr Mrs Ms Dr Prof Gen Lt Col Maj Capt Sgt Sen Rep Gov Pres St No Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec vs etc Jr Sr Inc Ltd Co Corp Rev Hon Adm Brig Cdr'.split(' '),
);

/** Whether the full stop at `at` belongs to an abbreviation or an initial ("Mr.", "U.S.", "A. Q. Khan"). */
function isAbbreviation(paragraph: string, at: number): boolean {
  const word = /([A-Za-z.]+)$/.exec(paragraph.slice(Math.max(0, at - 12), at))?.[1] ?? '';
  if (ABBREVIATIONS.has(word)) return true;
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) return true; // U.S, e.g, i.e
  return /^[A-Z]$/.test(word); // an initial
}

/** The paragraph's sentences, each with the quotations inside it; a sentence never ends inside a quotation. */
export function sentences(paragraph: string): Sentence[] {
  const quoted = quotations(paragraph, { continues: true });
  const insideQuotation = (at: number) => quoted.some((quotation) => at > quotation.open && at < quotation.close - 1);
  const ends: number[] = [];
  for (let at = 0; at < paragraph.length; at++) {
    const char = paragraph[at]!;
    if (char !== '.' && char !== '!' && char !== '?' && char !== '…') continue;
    if (insideQuotation(at)) {
      // "…at your own peril.” He added": the sentence ends after the closing mark, if the quotation ends here.
      const closing = quoted.find((quotation) => quotation.close - 1 > at && paragraph.slice(at + 1, quotation.close - 1).trim() === '');
      if (!closing) continue;
      const afterClose = paragraph.slice(closing.close);
      if (/^\s*(?:[A-Z0-9“"(]|$)/.test(afterClose) && !/^\s*"?\s*[a-z]/.test(afterClose)) ends.push(closing.close);
      continue;
    }
    if (char === '.' && isAbbreviation(paragraph, at)) continue;
    let end = at + 1;
    while (end < paragraph.length && /[.!?…)\]]/.test(paragraph[end]!)) end += 1;
    // A closing mark right after the stop belongs to this sentence ("… clear.”").
    const closing = quoted.find((quotation) => quotation.close - 1 === end);
    if (closing) end = closing.close;
    const after = paragraph.slice(end);
    if (after.trim() === '' || /^(?:\s+[A-Z0-9“"(]|[“"][A-Z0-9]|[“"]\s)/.test(after)) ends.push(end);
  }
  const unique = [...new Set(ends)].sort((a, b) => a - b);
  const found: Sentence[] = [];
  let start = 0;
  for (const end of [...unique, paragraph.length]) {
    const text = paragraph.slice(start, end);
    const from = start + (text.length - text.trimStart().length);
    const to = end - (text.length - text.trimEnd().length);
    if (to > from) {
      found.push({ start: from, end: to, text: paragraph.slice(from, to), quotations: quoted.filter((quotation) => quotation.open >= from && quotation.open < to) });
    }
    start = end;
  }
  return found;
}

/**
 * Across a text's paragraphs, the first quotation never closed. News style
 * lets a quotation run on: a paragraph that ends inside an open quotation is
 * fine when the next one starts with an opening mark.
 */
export function findUnclosedQuotation(paragraphs: readonly string[]): { paragraph: number; column: number; excerpt: string } | undefined {
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index]!;
    try {
      quotations(paragraph);
    } catch (error) {
      if (!(error instanceof UnclosedQuotationError)) throw error;
      const next = paragraphs[index + 1];
      if (next !== undefined && /^\s*[“"]/.test(next)) continue;
      return { paragraph: index, column: error.column, excerpt: error.excerpt };
    }
  }
  return undefined;
}
