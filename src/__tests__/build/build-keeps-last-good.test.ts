/**
 * `npm run build` with broken content fails, names the problem and nothing
 * else, and leaves the last good `dist/` exactly as it was; with good content
 * its log is short (no warnings, no line per page unless asked for). Runs the
 * real build script in a throw-away copy of the project (node_modules linked,
 * not copied).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../../scripts/bench/synthetic-corpus.ts';
import { listBuiltFiles, urlOfFile } from '../../lib/build/url-manifest.ts';
import { TALKS_PAGE_SIZE } from '../../lib/routes/pagination.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const project = mkdtempSync(path.join(os.tmpdir(), 'broken-build-'));
const statement = path.join(project, 'content/statements/asif-caves-warning.mdx');
let good = '';
beforeAll(() => {
  for (const entry of ['content', 'src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(path.join(ROOT, entry), path.join(project, entry), { recursive: true });
  }
  // A folder of links rather than one link, so Astro's cache (node_modules/.astro) stays in the copy.
  mkdirSync(path.join(project, 'node_modules'));
  for (const name of readdirSync(path.join(ROOT, 'node_modules')).filter((name) => name !== '.astro' && name !== '.vite')) {
    symlinkSync(path.join(ROOT, 'node_modules', name), path.join(project, 'node_modules', name));
  }
  good = readFileSync(statement, 'utf8');
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

const build = (...args: string[]) => spawnSync(process.execPath, ['scripts/build.ts', ...args], { cwd: project, encoding: 'utf8', env: { ...process.env, BUILD_PAGES: '' } });

describe('a failed build', () => {
  it('prints the problems and the "left as it was" line, nothing else, and leaves the last good dist/ untouched', { timeout: 120_000 }, () => {
    mkdirSync(path.join(project, 'dist'));
    writeFileSync(path.join(project, 'dist', 'index.html'), 'last good build');
    writeFileSync(statement, good.replace('speaker: "khawaja-asif"', 'speaker: "nobody"'));

    const result = build();

    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      'The content check found 1 problem(s):',
      '  content/statements/asif-caves-warning.mdx › speaker: "nobody" is not an entry of actors (no content/actors/nobody.mdx)',
      '',
      'Build failed: dist/ was left as it was.',
    ]);
    expect(readFileSync(path.join(project, 'dist', 'index.html'), 'utf8')).toBe('last good build');
    expect(readdirSync(path.join(project, 'dist'))).toEqual(['index.html']);
    expect(readdirSync(project).filter((name) => name.startsWith('.dist'))).toEqual([]);
  });
});

const elementsIn = (html: string) => {
  let count = 0;
  const parser = new Parser({ onopentag: () => count++ });
  parser.write(html);
  parser.end();
  return count;
};

const idsIn = (folder: string) => readdirSync(path.join(ROOT, 'content', folder)).filter((file) => file.endsWith('.mdx')).map((file) => file.replace(/\.mdx$/, ''));
/** The text of a built page, its markup between tags folded to spaces. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('a successful build, with 300 synthetic statements beside the real ones', () => {
  it('logs no warnings and no line per page unless --pages asks for them; lists are split and no page is over 30 KB gzip or 1,500 elements', { timeout: 300_000 }, () => {
    writeFileSync(statement, good);
    // Filed under the real talks and events; seed 2 gives the Pakistan body 29 statements by its members and the observers' body 24.
    for (const [file, text] of syntheticCorpus({ statements: 300, seed: 2, talks: idsIn('talks'), events: idsIn('events') })) {
      mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
      writeFileSync(path.join(project, file), text);
    }
    // A draft waiting for review: checked, never built, and the log says so.
    mkdirSync(path.join(project, 'content/drafts/statements'), { recursive: true });
    writeFileSync(path.join(project, 'content/drafts/statements/asif-draft-waiting.mdx'), good.replace(/^summary: .*\n/m, ''));
    const quiet = build();
    expect(quiet.status, quiet.stderr).toBe(0);
    const log = `${quiet.stdout}${quiet.stderr}`;
    expect(log).toContain('1 draft in content/drafts/ checked and left out of the build');
    expect(existsSync(path.join(project, 'dist/statements/asif-draft-waiting'))).toBe(false);
    expect(readFileSync(path.join(project, 'dist/data/statements.json'), 'utf8')).not.toContain('asif-draft-waiting');
    expect(log).not.toMatch(/\[WARN\]|warning/i);
    expect(log).not.toContain('/statements/asif-caves-warning/index.html');
    expect(log).toContain('Built dist/');
    expect(log.split('\n').length).toBeLessThan(60);
    expect(existsSync(path.join(project, 'dist/statements/asif-caves-warning/index.html'))).toBe(true);

    const dist = path.join(project, 'dist');
    const pages = listBuiltFiles(dist).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'));
    const heavy = pages
      .map((file) => ({ url: urlOfFile(file), html: readFileSync(path.join(dist, file)) }))
      .map(({ url, html }) => ({ url, gzip: gzipSync(html).length, elements: elementsIn(html.toString('utf8')) }))
      .filter((page) => page.gzip > 30 * 1024 || page.elements > 1500);
    expect(heavy).toEqual([]);
    // The lists that grow with the corpus have more than one page at this size.
    for (const second of ['timeline/page/2/index.html', 'statements/page/2/index.html', 'speakers/syn-speaker-001/page/2/index.html', 'talks/istanbul-talks/page/2/index.html']) {
      expect(existsSync(path.join(dist, second)), second).toBe(true);
    }
    expect(idsIn('events').some((id) => existsSync(path.join(dist, `events/${id}/page/2/index.html`)))).toBe(true);

    // The talks' statements, TALKS_PAGE_SIZE a page under the story, each page saying which ones it shows and linking to its neighbours.
    const talksPage = (n: number) => readFileSync(path.join(dist, n === 1 ? 'talks/istanbul-talks/index.html' : `talks/istanbul-talks/page/${n}/index.html`), 'utf8');
    const cards = (html: string) => html.match(/<li class="statement-card/g)?.length ?? 0;
    const talksTotal = Number(/Statements about the talks \((\d+)\)/.exec(textOf(talksPage(1)))?.[1]);
    expect(talksTotal).toBeGreaterThan(50);
    expect(cards(talksPage(1))).toBe(TALKS_PAGE_SIZE);
    expect(textOf(talksPage(2))).toContain(`Statements about the talks (${talksTotal}): ${TALKS_PAGE_SIZE + 1}–${2 * TALKS_PAGE_SIZE}`);
    expect(talksPage(1)).toContain('href="/talks/istanbul-talks/page/2/#statements"');
    expect(talksPage(2)).toContain('href="/talks/istanbul-talks/#statements"');
    // Only page 1 is the talks' search entry.
    expect(talksPage(1)).toContain('data-pagefind-body');
    expect(talksPage(2)).not.toContain('data-pagefind-body');

    // A body's members' statements: the first 25, and a search for all of them, one speaker parameter per member who speaks.
    const members = (id: string) => {
      const html = readFileSync(path.join(dist, `speakers/${id}/index.html`), 'utf8');
      const section = html.slice(html.indexOf('id="by-members"'));
      return { text: textOf(section), cards: cards(section.slice(0, section.indexOf('</section>'))), html: section };
    };
    const pakistan = members('syn-body-pakistan');
    expect(pakistan.text).toContain('Statements by its members (29)');
    expect(pakistan.text).toContain('The first 25 of 29, in the order the sources report them.');
    expect(pakistan.cards).toBe(25);
    const search = /href="(\/search\/\?[^"]+)"/.exec(pakistan.html)?.[1]?.replaceAll('&amp;', '&') ?? '';
    expect(new URLSearchParams(search.slice('/search/?'.length)).getAll('speaker').sort()).toEqual(['syn-speaker-008', 'syn-speaker-009']);
    const observers = members('syn-body-observers');
    expect(observers.text).toContain('Statements by its members (24)');
    expect(observers.text).not.toContain('The first');
    expect(observers.cards).toBe(24);

    const verbose = build('--pages');
    expect(verbose.status, verbose.stderr).toBe(0);
    expect(verbose.stdout).toContain('/statements/asif-caves-warning/index.html');
  });
});
