/**
 * The entries the build's closing steps work from (statements, actors,
 * sources), read from `content/` and typed with the content schemas, with
 * lookups by id. Used by the quote-cards and statement-embeds integrations,
 * which run after Astro has rendered the pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { idFromFileName, type CheckedEntry } from '../lib/content-files/content-check.ts';
import { parseEntryFile } from '../lib/content-files/frontmatter.ts';
import { actorSchema, type ActorData } from '../schemas/actors.ts';
import { sourceSchema, type SourceData } from '../schemas/sources.ts';
import { statementSchema, type StatementData } from '../schemas/statements.ts';

const ref = (collection: string) => z.string().transform((id) => ({ collection, id }));
const SCHEMAS = { statements: statementSchema(ref), actors: actorSchema(ref), sources: sourceSchema } as const;

/**
 * Statements, actors and sources, parsed with the content schemas. The build
 * has checked the content before this runs, so an entry that does not parse
 * is a bug, not bad content.
 */
export function readBuiltContent(contentDir: string): CheckedEntry[] {
  return (Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[]).flatMap((collection) =>
    readdirSync(path.join(contentDir, collection))
      .filter((name) => name.endsWith('.mdx'))
      .sort()
      .map((name) => {
        const file = path.join(contentDir, collection, name);
        const { data, body } = parseEntryFile(readFileSync(file, 'utf8'));
        return { collection, id: idFromFileName(name), file, data: SCHEMAS[collection].parse(data) as Record<string, unknown>, body };
      }),
  );
}

/** The statements of checked entries, with the actor and source lookups the views' pure functions take. */
export function statementsWithLookups(entries: readonly CheckedEntry[]) {
  const byId = (collection: string) => new Map(entries.filter((entry) => entry.collection === collection).map((entry) => [entry.id, entry.data]));
  const actors = byId('actors');
  const sources = byId('sources');
  const lookup = <T,>(map: Map<string, Record<string, unknown>>, kind: string) => (id: string): T => {
    const found = map.get(id);
    if (!found) throw new Error(`no ${kind} "${id}" (the content check should have refused this)`);
    return found as T;
  };
  return {
    statements: entries.filter((entry) => entry.collection === 'statements').map((entry) => ({ id: entry.id, data: entry.data as StatementData })),
    actor: lookup<ActorData>(actors, 'actor'),
    source: lookup<SourceData>(sources, 'source'),
  };
}
