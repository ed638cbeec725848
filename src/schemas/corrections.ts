import { z } from 'astro/zod';
import { enumOf, plainText, siteDates, siteDay, SLUG_PATTERN } from './shared.ts';

/**
 * The parts of an entry a correction may name. A published statement's
 * speaker, kind, quoted words, attribution and intermediary never change
 * without a correction naming them (the content check compares them with
 * `published-words.json`); the others are named so that readers see what changed.
 */
export const CORRECTED_FIELDS = {
  speaker: 'the speaker',
  kind: 'whether the words are quoted or reported',
  quotes: 'the quoted words',
  attribution: 'the attribution',
  via: 'the intermediary',
  summary: 'the summary',
  other: 'another part of the entry',
} as const;
export type CorrectedField = keyof typeof CORRECTED_FIELDS;

/** The fields whose published values the content check guards; the rest are the site's own words. */
export const GUARDED_FIELDS = ['speaker', 'kind', 'quotes', 'attribution', 'via'] as const satisfies readonly CorrectedField[];
/** The guarded fields that belong to one source's rendering: a correction of these names the source. */
export const RENDERING_FIELDS = ['quotes', 'attribution', 'via'] as const satisfies readonly CorrectedField[];

/** One correction of a published entry, written by the editor who made it. */
export const correctionSchema = z.strictObject({
  /** The day the correction was published on this site. */
  day: siteDay('the day the correction was published on this site'),
  /** What it changed. */
  fields: z.array(enumOf(CORRECTED_FIELDS)).min(1, 'name at least one field the correction changed'),
  /** For the quoted words, attribution or intermediary: the id of the source whose rendering changed. */
  source: z.string().regex(SLUG_PATTERN, 'must be the id of the source whose rendering changed').optional(),
  /**
   * What the site showed before, exactly as it was published (for the
   * speaker, the speaker's id): shown struck out beside the correction. The
   * content check proves it is what was published.
   */
  before: z.array(z.string().trim().min(1, 'must not be empty').max(2000)).optional(),
  /** What changed, in the site's own words. */
  what: plainText(300),
  /** Why, in the site's own words. */
  why: plainText(300),
});
export type Correction = z.output<typeof correctionSchema>;

/**
 * The site's own history of an entry: when it was published here, when it
 * last changed, and its corrections, oldest first.
 */
export const siteHistory = {
  ...siteDates,
  corrections: z
    .array(correctionSchema)
    .default([])
    .refine((list) => list.every((item, index) => index === 0 || list[index - 1]!.day <= item.day), 'list the corrections oldest first'),
};
