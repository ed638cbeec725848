/**
 * `npm run bench`: measurements, not tests. Serves `dist/` (with its
 * `_headers`) and reports, in headless Chromium:
 * - the transfer size of one page of each type (HTML + CSS + JS, gzipped);
 * - what the first search downloads, and how long later searches take.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../src/__e2e__/helpers/browser.ts';
import { representativePages } from '../../src/__e2e__/helpers/dist.ts';
import { startStaticServer } from '../../src/__e2e__/helpers/server.ts';

const dist = path.resolve('dist');
const server = await startStaticServer(dist);
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
const gzipped = (urlPath: string) => {
  const file = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return gzipSync(readFileSync(path.join(dist, decodeURIComponent(file)))).length;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

try {
  console.log('Page weight (HTML + CSS + JS loaded on the page, gzipped):');
  for (const { type, path: pagePath } of representativePages(dist)) {
    const page = await browser.newPage();
    await page.goto(server.origin + pagePath, { waitUntil: 'networkidle' });
    const loaded: string[] = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
    const assets = loaded.filter((resource) => /\.(css|js)$/.test(resource) && !resource.startsWith('/pagefind/'));
    const js = assets.filter((resource) => resource.endsWith('.js'));
    const total = gzipped(pagePath) + assets.reduce((sum, asset) => sum + gzipped(asset), 0);
    console.log(`  ${type.padEnd(24)} ${kb(total).padStart(9)}  (${js.length} script file${js.length === 1 ? '' : 's'}) ${pagePath}`);
    await page.close();
  }

  console.log('\nSearch (Pagefind Component UI on /search/):');
  const page = await browser.newPage();
  let pagefindBytes = 0;
  const counting = { on: false };
  page.on('response', async (response) => {
    if (!counting.on || !new URL(response.url()).pathname.startsWith('/pagefind/')) return;
    pagefindBytes += (await response.body().catch(() => Buffer.alloc(0))).length;
  });
  await page.goto(`${server.origin}/search/`, { waitUntil: 'networkidle' });
  await page.locator('[data-search-ready]').waitFor();
  // Run one search through the UI's instance and time until its results arrive.
  const timeSearch = (term: string) =>
    page.evaluate(
      (searchTerm) =>
        new Promise<number>((resolve) => {
          const components = (window as unknown as { PagefindComponents: { getInstanceManager(): { getInstance(name: string): { on(event: string, cb: () => void): void; triggerSearch(term: string): void } } } }).PagefindComponents;
          const instance = components.getInstanceManager().getInstance('default');
          const started = performance.now();
          let done = false;
          instance.on('results', () => {
            if (done) return;
            done = true;
            resolve(performance.now() - started);
          });
          instance.triggerSearch(searchTerm);
        }),
      term,
    );
  counting.on = true;
  const first = await timeSearch('caves');
  await page.waitForLoadState('networkidle');
  counting.on = false;
  console.log(`  first query ("caves"): ${first.toFixed(0)} ms, downloaded ${kb(pagefindBytes)} of Pagefind files (uncompressed bodies)`);
  const terms = ['internal matter', 'Tora Bora', 'full force', 'graveyard', 'brotherly countries', 'war economy', 'Qatar', 'TTP', 'deep into Afghanistan', 'warmongers', 'resolve', 'border', 'talks', 'Kabul', 'Taliban regime', 'spokesperson', 'Istanbul', 'strike', 'truce', 'peace'];
  const times: number[] = [];
  for (const term of terms) times.push(await timeSearch(term));
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  console.log(`  later queries (${times.length}): median ${median.toFixed(1)} ms, slowest ${(times.at(-1) ?? 0).toFixed(1)} ms`);
} finally {
  await browser.close();
  await server.close();
}
