/**
 * What the importer needs to know of the site: its actors (to name speakers),
 * its statements (to find one reported again), its sources (to refuse an id in
 * use, or an article already imported) and the ids every collection uses,
 * published or draft. Read straight from the entry files' frontmatter, without
 * the full content check, so it stays quick at 10,000 statements.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEntryFile } from '../content-files/frontmatter.ts';
import type { ExistingStatement } from './merge.ts';
import type { ActorEntry } from './speakers.ts';

export interface SiteContent {
  actors: (ActorEntry & { draft: boolean })[];
  statements: (ExistingStatement & { draft: boolean })[];
  /** Source id → its text and the file it was received as. */
  sources: Map<string, { text: string; receivedAs?: string; draft: boolean }>;
  /** Ids of every entry file, parsed or not, so a new id never collides with a broken entry either. */
  ids: { statements: Set<string>; actors: Set<string> };
}

const entryFiles = (folder: string) => (existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.mdx')) : []);

function readData(file: string): Record<string, unknown> | undefined {
  try {
    return parseEntryFile(readFileSync(file, 'utf8')).data as Record<string, unknown>;
  } catch {
    return undefined; // a broken entry is the content check's to report; the importer only needs the good ones
  }
}

export function loadSiteContent(contentDir: string): SiteContent {
  const site: SiteContent = { actors: [], statements: [], sources: new Map(), ids: { statements: new Set(), actors: new Set() } };
  for (const draft of [false, true]) {
    const base = draft ? path.join(contentDir, 'drafts') : contentDir;
    for (const name of entryFiles(path.join(base, 'actors'))) {
      const id = name.slice(0, -4);
      site.ids.actors.add(id);
      const data = readData(path.join(base, 'actors', name));
      if (data && typeof data.name === 'string') site.actors.push({ ...(data as unknown as ActorEntry), id, draft });
    }
    for (const name of entryFiles(path.join(base, 'statements'))) {
      const id = name.slice(0, -4);
      site.ids.statements.add(id);
      const data = readData(path.join(base, 'statements', name));
      if (data && typeof data.speaker === 'string' && Array.isArray(data.renderings)) {
        site.statements.push({ id, speaker: data.speaker, kind: String(data.kind), renderings: data.renderings as ExistingStatement['renderings'], draft });
      }
    }
    for (const name of entryFiles(path.join(base, 'sources'))) {
      const id = name.slice(0, -4);
      const textFile = path.join(base, 'sources', `${id}.txt`);
      const data = readData(path.join(base, 'sources', name));
      const receivedAs = typeof data?.receivedAs === 'string' ? data.receivedAs : undefined;
      site.sources.set(id, { text: existsSync(textFile) ? readFileSync(textFile, 'utf8') : '', ...(receivedAs ? { receivedAs } : {}), draft });
    }
  }
  // Renderings waiting in drafts count as the statement's, so importing the same article twice drafts nothing new.
  const renderings = path.join(contentDir, 'drafts', 'renderings');
  for (const name of entryFiles(renderings)) {
    const data = readData(path.join(renderings, name));
    const statement = site.statements.find((each) => each.id === data?.statement);
    const rendering = data?.rendering as ExistingStatement['renderings'][number] | undefined;
    if (statement && rendering) statement.renderings = [...statement.renderings, rendering];
  }
  return site;
}
