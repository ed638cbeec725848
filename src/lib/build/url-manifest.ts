/**
 * The contract that published links never break. `published-urls.json` lists
 * every URL the site has ever published; the manifest test fails when one no
 * longer resolves in the build (unless a redirect sends it to a live page).
 * `npm run urls:update` adds the URLs of a new build; nothing removes them.
 * Used by `npm run urls:update`, the scale bench and the URL manifest e2e test; runs in Node.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pageOfIndex, SPEAKER_PAGE_SIZE } from '../routes/pagination.ts';
import { urls } from '../routes/urls.ts';

/** Files in the build that are not published URLs of their own. */
const NOT_PUBLISHED = [/^\/pagefind\//, /^\/_astro\//, /^\/404\.html$/, /^\/_headers$/, /^\/favicon\.svg$/];

/** The URL path a built file is served at: `x/index.html` → `/x/`. */
export function urlOfFile(relativeFile: string): string {
  const posix = `/${relativeFile.split(path.sep).join('/')}`;
  return posix.endsWith('/index.html') ? posix.slice(0, -'index.html'.length) : posix;
}

/** The built file a URL path is served from; an anchor is ignored. */
export function fileOfUrl(url: string): string {
  const pathname = url.split('#')[0] ?? url;
  return pathname.endsWith('/') ? `${pathname}index.html` : pathname;
}

export function listBuiltFiles(dist: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.push(path.relative(dist, full));
    }
  };
  walk(dist);
  return files;
}

/** The published URLs of a build: every page and data file, plus the given anchors. */
export function publishedUrls(builtFiles: readonly string[], anchors: readonly string[] = []): string[] {
  const pages = builtFiles.map(urlOfFile).filter((url) => !NOT_PUBLISHED.some((pattern) => pattern.test(url)));
  return [...new Set([...pages, ...anchors])].sort();
}

/** The manifest after a build: every URL it had, plus the new ones. Never shrinks. */
export function mergeManifest(existing: readonly string[], current: readonly string[]): string[] {
  return [...new Set([...existing, ...current])].sort();
}

/** The target of an Astro static redirect page (`<meta http-equiv="refresh" content="0;url=/new/">`), or null. */
export function redirectTarget(html: string): string | null {
  const match = /<meta\s+http-equiv="refresh"\s+content="\d+;\s*url=([^"]+)"/i.exec(html);
  return match?.[1] ?? null;
}

/**
 * Each statement's anchor on the page of its speaker's list that holds it:
 * `/speakers/<speaker>/#<statement>` on the first page, `/speakers/<speaker>/page/<n>/#<statement>`
 * after it. `statements` are in the site's order, as in `data/statements.json`.
 */
export function speakerAnchors(statements: readonly { id: string; speaker: { id: string } }[], pageSize = SPEAKER_PAGE_SIZE): string[] {
  const seen = new Map<string, number>();
  return statements.map((statement) => {
    const index = seen.get(statement.speaker.id) ?? 0;
    seen.set(statement.speaker.id, index + 1);
    return urls.speakerStatement(statement.speaker.id, statement.id, pageOfIndex(index, pageSize));
  });
}

/** The anchors a build publishes, read from its own data file (`data/statements.json`). */
export function anchorsOfBuild(dist: string): string[] {
  const file = path.join(dist, 'data', 'statements.json');
  if (!existsSync(file)) return [];
  return speakerAnchors(JSON.parse(readFileSync(file, 'utf8')).statements);
}
