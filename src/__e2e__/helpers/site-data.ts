/**
 * The published data files of the build, as the oracle for page tests: what
 * a page shows is checked against what the content says, never against
 * strings copied into the test.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { distDir } from './dist.ts';

export interface PublishedStatement {
  id: string;
  url: string;
  kind: 'direct-quote' | 'paraphrase';
  summary: string;
  added: string;
  changed: string | null;
  speaker: { id: string; name: string; url: string };
  renderings: {
    source: { id: string; url: string };
    quotes: string[];
    attribution: string | null;
    hedge: string | null;
    via: { id: string; name: string; url: string } | null;
    shown: string;
    wordsBy: 'speaker' | 'source';
  }[];
}

export interface PublishedActor {
  id: string;
  name: string;
  kind: string;
  role: string | null;
  statements: { id: string }[];
}

const read = <T>(name: string, key: string): T[] => JSON.parse(readFileSync(path.join(distDir(), 'data', `${name}.json`), 'utf8'))[key];

/** How many entries a data file holds. */
export const publishedCount = (name: 'statements' | 'actors' | 'talks' | 'events' | 'sources'): number =>
  JSON.parse(readFileSync(path.join(distDir(), 'data', `${name}.json`), 'utf8')).count;

export const publishedStatements = () => read<PublishedStatement>('statements', 'statements');
export const publishedActors = () => read<PublishedActor>('actors', 'actors');

/** `https://site/statements/x/` → `/statements/x/`. */
export const pathOf = (url: string) => new URL(url).pathname;
