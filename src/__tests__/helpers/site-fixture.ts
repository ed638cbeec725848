/**
 * Small inline content for unit tests, parsed by the real schemas (as the
 * content check and Astro parse it) and turned into `SiteData` by the same
 * `buildSiteData` the build uses: no hand-shaped mocks of the site's data.
 */
import { z } from 'astro/zod';
import { actorSchema } from '../../schemas/actors.ts';
import { eventSchema } from '../../schemas/events.ts';
import type { CollectionName } from '../../schemas/shared.ts';
import { sourceSchema } from '../../schemas/sources.ts';
import { statementSchema } from '../../schemas/statements.ts';
import { talksSchema } from '../../schemas/talks.ts';
import { buildSiteData, type SiteContent, type SiteData } from '../../lib/site-data/site-data.ts';

const ref = (collection: CollectionName) => z.string().transform((id) => ({ collection, id }));
const SCHEMAS = {
  sources: sourceSchema,
  actors: actorSchema(ref),
  statements: statementSchema(ref),
  talks: talksSchema(ref),
  events: eventSchema(ref),
};

type Frontmatter = Record<string, unknown>;
export interface Fixture {
  /** Each source's frontmatter and its article text. */
  sources: Record<string, { data: Frontmatter; text: string }>;
  actors: Record<string, Frontmatter>;
  statements: Record<string, Frontmatter>;
  talks?: Record<string, Frontmatter>;
  events?: Record<string, Frontmatter>;
}

function entries<C extends keyof typeof SCHEMAS>(collection: C, items: Record<string, Frontmatter> = {}) {
  return Object.entries(items).map(([id, data]) => {
    const parsed = SCHEMAS[collection].safeParse(data);
    if (!parsed.success) throw new Error(`fixture ${collection}/${id}: ${parsed.error.message}`);
    // Astro's entries carry more fields (file path, digest); nothing in SiteData reads them.
    return { id, collection, data: parsed.data };
  });
}

export function fixtureSite(fixture: Fixture): SiteData {
  const sourceData = Object.fromEntries(Object.entries(fixture.sources).map(([id, source]) => [id, source.data]));
  const content = {
    sources: entries('sources', sourceData),
    actors: entries('actors', fixture.actors),
    statements: entries('statements', fixture.statements),
    talks: entries('talks', fixture.talks),
    events: entries('events', fixture.events),
    sourceTexts: new Map(Object.entries(fixture.sources).map(([id, source]) => [id, source.text])),
  } as unknown as SiteContent;
  return buildSiteData(content);
}

/** Two sources, a body with a member, and three statements: one quoted by both sources, one reported speech through an intermediary. */
export const SMALL_SITE: Fixture = {
  sources: {
    first: {
      data: { label: '[First report]', receivedAs: 'a.txt', added: '2026-11-20' },
      text: 'The minister said “we will answer any attack”. Later he added “the door stays open”.\nA source familiar with the talks told the paper that the delegation asked for guarantees.',
    },
    second: {
      data: { label: 'Second report', receivedAs: 'b.txt', headline: 'Talks end', added: '2026-11-20' },
      text: 'The minister reportedly said “we will answer every attack”.',
    },
  },
  actors: {
    minister: { added: '2026-11-20', name: 'A Minister', kind: 'person', side: 'pakistan', role: 'Minister', memberOf: ['cabinet'], sources: ['first'] },
    cabinet: { added: '2026-11-20', name: 'The Cabinet', kind: 'government', side: 'pakistan', sources: ['first'] },
    delegation: { added: '2026-11-20', name: 'The Delegation', kind: 'delegation', side: 'afghan-taliban', sources: ['first'] },
    insider: { added: '2026-11-20', name: 'A source familiar with the talks', kind: 'unnamed-person', side: 'unstated', sources: ['first'] },
  },
  statements: {
    'door-open': {
      added: '2026-11-20',
      speaker: 'minister',
      kind: 'direct-quote',
      summary: 'The minister says the door stays open.',
      renderings: [{ source: 'first', quotes: ['the door stays open'], medium: 'not-stated', attribution: 'he added' }],
      topics: ['mediation'],
    },
    'answer-attack': {
      added: '2026-11-20',
      changed: '2026-11-30',
      speaker: 'minister',
      kind: 'direct-quote',
      summary: 'The minister says Pakistan will answer attacks.',
      renderings: [
        { source: 'second', quotes: ['we will answer every attack'], medium: 'not-stated', attribution: 'The minister reportedly said' },
        { source: 'first', quotes: ['we will answer any attack'], medium: 'not-stated', attribution: 'The minister said' },
      ],
      topics: ['cross-border-strikes'],
    },
    guarantees: {
      added: '2026-11-20',
      speaker: 'delegation',
      kind: 'paraphrase',
      summary: 'The delegation asked for guarantees, according to a source familiar with the talks.',
      renderings: [{ source: 'first', quotes: ['the delegation asked for guarantees'], medium: 'unnamed-source', via: 'insider' }],
      topics: ['istanbul-talks'],
    },
  },
};
