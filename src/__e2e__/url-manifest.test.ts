/**
 * Links never break: every URL ever published still resolves in the build,
 * directly or through a redirect to a live page, anchors included.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { anchorsOfBuild, fileOfUrl, listBuiltFiles, publishedUrls, redirectTarget } from '../lib/build/url-manifest.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = inject('distDir');
const manifest: string[] = JSON.parse(readFileSync(path.join(ROOT, 'published-urls.json'), 'utf8'));

const builtHtml = (url: string) => {
  const file = path.join(DIST, fileOfUrl(url));
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
};

/** Follows Astro's static redirect pages to the page that finally answers. */
function resolve(url: string, seen: string[] = []): { url: string; html: string } | null {
  if (seen.includes(url) || seen.length > 5) return null;
  const html = builtHtml(url);
  if (html === null) return null;
  const target = redirectTarget(html);
  return target ? resolve(new URL(target, `https://site.invalid${url}`).pathname, [...seen, url]) : { url, html };
}

describe('published-urls.json', () => {
  it('lists URLs', () => {
    expect(manifest.length).toBeGreaterThan(50);
  });

  it.each(manifest)('%s still resolves', (url) => {
    const page = resolve(url.split('#')[0] ?? url);
    expect(page, `${url} no longer resolves in dist/: restore it or add a redirect in astro.config.mjs`).not.toBeNull();
    const anchor = url.split('#')[1];
    if (!anchor || !page || page.html.includes(`id="${anchor}"`)) return;
    // A statement that moved to another page of its speaker's list: the page's fallback sends the anchor to the statement's own page.
    expect(page.html, `${url}: the anchor #${anchor} is gone`).toContain('data-anchor-fallback');
    expect(resolve(`/statements/${anchor}/`), `${url}: the anchor #${anchor} is gone and is not a statement`).not.toBeNull();
  });

  it('includes every URL of the current build (run `npm run urls:update` after adding pages)', () => {
    const missing = publishedUrls(listBuiltFiles(DIST), anchorsOfBuild(DIST)).filter((url) => !manifest.includes(url));
    expect(missing).toEqual([]);
  });
});
