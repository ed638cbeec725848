/**
 * The shape of the published data files (`/data/*.json`). Their JSON Schemas
 * at `/data/schema/` are generated from these with zod's `toJSONSchema`, so
 * the files and their documentation cannot drift apart.
 */
import { z } from 'astro/zod';
import { enumOf } from './shared.ts';
import { SIDES, ACTOR_KINDS } from './actors.ts';
import { FACT_ASPECTS, PHASES } from './events.ts';
import { MEDIA, STATEMENT_KINDS } from './statements.ts';
import { TOPICS } from './topics.ts';
import { boilerplateKindSchema } from './sources.ts';
import { CORRECTED_FIELDS } from './corrections.ts';


const link = z.object({ id: z.string(), url: z.url() }).describe('Another entry, by id and by its page on the site');
const reported = z.object({ text: z.string(), source: link }).describe('Words as one source gives them, verbatim');
/** The site's own dates of an entry (not the sources': they give none). */
const siteDates = {
  added: z.string().describe('The day the entry was first published on this site (YYYY-MM-DD)'),
  changed: z.string().nullable().describe('The day it last changed on this site, or null when it has not since it was added'),
  corrections: z
    .array(
      z.object({
        day: z.string().describe('The day the correction was published on this site (YYYY-MM-DD)'),
        fields: z.array(enumOf(CORRECTED_FIELDS)).describe('What the correction changed'),
        source: z.string().nullable().describe('For the quoted words, attribution or intermediary: the id of the source whose rendering changed'),
        before: z.array(z.string()).nullable().describe('What the site showed before, exactly as published (for the speaker, the id); not words of any source'),
        what: z.string().describe("What changed, in the site's words"),
        why: z.string().describe("Why, in the site's words"),
      }),
    )
    .describe('Corrections of the entry, oldest first; the site lists all of them at /corrections/'),
};
const timeline = z
  .object({ phase: enumOf(PHASES), basis: z.array(reported) })
  .describe('Where the sources place the entry relative to the talks, with their words; no dates are inferred');

export const statementRecord = z.object({
  id: z.string(),
  url: z.url(),
  ...siteDates,
  speaker: link.extend({ name: z.string() }),
  kind: enumOf(STATEMENT_KINDS),
  summary: z.string().describe("The site's own one-line summary (not a quotation)"),
  renderings: z
    .array(
      z.object({
        source: link,
        quotes: z.array(z.string()).describe('Direct quotation: only the words inside the quotation marks. Paraphrase: the source sentence.'),
        excerpt: z.string().nullable(),
        medium: enumOf(MEDIA),
        setting: z.string().nullable(),
        when: z.string().nullable().describe("When, in the source's own words; never a date the source does not give"),
        attribution: z
          .string()
          .nullable()
          .describe('How the source attributes the words, verbatim ("Islamabad reportedly warned", "officials said")'),
        hedge: z
          .string()
          .nullable()
          .describe('The hedge that travels with the words ("reportedly", "according to a source familiar with the talks"); null when the source attributes them plainly'),
        via: link
          .extend({ name: z.string() })
          .nullable()
          .describe('The unnamed intermediary the words reach the source through, when the source says so'),
        shown: z.string().describe("The words as the site shows them: each quoted part in quotation marks, the source's own words between them outside the marks; reported speech without quotation marks"),
        wordsBy: z.enum(['speaker', 'source']).describe("Who wrote the words: the speaker (a direct quotation) or the source (reported speech is the reporter's sentence)"),
      }),
    )
    .min(1),
  topics: z.array(enumOf(TOPICS)),
  respondsTo: z.array(link),
  counterparts: z.array(link).describe('Statements another source reports that read as the same warning or claim, kept apart because the words differ (see /differences/)'),
  talks: z.array(link),
  events: z.array(link),
  timeline: timeline.nullable(),
});

export const actorRecord = z.object({
  id: z.string(),
  url: z.url(),
  ...siteDates,
  name: z.string(),
  kind: enumOf(ACTOR_KINDS),
  side: enumOf(SIDES),
  role: z.string().nullable(),
  roleAsReported: z.array(reported),
  aliases: z.array(reported),
  memberOf: z.array(link),
  statements: z.array(link),
  sources: z.array(link),
});

export const talksRecord = z.object({
  id: z.string(),
  url: z.url(),
  ...siteDates,
  title: z.string(),
  summary: z.string(),
  timeline,
  host: z.array(reported),
  mediators: z.array(z.object({ actor: link, asReported: z.array(reported) })),
  delegations: z.array(z.object({ actor: link, members: z.array(link), asReported: z.array(reported) })),
  duration: z.array(reported),
  outcome: z.array(reported),
  positions: z.array(reported.extend({ actor: link, stance: z.enum(['demand', 'position', 'account']) })),
  sources: z.array(link),
});

export const eventRecord = z.object({
  id: z.string(),
  url: z.url(),
  ...siteDates,
  title: z.string(),
  summary: z.string(),
  timeline,
  facts: z.array(reported.extend({ aspect: enumOf(FACT_ASPECTS) })),
  actors: z.array(link),
  talks: z.array(link),
  sources: z.array(link),
});

export const sourceRecord = z.object({
  id: z.string(),
  url: z.url(),
  ...siteDates,
  label: z.string().describe("The site's name for the source; not the article's title"),
  headline: z.string().nullable(),
  outlet: z.object({ name: z.string(), role: z.enum(['publisher', 'distributor']), basis: z.string() }).nullable(),
  author: z.string().nullable(),
  published: z.string().nullable(),
  boilerplateRemoved: z.array(boilerplateKindSchema),
  paragraphs: z.array(z.string()).describe('The article text as received, minus boilerplate, one item per paragraph'),
  statements: z.array(link),
});

const collectionFile = <T extends z.ZodType>(name: string, record: T) =>
  z.object({
    $schema: z.url(),
    title: z.string(),
    site: z.url(),
    license: z
      .object({
        name: z.string().describe('SPDX identifier of the licence of the site’s own text and data: CC-BY-4.0'),
        url: z.url(),
        quotations: z.string().describe('The quotations and source texts are not licensed by the site: their rights stay with their publishers'),
      })
      .describe('Who may reuse the file, and on what terms'),
    count: z.number().int().nonnegative(),
    [name]: z.array(record),
  });

export const OPEN_DATA_FILES = {
  statements: collectionFile('statements', statementRecord),
  actors: collectionFile('actors', actorRecord),
  talks: collectionFile('talks', talksRecord),
  events: collectionFile('events', eventRecord),
  sources: collectionFile('sources', sourceRecord),
} as const;

export type OpenDataName = keyof typeof OPEN_DATA_FILES;
