/**
 * The site's own dates of every entry page, read from the entries'
 * frontmatter (`added`, `changed`): the sitemap's `lastmod`. Reads only the
 * YAML, not the whole content check. Used by astro.config.mjs; runs in Node.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEntryFile } from '../content-files/frontmatter.ts';
import { urls } from '../routes/urls.ts';

const PAGE_OF: Record<string, (id: string) => string> = {
  statements: urls.statement,
  actors: (id) => urls.speaker(id),
  sources: urls.source,
  talks: (id) => urls.talks(id),
  events: (id) => urls.event(id),
};

/** The page path of each entry → the day it last changed on this site (or was added). */
export function entryPageDates(contentDir: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const [folder, pageOf] of Object.entries(PAGE_OF)) {
    let names: string[];
    try {
      names = readdirSync(path.join(contentDir, folder)).filter((name) => name.endsWith('.mdx'));
    } catch {
      continue;
    }
    for (const name of names) {
      const { data } = parseEntryFile(readFileSync(path.join(contentDir, folder, name), 'utf8'));
      const { added, changed } = (data ?? {}) as { added?: unknown; changed?: unknown };
      const day = typeof changed === 'string' ? changed : typeof added === 'string' ? added : undefined;
      if (day) dates.set(pageOf(name.slice(0, -'.mdx'.length)), day);
    }
  }
  return dates;
}
