/**
 * The site's own wording: counts and plurals, notes and ledes, truncation, paragraphs, joining a
 * rendering's quoted parts. Used everywhere views write sentences; build time.
 */
import { nameInSentence } from './attribution.ts';
import { foldQuotes } from './quote-match.ts';

/** Shortens text to at most `max` characters at a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > 0 ? cut.slice(0, atWord) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}


/** "1 statement", "3 statements". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** A speaker page's search link: "Search statements by a Pakistani security official…" (a possessive of a long descriptive name reads wrongly). */
export function searchSpeakerLabel(name: string): string {
  return `Search statements by ${nameInSentence(name)}`;
}

/** On the page of a speaker the sources name but never quote; worded so that any name, singular or plural, reads right. */
export function mentionedOnlyNote(name: string): string {
  return `The sources report no statement by ${nameInSentence(name)}; the name is only mentioned.`;
}

/** The number of different sources a set of statements is reported in. */
export function sourceCount(statements: readonly { data: { renderings: readonly { source: { id: string } }[] } }[]): number {
  return new Set(statements.flatMap((statement) => statement.data.renderings.map((rendering) => rendering.source.id))).size;
}

/** Splits a source text into its paragraphs (one per non-empty line). */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * Splits a paragraph around the first occurrence of `passage` (compared with
 * quote marks and whitespace folded), so a page can mark it. Returns null
 * when the passage is not there.
 */
export function splitAround(paragraph: string, passage: string): [string, string, string] | null {
  const needle = foldQuotes(passage.replace(/\s+/g, ' ').trim());
  if (needle.length === 0) return null;
  // Folding quote marks keeps every index (one code unit for one); only runs of whitespace need a map back.
  if (!/\s\s|[^\S ]/.test(paragraph)) {
    const at = foldQuotes(paragraph).indexOf(needle);
    if (at < 0) return null;
    return [paragraph.slice(0, at), paragraph.slice(at, at + needle.length), paragraph.slice(at + needle.length)];
  }
  let folded = '';
  const origin: number[] = [];
  let lastWasSpace = false;
  for (let index = 0; index < paragraph.length; index++) {
    const char = paragraph.charAt(index);
    if (/\s/.test(char)) {
      if (lastWasSpace) continue;
      folded += ' ';
      lastWasSpace = true;
    } else {
      folded += char;
      lastWasSpace = false;
    }
    origin.push(index);
  }
  const at = foldQuotes(folded).indexOf(needle);
  if (at < 0) return null;
  const start = origin[at] ?? 0;
  const end = (origin[at + needle.length - 1] ?? paragraph.length - 1) + 1;
  return [paragraph.slice(0, start), paragraph.slice(start, end), paragraph.slice(end)];
}

/**
 * Where a rendering's quoted words stand in one paragraph: from the first of
 * them found there to the end of the last (an interrupted quotation spans the
 * source's words between its parts); null when none is there.
 */
export function quotedPassage(paragraph: string, quotes: readonly string[]): { start: number; end: number } | null {
  let first: number | undefined;
  let last = 0;
  let from = 0;
  for (const quote of quotes) {
    const parts = splitAround(paragraph.slice(from), quote);
    if (!parts) continue;
    const start = from + parts[0].length;
    const end = start + parts[1].length;
    first ??= start;
    last = end;
    from = end;
  }
  return first === undefined ? null : { start: first, end: last };
}

/**
 * The one way the site counts speakers: those with statements, out of all the
 * people and bodies the sources name ("11 speakers with statements, of 25 people and bodies named").
 */
export function speakerCount(counts: { speaking: number; actors: number }): string {
  const speaking = `${countOf(counts.speaking, 'speaker')} with statements`;
  return counts.actors > counts.speaking ? `${speaking}, of ${countOf(counts.actors, 'person or body', 'people and bodies')} named` : speaking;
}

/** A speaker's statement count in a list: "3 statements", or "mentioned only". */
export const statementCountLabel = (count: number) => (count > 0 ? countOf(count, 'statement') : 'mentioned only');

/**
 * What a side's page says of it: statements, by how many of its people and
 * bodies (many are only mentioned), and in how many sources.
 */
export function sideLede(counts: { statements: number; speaking: number; actors: number; sources: number }): string {
  const actors = countOf(counts.actors, 'person or body', 'people and bodies');
  if (counts.statements === 0) return `The sources report no statement by the ${actors} on this side; ${counts.actors === 1 ? 'it is' : 'they are'} mentioned only.`;
  const who = counts.speaking === counts.actors ? `the ${actors}` : `${counts.speaking} of the ${actors}`;
  return `${countOf(counts.statements, 'statement')} by ${who} on this side, reported in ${countOf(counts.sources, 'source')}.`;
}

/** How many statements and sources: one part of a speaker's tally. */
export interface Tally {
  statements: number;
  sources: number;
}

/** The closing line of a speaker's page: "16 statements from 2 sources; 3 statements by its members from 1 source." */
export function speakerTally(own: Tally, members: Tally): string {
  const mine = own.statements > 0 ? `${countOf(own.statements, 'statement')} from ${countOf(own.sources, 'source')}` : countOf(0, 'statement');
  const theirs = members.statements > 0 ? `; ${countOf(members.statements, 'statement')} by its members from ${countOf(members.sources, 'source')}` : '';
  return `${mine}${theirs}.`;
}

/** Above the words reported through an intermediary when only the first of them are listed. */
export function throughPreviewNote(shown: number, total: number): string {
  return `The first ${shown} of ${total}, in the order the sources report them. Each of these statements is also on its speaker's page.`;
}

/** Above a body's members' statements when only the first of them are listed. */
export function membersPreviewNote(shown: number, total: number): string {
  return `The first ${shown} of ${total}, in the order the sources report them. Each member's page lists all of theirs; the search finds all ${total}.`;
}

// One formatter for the whole build, and each day said once: toLocaleDateString builds a formatter per call, seconds at 10,000 pages.
const LONG_DAY_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const LONG_DAYS = new Map<string, string>();

/** "25 November 2026", from the site's own "2026-11-25" (UTC, so every machine writes the same). */
export function longDay(day: string): string {
  let said = LONG_DAYS.get(day);
  if (said === undefined) {
    said = LONG_DAY_FORMAT.format(new Date(`${day}T00:00:00Z`));
    LONG_DAYS.set(day, said);
  }
  return said;
}

/** The site's own dates of an entry, said as the site's: "Published on this site on 25 November 2026; last changed on 1 December 2026." */
export function siteDatesLine(added: string, changed?: string): string {
  const published = `Published on this site on ${longDay(added)}`;
  return changed && changed !== added ? `${published}; last changed on ${longDay(changed)}.` : `${published}.`;
}
