/**
 * What the build produced: its HTML pages, their URL paths, one page per page
 * type. Everything is read from `dist/`, so new pages and new kinds of page
 * are covered without touching the tests.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { listBuiltFiles, urlOfFile } from '../../lib/build/url-manifest.ts';

/**
 * The built site. `E2E_DIST` points the suite at another build (e.g. a copy
 * with a page broken on purpose, to see a test fail).
 */
export function distDir(): string {
  return path.resolve(process.env['E2E_DIST'] ?? path.resolve(import.meta.dirname, '../../../dist'));
}

/** Every HTML file of the build, relative to it with `/` separators, sorted; Pagefind's `pagefind/` excluded. */
export function listHtmlFiles(root: string = distDir()): string[] {
  return listBuiltFiles(root)
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => /\.html?$/i.test(file) && !file.startsWith('pagefind/'));
}

/** The URL path a built file is served at: `index.html` → `/`, `a/b/index.html` → `/a/b/`, `404.html` → `/404.html`. */
export const urlPathForFile = urlOfFile;

/** URL paths of all pages of the build, sorted. */
export function listPagePaths(root: string = distDir()): string[] {
  return listHtmlFiles(root).map(urlPathForFile);
}

/**
 * The page type of a URL path: its first segment, then one marker per deeper
 * segment: `:n` for a number (a page of a paginated list), `:x` otherwise.
 *
 *     /                          → /
 *     /404.html                  → /404.html
 *     /statements/               → /statements/
 *     /statements/asif-warns/    → /statements/:x/
 *     /statements/2/             → /statements/:n/
 *     /talks/istanbul/round-2/   → /talks/:x/:x/
 */
export function pageType(urlPath: string): string {
  const segments = urlPath.split('/').filter((segment) => segment !== '');
  const [first, ...rest] = segments;
  if (first === undefined) return '/';
  const trailing = urlPath.endsWith('/') ? '/' : '';
  if (rest.length === 0) return `/${first}${trailing}`;
  return `/${first}/${rest.map((segment) => (/^\d+$/.test(segment) ? ':n' : ':x')).join('/')}${trailing}`;
}

export interface RepresentativePage {
  type: string;
  path: string;
  /** How many pages of the build share the type. */
  count: number;
}

/**
 * One page per page type, sorted by type. The representative is the largest
 * page of its type (the most content, so the most for a check to look at);
 * ties go to the first path in sort order.
 */
export function representativePages(root: string = distDir()): RepresentativePage[] {
  const groups = new Map<string, Array<{ path: string; size: number }>>();
  for (const file of listHtmlFiles(root)) {
    const urlPath = urlPathForFile(file);
    const type = pageType(urlPath);
    const group = groups.get(type) ?? [];
    group.push({ path: urlPath, size: statSync(path.join(root, file)).size });
    groups.set(type, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([type, group]) => {
      const best = group.reduce((a, b) => (b.size > a.size || (b.size === a.size && b.path < a.path) ? b : a));
      return { type, path: best.path, count: group.length };
    });
}

/**
 * The pages the browser tests visit: one per page type, or every page when
 * `E2E_ALL_PAGES=1`.
 */
export function pagesToVisit(root: string = distDir()): RepresentativePage[] {
  if (process.env['E2E_ALL_PAGES'] === '1') {
    return listPagePaths(root).map((urlPath) => ({ type: pageType(urlPath), path: urlPath, count: 1 }));
  }
  return representativePages(root);
}

/**
 * The public origin of the site (e.g. `https://example.org`), from the first
 * `<link rel="canonical">` found in the build, or undefined when no page has one.
 */
export function siteOrigin(root: string = distDir()): string | undefined {
  for (const file of listHtmlFiles(root)) {
    const href = canonicalHref(readFileSync(path.join(root, file), 'utf8'));
    if (href !== undefined) {
      try {
        return new URL(href).origin;
      } catch {
        // A relative or malformed canonical URL says nothing about the origin; keep looking.
      }
    }
  }
  return undefined;
}

/** The href of the document's `<link rel="canonical">`, if any. */
export function canonicalHref(html: string): string | undefined {
  let href: string | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const rel = (attributes['rel'] ?? '').toLowerCase().split(/\s+/);
        if (href === undefined && name === 'link' && rel.includes('canonical') && attributes['href']) {
          href = attributes['href'];
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true, lowerCaseTags: true },
  );
  parser.end(html);
  return href;
}

/** Fails with the command to run when the build is missing. */
export function assertBuilt(root: string = distDir()): void {
  if (!existsSync(root) || listHtmlFiles(root).length === 0) {
    throw new Error(`No built site in ${root}: run \`npm run build\` first.`);
  }
}
