import { z } from 'astro/zod';
import { enumOf, plainText, reportedText, sourceList, type RefFactory, type RefSchema } from './shared.ts';
import { siteHistory } from './corrections.ts';

export const ACTOR_KINDS = {
  person: 'Person',
  'unnamed-person': 'Unnamed speaker',
  government: 'Government',
  delegation: 'Delegation',
  group: 'Group',
  organisation: 'Organisation',
  media: 'News outlet',
  state: 'State',
  'not-described': 'Not described by the sources',
} as const;

export const SIDES = {
  pakistan: 'Pakistan',
  'afghan-taliban': 'Afghan Taliban',
  mediator: 'Mediator',
  international: 'International',
  'non-state': 'Non-state groups',
  media: 'Media',
  observers: 'Analysts and observers',
  unstated: 'Side not stated',
} as const;

export type SideId = keyof typeof SIDES;

/** Where a side's label is the site's own word rather than the sources', the page says so. */
export const SIDE_LABEL_NOTES: Partial<Record<SideId, string>> = {
  'non-state':
    'The label is the site’s own, for groups that are not governments. Neither source calls the “Baloch separatist elements” militant; the second source mentions “cross-border militants” without naming them.',
};
export type ActorKindId = keyof typeof ACTOR_KINDS;

export const sideSchema = enumOf(SIDES);

export const actorSchema = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z.strictObject({
    ...siteHistory,
    /** The name the site lists the actor under (for unnamed speakers, a description). */
    // Citation tools (Zotero, citation-js) read "A, B" in an author field as family name, given name.
    name: plainText(120).refine((name) => !name.includes(','), {
      message: 'must not contain a comma: citation tools read "A, B" as family name, given name (use parentheses or "with")',
    }),
    kind: enumOf(ACTOR_KINDS),
    side: sideSchema,
    /** The role at the time, in the site's words; `roleAsReported` holds each source's own wording. */
    role: plainText(160).optional(),
    roleAsReported: z.array(reportedText(ref)).default([]),
    /** Other names the sources use for this actor ("Islamabad", "Türkiye"). */
    aliases: z.array(reportedText(ref)).default([]),
    /** A group or delegation this actor belongs to, where a source says so. */
    memberOf: z.array(ref('actors')).default([]),
    sources: sourceList(ref),
  });

/** A actor entry's data once parsed: what pages, cards and data files read. */
export type ActorData = z.output<ReturnType<typeof actorSchema<RefSchema>>>;
