import { z } from 'astro/zod';
import { phaseSchema } from './events.ts';
import { plainText, reportedText, sourceList, type RefFactory, type RefSchema } from './shared.ts';
import { siteHistory } from './corrections.ts';

export const talksSchema = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z.strictObject({
    ...siteHistory,
    title: plainText(120),
    summary: plainText(300),
    timeline: phaseSchema(ref),
    host: z.array(reportedText(ref)).min(1),
    mediators: z
      .array(
        z.strictObject({
          actor: ref('actors'),
          /** How each source names the mediator ("Turkey", "Türkiye"). */
          asReported: z.array(reportedText(ref)).min(1),
        }),
      )
      .min(1),
    delegations: z.array(
      z.strictObject({
        /** The delegation as an actor, on its side. */
        actor: ref('actors'),
        members: z.array(ref('actors')).default([]),
        asReported: z.array(reportedText(ref)).min(1),
      }),
    ),
    duration: z.array(reportedText(ref)).min(1),
    outcome: z.array(reportedText(ref)).min(1),
    /** Each side's demands and positions, as the sources word them. */
    positions: z.array(
      reportedText(ref).extend({
        actor: ref('actors'),
        stance: z.enum(['demand', 'position', 'account']),
      }),
    ),
    sources: sourceList(ref),
  });

/** A talks entry's data once parsed: what pages, cards and data files read. */
export type TalksData = z.output<ReturnType<typeof talksSchema<RefSchema>>>;
