/**
 * Citations of a statement in three formats (plain text, BibTeX, RIS), with slots the browser
 * fills (address, access date). Used by CiteThis and StatementCard at build time.
 */
import { speakerWithHedge } from '../text/attribution.ts';

/**
 * Placeholders for what only the reader's browser knows: the address the
 * page was loaded from and the day it was read. A page renders them as
 * elements a script fills in (see `src/scripts/copy.ts`); without JavaScript
 * they read as the canonical URL and "add the date you read it".
 */
export const URL_SLOT = '\uE000';
export const DATE_SLOT = '\uE001';

/** What the browser shows in the date slot without JavaScript. */
export const NO_SCRIPT_DATE = 'add the date you read it';

export interface CitationInput {
  speaker: string;
  /** The speaker's role, in the site's words, where there is one. */
  role?: string | undefined;
  /** The source's hedge on this rendering ("reportedly"), where there is one. */
  hedge?: string | undefined;
  /** This rendering's words as shown (`segmentsText`): quoted parts in their marks, the source's words between. */
  words: string;
  kind: 'direct-quote' | 'paraphrase';
  /** Only a named person is split into first and last names; a government, body or unnamed speaker is one name. */
  namedPerson: boolean;
  sourceLabel: string;
  /** The outlet named by the source, if any. */
  outlet?: string | undefined;
  url: string;
  siteName: string;
  /** The day the entry was first published on this site (YYYY-MM-DD). */
  published: string;
  /** The access date as the reader's browser writes it; `DATE_SLOT` in the built page. */
  accessed: string;
}

const sourceName = (input: CitationInput) => (input.outlet ? `${input.sourceLabel}, ${input.outlet}` : input.sourceLabel);

/** "Khawaja Asif, Pakistan's Defence Minister" with the source's hedge: "Government of Pakistan (reportedly)". */
export const citedSpeaker = (input: Pick<CitationInput, 'speaker' | 'role' | 'hedge'>) =>
  speakerWithHedge(input.role ? `${input.speaker}, ${input.role}` : input.speaker, input.hedge);

/** A sentence's closing full stop, unless the words already end one (inside or outside their closing mark). */
const closed = (words: string) => (/[.!?…][”’]?$/.test(words) ? words : `${words}.`);

/**
 * What a reference manager files the statement as. A direct quotation is by
 * its speaker, titled with the words. Reported speech is the source's
 * sentence: it has no author here (the source names none), and its title
 * says whose words they are.
 */
export function citationTitle(input: CitationInput): string {
  return input.kind === 'direct-quote' ? input.words : `Reported speech, in ${input.sourceLabel}: “${input.words.replace(/[.\s]+$/, '')}”`;
}

/**
 * A plain-text citation of one statement as one source renders it, with the
 * site's publication date, the URL and the access date.
 */
export function plainCitation(input: CitationInput): string {
  const tail = `${input.siteName}, published on this site ${input.published}. ${input.url}. Accessed ${input.accessed}.`;
  if (input.kind === 'direct-quote') return `${citedSpeaker(input)}: ${closed(input.words)} As reported in: ${sourceName(input)}. ${tail}`;
  return `${sourceName(input)}, in reported speech about ${citedSpeaker(input)}: “${input.words.replace(/[.\s]+$/, '')}.” The words are the source’s, not the speaker’s. ${tail}`;
}

const escapeBibtex = (text: string) => text.replace(/([{}\\&%$#_^~])/g, '\\$1');

/** "Asif, Khawaja": a named person's last word as the family name. */
const familyFirst = (name: string) => {
  const words = name.trim().split(/\s+/);
  return words.length < 2 ? name : `${words.at(-1)}, ${words.slice(0, -1).join(' ')}`;
};

/**
 * A BibTeX (biblatex) entry for one statement: `@online`, which reference
 * managers file as a web page, with the site as its `booktitle` (the website). The title is in double braces so that no style
 * changes the case of the verbatim words; an institutional author too, so that
 * it is never split into first and last names.
 */
export function bibtexCitation(input: CitationInput & { key: string }): string {
  const author = input.kind !== 'direct-quote' ? undefined : input.namedPerson ? escapeBibtex(familyFirst(input.speaker)) : `{${escapeBibtex(input.speaker)}}`;
  const note = input.kind === 'direct-quote' ? `${citedSpeaker(input)}. As reported in: ${sourceName(input)}` : `The words are the source's, not the speaker's: ${sourceName(input)}, about ${citedSpeaker(input)}`;
  return [
    `@online{${input.key},`,
    ...(author ? [`  author = {${author}},`] : []),
    `  title = {{${escapeBibtex(citationTitle(input))}}},`,
    // booktitle, in braces: reference managers file it as the website (Zotero's websiteTitle, citation-js's container), never as a list of names split at "and".
    `  booktitle = {{${escapeBibtex(input.siteName)}}},`,
    `  date = {${input.published}},`,
    `  note = {${escapeBibtex(note)}},`,
    `  url = {${input.url}},`,
    `  urldate = {${input.accessed}}`,
    '}',
  ].join('\n');
}

/**
 * An RIS record (for EndNote, Zotero, Mendeley): a web page (`ELEC`) on the
 * site (`T2`), by the speaker for a direct quotation (a named person as
 * "Last, First", anything else as one name), with the site's publication date.
 */
export function risCitation(input: CitationInput): string {
  const line = (tag: string, value: string) => `${tag}  - ${value.replace(/\s+/g, ' ').trim()}`;
  const note = input.kind === 'direct-quote' ? `${citedSpeaker(input)}. As reported in: ${sourceName(input)}.` : `The words are the source's, not the speaker's: ${sourceName(input)}, about ${citedSpeaker(input)}.`;
  return [
    line('TY', 'ELEC'),
    ...(input.kind === 'direct-quote' ? [line('AU', input.namedPerson ? familyFirst(input.speaker) : input.speaker)] : []),
    line('TI', citationTitle(input)),
    line('T2', input.siteName),
    line('DA', input.published.replaceAll('-', '/')),
    line('PY', input.published.slice(0, 4)),
    line('N1', note),
    line('UR', input.url),
    // Zotero reads the access date from Y2, citation-js (after the RIS spec for ELEC) from M1.
    line('Y2', input.accessed),
    line('M1', input.accessed),
    line('LA', 'en'),
    'ER  - ',
  ].join('\n');
}

/** Splits a citation around its slots, so a page can render each as an element to fill in. */
export type CitationPart = { text: string } | { slot: 'url' | 'date' } | { dateLine: { before: string; after: string } };

/**
 * A citation split around the slots the browser fills in. With `dateLines`
 * (BibTeX, RIS), the whole line holding the access date is one part: the
 * page hides it until a script fills in today's date, so that without
 * JavaScript the record still imports cleanly (Zotero read the placeholder
 * in `Y2` as the date "0000 add"); the plain citation keeps the placeholder
 * ("Accessed add the date you read it"), which a person reads.
 */
export function citationParts(text: string, options: { dateLines?: boolean } = {}): CitationPart[] {
  const slotted = (part: string): CitationPart => (part === URL_SLOT ? { slot: 'url' } : part === DATE_SLOT ? { slot: 'date' } : { text: part });
  const split = (chunk: string) => chunk.split(new RegExp(`(${URL_SLOT}|${DATE_SLOT})`)).filter((part) => part !== '').map(slotted);
  if (!options.dateLines) return split(text);
  return text.split(/(?<=\n)/).flatMap((line): CitationPart[] => {
    const at = line.indexOf(DATE_SLOT);
    if (at === -1) return split(line);
    return [{ dateLine: { before: line.slice(0, at), after: line.slice(at + DATE_SLOT.length) } }];
  });
}
