import { z } from 'astro/zod';
import { enumOf, plainText, reportedText, sourceList, type RefFactory, type RefSchema } from './shared.ts';
import { siteHistory } from './corrections.ts';

/** Where an event stands relative to the Istanbul talks, as a source places it. */
export const PHASES = {
  'before-talks': 'Before the talks',
  'during-talks': 'During the talks',
  'end-of-talks': 'End of the talks',
  'after-talks': 'After the talks',
  'ongoing-when-reported': 'Ongoing when reported',
  'not-placed': 'Not placed by the sources',
} as const;

export const phaseSchema = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z
    .strictObject({
      phase: enumOf(PHASES),
      /** The source's words that place it; required unless the phase is `not-placed`. */
      basis: z.array(reportedText(ref)).default([]),
    })
    .refine((timeline) => timeline.phase === 'not-placed' || timeline.basis.length > 0, {
      path: ['basis'],
      message: "quote the source's words that place it here, or use the phase not-placed",
    });

export const FACT_ASPECTS = {
  what: 'What happened',
  when: 'When, as reported',
  duration: 'How long, as reported',
  where: 'Where',
  casualties: 'Casualties, as reported',
  effect: 'Effect, as reported',
  reaction: 'Reaction',
} as const;

export const reportedFactSchema = <R extends z.ZodType>(ref: RefFactory<R>) =>
  reportedText(ref).extend({
    aspect: enumOf(FACT_ASPECTS),
  });

export const eventSchema = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z.strictObject({
    ...siteHistory,
    title: plainText(120),
    summary: plainText(300),
    timeline: phaseSchema(ref),
    /** Every fact as a source words it: dates, durations and figures are never restated in other words. */
    facts: z.array(reportedFactSchema(ref)).min(1, 'an event needs at least one reported fact'),
    actors: z.array(ref('actors')).default([]),
    talks: z.array(ref('talks')).default([]),
    sources: sourceList(ref),
  });

/** A event entry's data once parsed: what pages, cards and data files read. */
export type EventData = z.output<ReturnType<typeof eventSchema<RefSchema>>>;
