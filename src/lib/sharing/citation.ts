/**
 * Citations of a statement in three formats (plain text, BibTeX, RIS), with slots the browser
 * fills (address, access date). Used by CiteThis and StatementCard at build time.
 */
import { speakerWithHedge } from '../text/attribution.ts';
import { joinPassages } from '../text/text.ts';

/**
 * Placeholders for what only the reader's browser knows: the address the
 * page was loaded from and the day it was read. A page renders them as
 * elements a script fills in (see `src/scripts/copy.ts`); without JavaScript
 * they read as the canonical (or relative) URL and "[date]".
 */
export const URL_SLOT = '\uE000';
export const DATE_SLOT = '\uE001';

export interface CitationInput {
  speaker: string;
  /** The speaker's role, in the site's words, where there is one. */
  role?: string | undefined;
  /** The source's hedge on this rendering ("reportedly"), where there is one. */
  hedge?: string | undefined;
  passages: readonly string[];
  kind: 'direct-quote' | 'paraphrase';
  sourceLabel: string;
  /** The outlet named by the source, if any. */
  outlet?: string | undefined;
  url: string;
  siteName: string;
  /** The access date as the reader's browser writes it; `DATE_SLOT` in the built page. */
  accessed: string;
}

const sourceName = (input: CitationInput) => (input.outlet ? `${input.sourceLabel}, ${input.outlet}` : input.sourceLabel);

/** "Khawaja Asif, Pakistan's Defence Minister" with the source's hedge: "Government of Pakistan (reportedly)". */
export const citedSpeaker = (input: Pick<CitationInput, 'speaker' | 'role' | 'hedge'>) =>
  speakerWithHedge(input.role ? `${input.speaker}, ${input.role}` : input.speaker, input.hedge);

/** The words cited: the quotation in quotation marks, or reported speech marked as such with the source's sentence. */
const citedWords = (input: CitationInput) => {
  const words = joinPassages(input.passages);
  // A quotation that ends its own sentence takes no second full stop after the closing mark.
  return input.kind === 'direct-quote' ? `“${words}”${/[.!?…]$/.test(words) ? '' : '.'}` : `(reported speech) ${words.replace(/\.?$/, '.')}`;
};

/**
 * A plain-text citation of one statement as one source renders it: speaker
 * and role (with the hedge), the words, the source, the site, the URL and the
 * access date. No publication date: the sources give none.
 */
export function plainCitation(input: CitationInput): string {
  return `${citedSpeaker(input)}: ${citedWords(input)} As reported in: ${sourceName(input)}. ${input.siteName}. ${input.url}. Accessed ${input.accessed}.`;
}

const escapeBibtex = (text: string) => text.replace(/([{}\\&%$#_^~])/g, '\\$1');

/** A BibTeX entry for one statement; `key` must be unique in the reader's bibliography. */
export function bibtexCitation(input: CitationInput & { key: string }): string {
  const passages = escapeBibtex(joinPassages(input.passages));
  // Reported speech is the reporter's sentence, so it is titled as such, not quoted.
  const title = input.kind === 'direct-quote' ? `{\`\`${passages}''}` : `{(reported speech) ${passages}}`;
  return [
    `@misc{${input.key},`,
    `  author = {{${escapeBibtex(input.speaker)}}},`,
    `  title = ${title},`,
    `  howpublished = {${escapeBibtex(input.siteName)}},`,
    `  note = {${escapeBibtex(citedSpeaker(input))}. As reported in: ${escapeBibtex(sourceName(input))}},`,
    `  url = {${input.url}},`,
    `  urldate = {${input.accessed}}`,
    '}',
  ].join('\n');
}

/**
 * An RIS record (for EndNote, Zotero, Mendeley): a web page (`ELEC`) by the
 * speaker, titled with the words, with no publication date.
 */
export function risCitation(input: CitationInput): string {
  const title = input.kind === 'direct-quote' ? `“${joinPassages(input.passages)}”` : `(reported speech) ${joinPassages(input.passages)}`;
  const line = (tag: string, value: string) => `${tag}  - ${value.replace(/\s+/g, ' ').trim()}`;
  return [
    line('TY', 'ELEC'),
    line('AU', input.speaker),
    line('TI', title),
    line('T2', input.siteName),
    line('PB', input.siteName),
    line('N1', `${citedSpeaker(input)}. As reported in: ${sourceName(input)}.`),
    line('UR', input.url),
    line('Y2', input.accessed),
    line('LA', 'en'),
    'ER  - ',
  ].join('\n');
}

/** Splits a citation around its slots, so a page can render each as an element to fill in. */
export function citationParts(text: string): ({ text: string } | { slot: 'url' | 'date' })[] {
  return text
    .split(new RegExp(`(${URL_SLOT}|${DATE_SLOT})`))
    .filter((part) => part !== '')
    .map((part) => (part === URL_SLOT ? { slot: 'url' as const } : part === DATE_SLOT ? { slot: 'date' as const } : { text: part }));
}
