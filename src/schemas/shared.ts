import { z } from 'astro/zod';

/** The content collections, in the order they are checked and listed. */
export const COLLECTIONS = ['sources', 'actors', 'statements', 'talks', 'events'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/**
 * Builds a reference to an entry of another collection.
 * Astro passes its own `reference()`; the stand-alone content check passes one
 * that keeps the id so that it can prove the target exists (Astro 7 only logs
 * a dangling reference and builds anyway).
 */
export type RefFactory<R extends z.ZodType = z.ZodType> = (collection: CollectionName) => R;

/** A parsed reference, as Astro's `reference()` and the content check's factory both give it. */
export interface EntryRef {
  collection: string;
  id: string;
}
/** The reference schema the content's output types are written against. */
export type RefSchema = z.ZodType<EntryRef>;

/** A zod enum of a label table's keys (`{ id: label }`): the one place the key-tuple cast is written. */
export const enumOf = <T extends Record<string, unknown>>(record: T) =>
  z.enum(Object.keys(record) as [keyof T & string, ...(keyof T & string)[]]);

/** An entry id is its URL slug: lowercase words joined by hyphens, never a number from ordering. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * YAML turns an unquoted 2025-10-30 into a date. The site holds no dates of its
 * own, only the sources' words, so say that rather than "expected string".
 */
const text = () =>
  z.string({
    error: (issue) =>
      issue.input instanceof Date || (typeof issue.input === 'number' && issue.code === 'invalid_type')
        ? 'write this as text in quotes; dates and numbers are kept as the source words them ("earlier this month")'
        : undefined,
  });

/** Text the site's own prose supplies: no markup, one line of at most `max` characters. */
export const plainText = (max = 300) =>
  text()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((text) => !/[<>]/.test(text), 'must be plain text (no "<" or ">")');

/**
 * Words copied from a source. The content check proves they stand verbatim in
 * that source (after folding whitespace and straight/curly quote marks).
 */
export const verbatim = () =>
  text()
    .trim()
    .min(1, { message: 'is empty: copy the words as the source gives them', abort: true })
    .min(2, 'must hold the words as the source gives them')
    .max(2000);

/**
 * A day in this site's own history, "YYYY-MM-DD" in quotes: when an entry was
 * published here or last changed. Written in the entry (by the importer or the
 * editor), never taken from the build's clock, so rebuilds stay identical.
 * The sources' own dates are never written this way: they keep their words.
 */
export const siteDay = (what: string) =>
  z
    .string({ error: (issue) => (issue.input instanceof Date ? `write the day in quotes, "YYYY-MM-DD": ${what}` : undefined) })
    .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, `must be a day written "YYYY-MM-DD": ${what}`);

/** The site's own dates of an entry, beside its other fields. */
export const siteDates = {
  /** The day the entry was first published on this site. */
  added: siteDay('the day the entry was first published on this site'),
  /** The day it last changed in a way readers see, when that is after `added`. */
  changed: siteDay('the day the entry last changed on this site').optional(),
};

/** A fact as one source words it: the `text` is verbatim in `source`. */
export const reportedText = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z.strictObject({
    text: verbatim(),
    source: ref('sources'),
  });

/** At least one source, each named once. */
export const sourceList = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z
    .array(ref('sources'))
    .min(1, 'every entry must cite at least one source')
    .refine((refs) => new Set(refs.map((item) => JSON.stringify(item))).size === refs.length, 'names the same source twice');
