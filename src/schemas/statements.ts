import { z } from 'astro/zod';
import { phaseSchema } from './events.ts';
import { topicSchema } from './topics.ts';
import { enumOf, plainText, verbatim, type RefFactory, type RefSchema } from './shared.ts';
import { siteHistory } from './corrections.ts';

export const STATEMENT_KINDS = {
  'direct-quote': 'Direct quotation',
  paraphrase: 'Reported speech (paraphrase)',
} as const;

export const MEDIA = {
  'post-on-x': 'Post on X',
  'remarks-to-reporters': 'Remarks to reporters',
  'official-statement': 'Statement',
  'unnamed-source': 'Through an unnamed source',
  'public-phrase': 'Commonly used phrase',
  'not-stated': 'Not stated by the source',
} as const;

/** One source's rendering of a statement: its own words, checked verbatim against it. */
export const renderingSchema = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z.strictObject({
    source: ref('sources'),
    /**
     * The words attributed to the speaker: for a direct quotation only what
     * stands inside the quotation marks (one item per quoted passage); for
     * reported speech the source's own sentence.
     */
    quotes: z.array(verbatim()).min(1, 'a rendering needs the quoted words'),
    /** The source's whole sentence around the quotation, for context. */
    excerpt: verbatim().optional(),
    medium: enumOf(MEDIA),
    /** Where and how, in the source's words ("Speaking to reporters at Parliament House"). */
    setting: verbatim().optional(),
    /** When, in the source's words ("after the talks"); no date is ever inferred. */
    when: verbatim().optional(),
    /**
     * How the source attributes the words, verbatim: "he warned", "Islamabad
     * reportedly warned", "officials said". Its hedges ("reportedly", "a source
     * told") travel with the words wherever they are shown.
     */
    attribution: verbatim().optional(),
    /** The unnamed intermediary the words reach the source through (a source familiar with the talks). */
    via: ref('actors').optional(),
  });

export const statementSchema = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z.strictObject({
    speaker: ref('actors'),
    kind: enumOf(STATEMENT_KINDS),
    /** A one-line summary in the site's own neutral words, used in lists and link previews. */
    summary: plainText(200),
    renderings: z.array(renderingSchema(ref)).min(1, 'a statement needs at least one source rendering'),
    topics: z.array(topicSchema).min(1, 'file the statement under at least one topic'),
    /** Statements this one answers, where a source links them. */
    respondsTo: z.array(ref('statements')).default([]),
    /**
     * Statements another source reports that read as the same warning or claim but are kept apart, because their
     * words or conditions differ too much to be one statement's renderings. The differences page shows each pair side by side.
     */
    counterparts: z.array(ref('statements')).default([]),
    talks: z.array(ref('talks')).default([]),
    events: z.array(ref('events')).default([]),
    /** Where the sources place the statement relative to the talks, with their words; absent when they do not. */
    timeline: phaseSchema(ref).optional(),
    /** Where a statement is among the most significant, for the home page. */
    featured: z.boolean().default(false),
    ...siteHistory,
  });

/** A statement entry's data once parsed: what pages, cards and data files read. */
export type StatementData = z.output<ReturnType<typeof statementSchema<RefSchema>>>;
