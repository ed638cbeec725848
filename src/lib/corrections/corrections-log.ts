/**
 * The public corrections log: every correction of every entry, newest first,
 * with what the page and feed say of it. Pure; used by the corrections page,
 * its feed and the statement page's notice.
 */
import { CORRECTED_FIELDS, type Correction } from '../../schemas/corrections.ts';
import { longDay } from '../text/text.ts';

/** An entry that may carry corrections, as the log names it. */
export interface CorrectableEntry {
  collection: string;
  id: string;
  /** How the log names the entry ("Statement by Khawaja Asif: …", "The Istanbul talks"). */
  label: string;
  href: string;
  corrections: readonly Correction[];
}

export interface LoggedCorrection {
  entry: CorrectableEntry;
  correction: Correction;
  /** Its place among the entry's corrections (0-based, oldest first): with the entry's id, the correction's stable anchor. */
  index: number;
}

/** The anchor of one correction on the corrections page: `statements-x-1`. */
export const correctionAnchor = (entry: { collection: string; id: string }, index: number) => `${entry.collection}-${entry.id}-${index + 1}`;

/** Every correction, newest first; on one day, by entry and then by the entry's order. */
export function correctionsLog(entries: readonly CorrectableEntry[]): LoggedCorrection[] {
  return entries
    .flatMap((entry) => entry.corrections.map((correction, index) => ({ entry, correction, index })))
    .sort((a, b) => b.correction.day.localeCompare(a.correction.day) || `${a.entry.collection}/${a.entry.id}`.localeCompare(`${b.entry.collection}/${b.entry.id}`) || b.index - a.index);
}

/** "Corrected on 26 November 2026: the quoted words and the attribution." */
export function correctionHeadline(correction: Correction): string {
  const fields = correction.fields.map((field) => CORRECTED_FIELDS[field]);
  const list = fields.length <= 1 ? fields.join('') : `${fields.slice(0, -1).join(', ')} and ${fields.at(-1)}`;
  return `Corrected on ${longDay(correction.day)}: ${list}`;
}

/**
 * What introduces the old wording, struck out after it. It names the
 * rendering the words were shown for, never calls them that source's words
 * (a correction is made because they were not, or not exactly).
 */
export function beforeLabel(correction: Pick<Correction, 'fields'>, sourceLabel: string | undefined): string {
  if (correction.fields.includes('speaker')) return 'Attributed before the correction to';
  return sourceLabel ? `Shown before the correction, for the rendering of ${sourceLabel}:` : 'Shown before the correction:';
}

/** The latest correction's day, or undefined. */
export function lastCorrectedDay(corrections: readonly Pick<Correction, 'day'>[]): string | undefined {
  return corrections.at(-1)?.day;
}

/** What a card says of a corrected statement (lists and search results alike): "Corrected on 26 November 2026", or undefined. */
export function correctedLine(corrections: readonly Correction[]): string | undefined {
  const day = lastCorrectedDay(corrections);
  return day && `Corrected on ${longDay(day)}`;
}
