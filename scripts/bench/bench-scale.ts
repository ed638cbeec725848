/**
 * `npm run bench:scale -- <N> [--rounds=R] [--keep]`: a benchmark, not a test.
 *
 * Writes a deterministic synthetic corpus (scripts/bench/synthetic-corpus.ts) into a
 * temporary copy of the project so that it holds N statements in all (the
 * real 30 plus N − 30 synthetic ones), then:
 * - times `npm run check:content`;
 * - builds it with the real `npm run build`, recording wall time, peak memory
 *   (largest process, from /usr/bin/time -v), log size and warnings;
 * - counts pages and files in dist/, and for each kind of page the heaviest
 *   one (gzip bytes) and the one with most DOM elements;
 * - measures search in headless Chromium: bytes and time to the first result
 *   of /search/?q=taliban, then warm query times through Pagefind's JS API;
 * - if the build reports a quote-card step ("quote cards: …"), reports it on
 *   its own and rebuilds with only the card cache kept;
 * - builds the FLOOR: bare Astro rendering the same N statement MDX files into
 *   minimal pages (glob loader, one [id].astro), and prints the ratios. With
 *   `--rounds=R` the rebuild and the floor take turns R times, and the ratios
 *   compare the fastest of each: the floor alone varies by a quarter from run
 *   to run on a shared machine.
 *
 * Leaves nothing behind unless `--keep` (then it prints the folders).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, cpSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../src/__e2e__/helpers/browser.ts';
import { pageType } from '../../src/__e2e__/helpers/dist.ts';
import { startStaticServer } from '../../src/__e2e__/helpers/server.ts';
import { DEFAULT_SCOPE, pagefindFilters } from '../../src/lib/search/state.ts';
import { syntheticCorpus, corpusCounts } from './synthetic-corpus.ts';
import { listBuiltFiles, urlOfFile } from '../../src/lib/build/url-manifest.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const N = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 2000);
const keep = args.includes('--keep');
/** `--rounds=R`: the rebuild and the floor are each timed R times, taking turns. */
const ROUNDS = Math.max(1, Number(/^--rounds=(\d+)$/.exec(args.find((arg) => arg.startsWith('--rounds=')) ?? '')?.[1] ?? 1));
const SEED = 1;
/** Fresh page loads for the first result, and warm-query series, each in a fresh page: one measurement moves by a fifth from run to run on a shared machine. */
const WARM_ROUNDS = 3;
const PROJECT_FILES = ['content', 'src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'published-urls.json'];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const gb = (kbytes: number) => `${(kbytes / 1024 / 1024).toFixed(2)} GB`;
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');

/**
 * node_modules for a copy: a real folder of links to the project's packages,
 * so that Astro's cache (node_modules/.astro) is the copy's own, not shared.
 */
function linkNodeModules(target: string) {
  mkdirSync(path.join(target, 'node_modules'));
  for (const name of readdirSync(path.join(ROOT, 'node_modules'))) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(path.join(ROOT, 'node_modules', name), path.join(target, 'node_modules', name));
  }
}

function writeFiles(root: string, files: Map<string, string>) {
  for (const [file, text] of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
}

interface Run {
  ms: number;
  /** CPU time (user + system) of the command and its children, in ms (0 when unknown): steadier than wall time on a shared machine. */
  cpuMs: number;
  /** Peak resident memory of the largest process, in KB (0 when unknown). */
  peakKb: number;
  status: number;
  log: string;
}

const hasTime = existsSync('/usr/bin/time');

/** Runs a command in `cwd`, timing it and its peak memory; the log goes to a file, not the terminal. */
function measured(cwd: string, command: string[], env: Record<string, string> = {}): Run {
  const timeFile = path.join(cwd, '.time.txt');
  const argv = hasTime ? ['/usr/bin/time', '-v', '-o', timeFile, ...command] : command;
  const started = performance.now();
  const result = spawnSync(argv[0] as string, argv.slice(1), { cwd, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ...env } });
  const ms = performance.now() - started;
  const time = hasTime && existsSync(timeFile) ? readFileSync(timeFile, 'utf8') : '';
  const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(time)?.[1] ?? 0);
  const cpuMs = 1000 * (Number(/User time \(seconds\): ([\d.]+)/.exec(time)?.[1] ?? 0) + Number(/System time \(seconds\): ([\d.]+)/.exec(time)?.[1] ?? 0));
  // eslint-disable-next-line no-control-regex
  const log = `${result.stdout}${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { ms, cpuMs, peakKb, status: result.status ?? 1, log };
}

/** Astro's durations: "820ms", "12.34s", "2m 43s". */
const durationMs = (text: string) => {
  const match = /(?:(\d+)m\s*)?([\d.]+)(ms|s)/.exec(text);
  if (!match) return undefined;
  return Number(match[1] ?? 0) * 60_000 + Number(match[2]) * (match[3] === 's' ? 1000 : 1);
};

/** From Astro's log: its whole build ("N page(s) built in …") and the rendering of the pages ("generating static routes … Completed in …"). */
const renderTime = (log: string) => {
  const total = /(\d+) page\(s\) built in ((?:\d+m\s*)?[\d.]+m?s)/.exec(log);
  const rendering = /generating static routes[\s\S]*?Completed in ((?:\d+m\s*)?[\d.]+m?s)/.exec(log);
  if (!total) return undefined;
  return { pages: Number(total[1]), ms: durationMs(total[2] ?? '') ?? 0, renderMs: rendering ? durationMs(rendering[1] ?? '') : undefined };
};

/** The quote-card step's summary line, if the build has one. */
const quoteCards = (log: string) => /quote cards: .*/.exec(log)?.[0];

interface PageStat {
  type: string;
  path: string;
  gzip: number;
  elements: number;
}

function countElements(html: string): number {
  let count = 0;
  const parser = new Parser({ onopentag: () => count++ });
  parser.write(html);
  parser.end();
  return count;
}

function pageStats(dist: string): PageStat[] {
  return listBuiltFiles(dist)
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .map((file) => {
      const html = readFileSync(path.join(dist, file));
      const urlPath = urlOfFile(file);
      return { type: pageType(urlPath), path: urlPath, gzip: gzipSync(html).length, elements: countElements(html.toString('utf8')) };
    });
}

function countFiles(dir: string): number {
  let count = 0;
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    count += statSync(full).isDirectory() ? countFiles(full) : 1;
  }
  return count;
}

/** Opens a search and waits for its first result: a link in the result list, noted by the page itself the moment it appears. */
async function loadFirstResult(page: Page, url: string): Promise<{ ms: number; epoch: number }> {
  await page.addInitScript(() => {
    const seen = () => document.querySelector('[data-results] a[href], pagefind-results a[href]') !== null;
    new MutationObserver((_changes, observer) => {
      if (!seen()) return;
      (window as unknown as { firstResultAt: number }).firstResultAt = performance.now();
      observer.disconnect();
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto(url);
  await page.waitForFunction(() => 'firstResultAt' in window, undefined, { timeout: 60_000, polling: 10 });
  return page.evaluate(() => {
    const at = (window as unknown as { firstResultAt: number }).firstResultAt;
    return { ms: at, epoch: performance.timeOrigin + at };
  });
}

async function measureSearch(dist: string) {
  const server = await startStaticServer(dist);
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const bodies: { url: string; raw: number; gzip: number; finishedAt: number }[] = [];
    // Every request, a worker's too, with the wall-clock time its response ended.
    page.on('requestfinished', async (request) => {
      const timing = request.timing();
      const response = await request.response();
      const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
      bodies.push({ url: new URL(request.url()).pathname, raw: body.length, gzip: Math.min(body.length, gzipSync(body).length), finishedAt: timing.startTime + timing.responseEnd });
    });
    const firstResult = await loadFirstResult(page, `${server.origin}/search/?q=taliban`);
    const firstResultEpoch = firstResult.epoch;
    await page.waitForLoadState('networkidle');
    const beforeFirst = bodies.filter((body) => body.finishedAt <= firstResultEpoch);
    const firstGzip = beforeFirst.reduce((sum, body) => sum + body.gzip, 0);
    const firstList = beforeFirst.map((body) => `${body.url} ${kb(body.gzip)}`).join(', ');
    const later = bodies.filter((body) => body.finishedAt > firstResultEpoch).map((body) => `${body.url} ${kb(body.gzip)}`).join(', ');
    const raw = bodies.reduce((sum, body) => sum + body.raw, 0);
    const gzip = bodies.reduce((sum, body) => sum + body.gzip, 0);
    const pagefind = bodies.filter((body) => body.url.startsWith('/pagefind/')).reduce((sum, body) => sum + body.gzip, 0);

    // Time to the first result, in fresh pages with nothing listening: reading every response body (above) slows the page
    // by a quarter, so the bytes come from that load and the time from these.
    const firstResultTimes: number[] = [];
    for (let round = 0; round < WARM_ROUNDS; round++) {
      const fresh = await browser.newPage();
      try {
        firstResultTimes.push((await loadFirstResult(fresh, `${server.origin}/search/?q=taliban`)).ms);
      } finally {
        await fresh.close();
      }
    }
    const firstResultMs = median(firstResultTimes);
    // Warm queries: through Pagefind's JS API on the search page's own instance, with the filters the page passes for its
    // default scope, so they measure the engine as readers get it, not the UI. Each word: loading its index (the page does
    // this while the reader types), then the search and the first result's data. The series runs WARM_ROUNDS times, each in
    // a fresh page with nothing else listening (the byte counter above slows the page), and every sample counts.
    const terms = ['border', 'talks', 'ceasefire', 'Kabul', 'strike', 'trade', 'mediators', 'sovereignty', 'war economy', 'peace', 'drones', 'refugees', 'TTP', 'Istanbul', 'caves'];
    const filters = pagefindFilters({ term: '', filters: {}, scope: DEFAULT_SCOPE });
    const times: { preload: number; search: number }[] = [];
    const roundMedians: number[] = [];
    for (let round = 0; round < WARM_ROUNDS; round++) {
      const fresh = await browser.newPage();
      try {
        await fresh.goto(`${server.origin}/search/`);
        await fresh.locator('[data-search-ready]').waitFor({ timeout: 60_000 });
        const series: { preload: number; search: number }[] = await fresh.evaluate(async ([words, options]) => {
          const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
          const result: { preload: number; search: number }[] = [];
          await pagefind.search('pakistan', { filters: options }); // warm-up: the engine and its first index chunks load here
          for (const word of words) {
            const started = performance.now();
            await pagefind.preload(word, { filters: options });
            const preloaded = performance.now();
            const search = await pagefind.search(word, { filters: options });
            if (search.results[0]) await search.results[0].data();
            result.push({ preload: preloaded - started, search: performance.now() - preloaded });
          }
          return result;
        }, [terms, filters] as const);
        times.push(...series);
        roundMedians.push(median(series.map((time) => time.search)));
      } finally {
        await fresh.close();
      }
    }
    const cold = times.map((time) => time.preload + time.search);
    return {
      raw, gzip, pagefind, firstGzip, firstList, later, firstResultMs, firstResultTimes,
      warmMedian: median(cold), warmMax: Math.max(...cold),
      searchMedian: median(times.map((time) => time.search)), preloadMedian: median(times.map((time) => time.preload)), roundMedians, samples: terms.length,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The floor: bare Astro, the same statement MDX files, one minimal page each. */
function writeFloor(floor: string, statementsDir: string) {
  mkdirSync(path.join(floor, 'src/pages/statements'), { recursive: true });
  linkNodeModules(floor);
  cpSync(statementsDir, path.join(floor, 'content/statements'), { recursive: true });
  writeFileSync(path.join(floor, 'package.json'), JSON.stringify({ name: 'floor', private: true, type: 'module' }));
  writeFileSync(
    path.join(floor, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()] });\n",
  );
  writeFileSync(
    path.join(floor, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { statements: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/statements' }) }) };\n",
  );
  writeFileSync(
    path.join(floor, 'src/pages/statements/[id].astro'),
    [
      '---',
      "import { getCollection, render } from 'astro:content';",
      'export async function getStaticPaths() {',
      "  return (await getCollection('statements')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));",
      '}',
      'const { entry } = Astro.props;',
      'const { Content } = await render(entry);',
      '---',
      '<html lang="en"><head><meta charset="utf-8"><title>{entry.id}</title></head><body><h1>{entry.id}</h1><Content /></body></html>',
      '',
    ].join('\n'),
  );
}

const work = mkdtempSync(path.join(os.tmpdir(), `bench-scale-${N}-`));
const project = path.join(work, 'project');
const floor = path.join(work, 'floor');
try {
  mkdirSync(project);
  for (const entry of PROJECT_FILES) cpSync(path.join(ROOT, entry), path.join(project, entry), { recursive: true });
  linkNodeModules(project);
  const real = readdirSync(path.join(ROOT, 'content/statements')).filter((file) => file.endsWith('.mdx')).length;
  const synthetic = Math.max(0, N - real);
  // Filed under the real talks and events, as most real statements are.
  const idsIn = (folder: string) => readdirSync(path.join(ROOT, 'content', folder)).filter((file) => file.endsWith('.mdx')).map((file) => file.replace(/\.mdx$/, ''));
  writeFiles(project, syntheticCorpus({ statements: synthetic, seed: SEED, talks: idsIn('talks'), events: idsIn('events') }));
  const counts = corpusCounts(synthetic);
  console.log(`bench:scale N=${N}: ${real} real + ${synthetic} synthetic statements, ${counts.sources} synthetic sources, ${counts.speakers} synthetic speakers (seed ${SEED})`);
  console.log(`machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${gb(os.totalmem() / 1024)} RAM, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(`work folder: ${work}\n`);

  const check = measured(project, ['npm', 'run', '--silent', 'check:content']);
  console.log(`check:content    ${seconds(check.ms)} (CPU ${seconds(check.cpuMs)}) ${check.status === 0 ? '' : '(FAILED)\n' + check.log}`);

  const build = measured(project, ['npm', 'run', '--silent', 'build']);
  if (build.status !== 0) {
    console.log(build.log.split('\n').slice(-40).join('\n'));
    throw new Error('the build failed');
  }
  const dist = path.join(project, 'dist');
  const logLines = build.log.split('\n').filter((line) => line.trim() !== '');
  const warnings = logLines.filter((line) => /warn|\[WARN\]|▲/i.test(line));
  const rendered = renderTime(build.log);
  console.log(`build            ${seconds(build.ms)} (CPU ${seconds(build.cpuMs)}), peak memory ${gb(build.peakKb)}${rendered ? `; Astro ${seconds(rendered.ms)} for ${rendered.pages} pages${rendered.renderMs ? `, of which rendering ${seconds(rendered.renderMs)}` : ''}` : ''}`);
  const pagefindSeconds = /Finished in ([\d.]+) seconds/.exec(build.log)?.[1];
  if (pagefindSeconds) console.log(`                 of which Pagefind indexing ${Number(pagefindSeconds).toFixed(1)} s`);
  console.log(`build log        ${logLines.length} lines, ${warnings.length} warning lines`);
  for (const line of warnings.slice(0, 5)) console.log(`                 ${line.slice(0, 160)}`);
  const cards = quoteCards(build.log);
  console.log(`quote cards      ${cards ?? 'no quote-card step in this build'}`);

  const stats = pageStats(dist);
  const files = countFiles(dist);
  const pagefindFiles = existsSync(path.join(dist, 'pagefind')) ? countFiles(path.join(dist, 'pagefind')) : 0;
  console.log(`dist/            ${stats.length} pages, ${files} files (${pagefindFiles} of them Pagefind's)`);

  console.log('\nHeaviest page of each kind (target: ≤ 30 KB gzip, ≤ 1,500 elements):');
  const types = [...new Set(stats.map((stat) => stat.type))].sort();
  let over = 0;
  for (const type of types) {
    const group = stats.filter((stat) => stat.type === type);
    const heaviest = group.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    const busiest = group.reduce((a, b) => (b.elements > a.elements ? b : a));
    const flag = heaviest.gzip > 30 * 1024 || busiest.elements > 1500 ? '  OVER' : '';
    if (flag) over++;
    console.log(
      `  ${type.padEnd(26)} ${String(group.length).padStart(6)} pages  ${kb(heaviest.gzip).padStart(9)} ${heaviest.path.slice(0, 48).padEnd(48)} ${String(busiest.elements).padStart(6)} el. ${busiest.path.slice(0, 48)}${flag}`,
    );
  }
  console.log(`  ${over === 0 ? 'every kind within the targets' : `${over} kind(s) over a target`}`);

  const search = await measureSearch(dist);
  console.log('\nSearch (/search/?q=taliban in headless Chromium, served from localhost without compression):');
  console.log(`  first search     ${kb(search.gzip)} gzip-equivalent (${kb(search.pagefind)} of it Pagefind's; ${kb(search.raw)} uncompressed), first result ${search.firstResultMs.toFixed(0)} ms after navigation (median of ${search.firstResultTimes.map((ms) => ms.toFixed(0)).join(', ')} ms, each in a fresh page without the byte counter)`);
  console.log(`  before the first result ${kb(search.firstGzip)}: ${search.firstList}`);
  console.log(`  after it (until the network is idle): ${search.later || 'nothing'}`);
  console.log(`  warm queries     median ${search.warmMedian.toFixed(1)} ms, slowest ${search.warmMax.toFixed(1)} ms (Pagefind JS API: the word's index, then search + first result's data)`);
  console.log(`                   of which loading the word's index (the page does it while the reader types) median ${search.preloadMedian.toFixed(1)} ms; search + first result's data once it is loaded median ${search.searchMedian.toFixed(1)} ms`);
  console.log(`                   ${WARM_ROUNDS} series of ${search.samples} words, each in a fresh page, with the page's own filters; medians of each series once loaded: ${search.roundMedians.map((ms) => `${ms.toFixed(1)} ms`).join(', ')}`);

  /** Before a timed build: its output and every cache removed except the quote cards'. */
  const clearOutputAndCaches = (dir: string) => {
    rmSync(path.join(dir, 'dist'), { recursive: true, force: true });
    rmSync(path.join(dir, '.astro'), { recursive: true, force: true });
    const cacheDir = path.join(dir, 'node_modules/.astro');
    if (existsSync(cacheDir)) for (const name of readdirSync(cacheDir)) if (!/card/i.test(name)) rmSync(path.join(cacheDir, name), { recursive: true, force: true });
  };
  // The rebuild and the floor take turns, ROUNDS times; the ratios compare the fastest of each, since a shared machine only ever adds time.
  const rebuilds: Run[] = [];
  const floors: Run[] = [];
  mkdirSync(floor);
  writeFloor(floor, path.join(project, 'content/statements'));
  for (let round = 1; round <= ROUNDS; round++) {
    const of = ROUNDS > 1 ? ` (round ${round} of ${ROUNDS})` : '';
    if (cards) {
      // A rebuild with only the quote-card cache warm: dist/ and every other cache removed.
      clearOutputAndCaches(project);
      const run = measured(project, ['npm', 'run', '--silent', 'build']);
      rebuilds.push(run);
      console.log(`\nrebuild (card cache warm)${of} ${seconds(run.ms)} (CPU ${seconds(run.cpuMs)}), peak memory ${gb(run.peakKb)}; ${quoteCards(run.log) ?? ''}`);
    }
    clearOutputAndCaches(floor);
    const run = measured(floor, ['npx', 'astro', 'build']);
    if (run.status !== 0) {
      console.log(run.log.split('\n').slice(-30).join('\n'));
      throw new Error('the floor build failed');
    }
    floors.push(run);
    const runRendered = renderTime(run.log);
    const floorPages = listBuiltFiles(path.join(floor, 'dist')).filter((file) => file.endsWith('.html')).length;
    console.log(`\nFLOOR${of} (bare Astro, same ${N} MDX statements, glob loader, one [id].astro): ${seconds(run.ms)} (CPU ${seconds(run.cpuMs)}), peak memory ${gb(run.peakKb)}, ${floorPages} pages${runRendered ? `; Astro ${seconds(runRendered.ms)}${runRendered.renderMs ? `, of which rendering ${seconds(runRendered.renderMs)}` : ''}` : ''}`);
  }
  const fastest = (runs: Run[]) => runs.reduce((best, run) => (run.ms < best.ms ? run : best));
  const rebuild = rebuilds.length > 0 ? fastest(rebuilds) : undefined;
  const floorBuild = fastest(floors);
  const floorRendered = renderTime(floorBuild.log);

  const compared = rebuild ?? build;
  if (ROUNDS > 1 && rebuild) console.log(`\nEach round's rebuild ÷ floor (wall): ${rebuilds.map((run, index) => ratio(run.ms, floors[index]!.ms)).join(', ')}`);
  console.log(`\nRatios to the floor${ROUNDS > 1 ? `, fastest of ${ROUNDS} rounds each` : ''} (targets: rebuild ≤ 1.5×, memory ≤ 1.2×):`);
  console.log(`  build CPU time   ${ratio(build.cpuMs, floorBuild.cpuMs)}${rebuild ? `; rebuild ${ratio(rebuild.cpuMs, floorBuild.cpuMs)}` : ''}`);
  console.log(`  build time       ${ratio(build.ms, floorBuild.ms)}${rebuild ? `; rebuild with card cache ${ratio(rebuild.ms, floorBuild.ms)}` : ' (no card step: the rebuild is the build)'}`);
  console.log(`  peak memory      ${ratio(compared.peakKb, floorBuild.peakKb)}`);
  if (rendered && floorRendered) console.log(`  Astro build      ${ratio(rendered.ms, floorRendered.ms)}`);
  if (rendered?.renderMs && floorRendered?.renderMs) console.log(`  page rendering   ${ratio(rendered.renderMs, floorRendered.renderMs)}`);
  console.log('\nOther targets:');
  console.log(`  check:content    ${seconds(check.ms)}, CPU ${seconds(check.cpuMs)} (≤ 5 s)`);
  console.log(`  dist/ files      ${files} (≤ 20,000)`);
  console.log(`  first search     ${kb(search.firstGzip)} before the first result, ${kb(search.gzip)} in all (≤ 150 KB), first result ${search.firstResultMs.toFixed(0)} ms (≤ 1,000 ms), warm median ${search.warmMedian.toFixed(1)} ms, ${search.searchMedian.toFixed(1)} ms after the typing pause (≤ 50 ms)`);
} finally {
  if (keep) console.log(`\nkept: ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
