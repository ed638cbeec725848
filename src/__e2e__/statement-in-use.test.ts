/**
 * A statement used beyond the site (issue 23): its oEmbed read by a real
 * consumer library, its embed page framed by another origin while other pages
 * refuse, feeds read by a real feed parser, the "Show the words in the
 * source" link landing on and marking the words, the attribution filter's
 * counts, and the corrections a reader sees. Expected values come from the
 * published data, never from strings copied into the test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { extract } from '@extractus/oembed-extractor';
import { parseFeed } from '@rowanmanning/feed-parser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { getBrowser, openPage } from './helpers/browser.ts';
import { pathOf, publishedActors, publishedStatements } from './helpers/site-data.ts';
import { ATTRIBUTION_TYPES, type AttributionType } from '../lib/search/facets.ts';
import { hedgeIn } from '../lib/text/attribution.ts';
import { FEED_SIZE } from '../lib/sharing/statement-feed.ts';

const baseUrl = inject('baseUrl');
const siteOrigin = inject('siteOrigin');
const dist = inject('distDir');
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
const statements = publishedStatements();
const actors = publishedActors();
/** The served copy of a published URL: the site's origin becomes the test server's. */
const local = (url: string) => url.replace(siteOrigin, baseUrl);
const fileOf = (urlPath: string) => (urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath).slice(1);
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** A link's path, whether the page wrote it absolute or root-relative. */
const hrefPath = (href: string) => new URL(href, 'http://relative.invalid').pathname;
const sourceLabel = (id: string) => (JSON.parse(read('data/sources.json')).sources as { id: string; label: string }[]).find((source) => source.id === id)!.label;

describe('oEmbed', () => {
  it.each(statements.map((statement) => [statement.id, statement] as const))('%s: discovered from its page and read by @extractus/oembed-extractor', async (_id, statement) => {
    const fetched: string[] = [];
    const fetcher = (url: string) => {
      fetched.push(url);
      return fetch(local(url));
    };
    const result = (await extract(statement.url, {}, fetcher)) as Record<string, unknown>;
    // It found the endpoint through the page's <link rel="alternate" type="application/json+oembed">.
    expect(result['method']).toBe('auto-discovery');
    expect(fetched.some((url) => pathOf(url) === `/statements/${statement.id}/oembed.json`)).toBe(true);
    expect(result).toMatchObject({ version: '1.0', type: 'rich', provider_name: expect.any(String) });
    const first = statement.renderings[0]!;
    const html = String(result['html']);
    expect(html.startsWith(`<blockquote cite="${statement.url}">`)).toBe(true);
    expect(html).toContain(escaped(first.shown));
    expect(html).toContain(escaped(sourceLabel(first.source.id)));
    if (first.hedge) expect(html).toContain(first.hedge);
    expect(html).toContain(`<iframe src="${statement.url}embed/"`);
    // A reporter's sentence is not credited to the speaker.
    expect(result['author_name']).toBe(first.wordsBy === 'speaker' ? (first.hedge ? `${statement.speaker.name} (${first.hedge})` : statement.speaker.name) : sourceLabel(first.source.id));
  });
});

describe('the embed page, framed by another site', () => {
  let server: Server;
  let frameOrigin = '';
  const sample = statements.find((statement) => statement.renderings[0]?.hedge) ?? statements[0]!;
  beforeAll(async () => {
    server = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><title>Another site</title>
        <iframe id="embed" src="${baseUrl}/statements/${sample.id}/embed/"></iframe>
        <iframe id="page" src="${baseUrl}/statements/${sample.id}/"></iframe>
        <iframe id="home" src="${baseUrl}/"></iframe>`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const address = server.address();
    frameOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('renders the embed page in a frame on another origin; the statement page and the home page refuse to be framed', async () => {
    const context = await (await getBrowser()).newContext();
    try {
      const page = await context.newPage();
      await page.goto(frameOrigin);
      await page.waitForLoadState('load');
      const embed = page.frames().find((each) => each.url().endsWith(`/statements/${sample.id}/embed/`));
      expect(embed, 'the embed frame loaded').toBeDefined();
      const text = await embed!.locator('blockquote').innerText();
      expect(text.replace(/\s+/g, ' ')).toContain(sample.renderings[0]!.shown.replace(/\s+/g, ' '));
      expect(text).toContain(sourceLabel(sample.renderings[0]!.source.id));
      // The others are blocked: the browser shows its error page instead of the site's.
      const blocked = page.frames().filter((each) => each !== page.mainFrame() && !each.url().endsWith('/embed/'));
      expect(blocked).toHaveLength(2);
      for (const each of blocked) expect(each.url()).not.toMatch(/^http:\/\/127\.0\.0\.1/);
    } finally {
      await context.close();
    }
  });

  it('is small, has no script, and names whose words it shows', () => {
    for (const statement of statements) {
      const html = read(`statements/${statement.id}/embed/index.html`);
      expect(Buffer.byteLength(html), statement.id).toBeLessThan(6 * 1024);
      expect(html).not.toMatch(/<script/i);
      const source = escaped(sourceLabel(statement.renderings[0]!.source.id));
      expect(html).toContain(statement.renderings[0]!.wordsBy === 'speaker' ? `As printed in ${source}.` : `the words are ${source}’s, not the speaker’s`);
    }
  });

  it('the statement page offers Embed beside Copy link and Cite this, with a preview of the snippet', async () => {
    const opened = await openPage(`/statements/${sample.id}/`, { viewport: { width: 390, height: 844 } });
    try {
      const actions = opened.page.locator('.link-actions').first();
      await expect(actions.getByRole('link', { name: 'Embed' }).getAttribute('href')).resolves.toBe('#embed-heading');
      await expect(actions.getByRole('link', { name: 'Cite this' }).count()).resolves.toBe(1);
      const code = await opened.page.locator('#embed-code').innerText();
      const preview = await opened.page.locator('.embed-block__preview').innerHTML();
      expect(code).toBe(preview);
      expect(code).toContain(`<blockquote cite="${statement(sample.id).url}">`);
    } finally {
      await opened.close();
    }
  });
});
const statement = (id: string) => statements.find((each) => each.id === id)!;
/** The feeds a section publishes, from the build itself: `/speakers/<id>/feed.xml` for each. */
const listFeeds = (section: string) =>
  readdirSync(path.join(dist, section), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dist, section, entry.name, 'feed.xml')))
    .map((entry) => `/${section}/${entry.name}/feed.xml`);

describe('feeds', () => {
  const feedsAnnounced = (file: string) => [...read(file).matchAll(/<link rel="alternate" type="application\/rss\+xml" title="[^"]*" href="([^"]+)"/g)].map((match) => hrefPath(match[1]!));
  const speakersWithStatements = actors.filter((actor) => statements.some((each) => each.speaker.id === actor.id));

  it('every speaker with statements, every side and every topic page announces its own feed and shows a Follow link to it', () => {
    const pages = [
      ...speakersWithStatements.map((actor) => `/speakers/${actor.id}/`),
      ...[...new Set(actors.filter((actor) => speakersWithStatements.includes(actor)).map((actor) => (actor as unknown as { side: string }).side))].map((side) => `/sides/${side}/`),
      ...[...new Set(statements.flatMap((each) => (each as unknown as { topics: string[] }).topics))].map((topic) => `/topics/${topic}/`),
    ];
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const own = feedsAnnounced(fileOf(page)).filter((href) => href !== '/statements.xml');
      expect(own, page).toEqual([`${page}feed.xml`]);
      expect(read(fileOf(page)), page).toMatch(new RegExp(`<a href="${page}feed.xml" type="application/rss\\+xml">Follow `));
    }
  });

  const everyFeed = ['/statements.xml', '/corrections.xml', ...listFeeds('speakers'), ...listFeeds('sides'), ...listFeeds('topics')];
  it('every announced feed is among those read below', () => {
    expect(everyFeed.length).toBeGreaterThan(speakersWithStatements.length + 2);
  });

  it.each(everyFeed)('%s is read by @rowanmanning/feed-parser; its items carry the words, the hedge and the source', (feedPath) => {
    const feed = parseFeed(read(fileOf(feedPath)));
    expect(feed.meta.type).toBe('rss');
    expect(feed.title).toBeTruthy();
    expect(feed.items.length).toBeGreaterThan(0);
    expect(feed.items.length).toBeLessThanOrEqual(FEED_SIZE);
    for (const item of feed.items) {
      expect(item.url).toMatch(/^https?:\/\//);
      expect(item.published).toBeInstanceOf(Date);
      if (feedPath === '/corrections.xml') continue;
      const entry = statements.find((each) => each.url === item.url)!;
      expect(entry, item.url ?? '').toBeDefined();
      if (feedPath.startsWith('/speakers/')) expect(entry.speaker.id).toBe(feedPath.split('/')[2]);
      if (feedPath.startsWith('/topics/')) expect((entry as unknown as { topics: string[] }).topics).toContain(feedPath.split('/')[2]);
      const first = entry.renderings[0]!;
      const description = (item.description ?? '').replace(/&amp;/g, '&');
      expect(description).toContain(first.shown);
      expect(description).toContain(sourceLabel(first.source.id));
      if (first.hedge) expect(description).toContain(first.hedge);
    }
  });
});

describe('the words in their source', () => {
  const links = statements.flatMap((entry) => [...read(`statements/${entry.id}/index.html`).matchAll(/href="(\/sources\/[^"]+:~:text=[^"]+)" data-in-source/g)].map((match) => [entry.id, match[1]!.replace(/&amp;/g, '&')] as const));

  it('every rendering found in its source has a text-fragment link', () => {
    expect(links.length).toBeGreaterThanOrEqual(statements.length);
  });

  it.each(links)('%s: %s lands on the paragraph and marks the quoted words', async (id, href) => {
    const anchor = /#(p\d+):~:/.exec(href)![1]!;
    const opened = await openPage(href, { viewport: { width: 390, height: 500 } });
    try {
      const mark = opened.page.locator(`#${anchor} mark.source-mark`);
      await mark.waitFor();
      const marked = (await mark.innerText()).replace(/\s+/g, ' ');
      const quotes = statement(id).renderings.find((rendering) => href.startsWith(`/sources/${rendering.source.id}/`))!.quotes;
      // The mark holds the first quoted words (and, for an interrupted quotation, runs to its last part).
      expect(marked.replace(/[“”"]/g, '')).toContain(quotes[0]!.replace(/\s+/g, ' ').replace(/[“”"]/g, '').slice(0, 40));
      const box = await mark.boundingBox();
      expect(box && box.y >= 0 && box.y < 500, 'the marked words are in view').toBe(true);
      expect(opened.pageErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('Chromium itself finds the words of the directive (without the page script it still scrolls to them)', async () => {
    const context = await (await getBrowser()).newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 500 } });
    let checked = 0;
    try {
      for (const [, href] of links) {
        const anchor = /#(p\d+):~:/.exec(href)![1]!;
        const page = await context.newPage();
        await page.goto(`${baseUrl}${href.split('#')[0]}`);
        const below = await page.evaluate((id) => (document.getElementById(id)?.getBoundingClientRect().top ?? 0) > innerHeight, anchor);
        if (below) {
          await page.goto(`${baseUrl}${href}`);
          await page.waitForFunction(() => scrollY > 0, undefined, { timeout: 5000 });
          // A directive Chromium cannot match leaves the page at its top (see text-fragment.ts).
          expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
          checked++;
        }
        await page.close();
      }
    } finally {
      await context.close();
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('a paragraph link published before (#pN) still lands on the paragraph', async () => {
    const opened = await openPage('/sources/istanbul-to-tora-bora/#p11', { viewport: { width: 390, height: 500 } });
    try {
      const box = await opened.page.locator('#p11').boundingBox();
      expect(box && box.y >= 0 && box.y < 500).toBe(true);
      await expect(opened.page.locator('mark.source-mark').count()).resolves.toBe(0);
    } finally {
      await opened.close();
    }
  });
});

describe('search by how the words are attributed', () => {
  const unnamed = new Set(actors.filter((actor) => (actor as unknown as { kind: string }).kind === 'unnamed-person').map((actor) => actor.id));
  const expected: Record<string, number> = {
    [ATTRIBUTION_TYPES['direct-quote']]: statements.filter((each) => each.kind === 'direct-quote').length,
    [ATTRIBUTION_TYPES.paraphrase]: statements.filter((each) => each.kind === 'paraphrase').length,
    // The source's own hedge in its attribution ("reportedly", "according to …"), not an intermediary alone.
    // … or words given to people the source does not name ("officials said", "a source told").
    [ATTRIBUTION_TYPES.hedged]: statements.filter((each) => each.renderings.some((rendering) => hedgeIn(rendering.attribution ?? undefined) !== undefined || (unnamed.has(each.speaker.id) && rendering.attribution !== null))).length,
    [ATTRIBUTION_TYPES.intermediary]: statements.filter((each) => each.renderings.some((rendering) => rendering.via)).length,
    [ATTRIBUTION_TYPES['unnamed-speaker']]: statements.filter((each) => unnamed.has(each.speaker.id)).length,
  };

  it('the data gives every value at least one statement, and direct and reported speech add up to all 30', () => {
    expect(statements.length).toBe(expected[ATTRIBUTION_TYPES['direct-quote']]! + expected[ATTRIBUTION_TYPES.paraphrase]!);
    expect(Object.values(expected).every((count) => count > 0)).toBe(true);
  });

  it.each(Object.keys(ATTRIBUTION_TYPES) as AttributionType[])('?kind=%s (state in the URL) counts as many statements as the data, and the panel counts the same', async (type) => {
    const opened = await openPage(`/search/?kind=${type}`);
    try {
      const status = opened.page.locator('[data-search-status]');
      await status.filter({ hasText: /^\d+ / }).waitFor();
      expect(Number(/^(\d+)/.exec(await status.innerText())?.[1])).toBe(expected[ATTRIBUTION_TYPES[type]]);
      await expect(opened.page.locator('.search-chip').first().innerText()).resolves.toContain(ATTRIBUTION_TYPES[type]);
      // The filter panel's count of the chosen value, once counted.
      await opened.page.locator('[data-filters]').hover();
      const option = opened.page.locator('[data-facet="kind"] label', { hasText: ATTRIBUTION_TYPES[type] }).locator('.facet__count');
      await option.waitFor();
      expect(Number((await option.innerText()).replace(/\D/g, ''))).toBe(expected[ATTRIBUTION_TYPES[type]]);
    } finally {
      await opened.close();
    }
  });
});

describe('corrections, in public', () => {
  const corrected = statements.filter((each) => ((each as unknown as { corrections: unknown[] }).corrections ?? []).length > 0);
  type Correction = { day: string; what: string; why: string; before: string[] | null };
  const correctionsOf = (each: (typeof statements)[number]) => (each as unknown as { corrections: Correction[] }).corrections;

  it('the data carries them, and every corrected statement says so at the top of its page, with the old wording struck out', async () => {
    expect(corrected.length).toBeGreaterThan(0);
    for (const entry of corrected) {
      const opened = await openPage(`/statements/${entry.id}/`, { viewport: { width: 390, height: 844 } });
      try {
        const notice = opened.page.locator('.correction-notice');
        const noticeBox = await notice.boundingBox();
        const wordsBox = await opened.page.locator('.statement__words figure, .statement__words blockquote').first().boundingBox();
        expect(noticeBox && wordsBox && noticeBox.y < wordsBox.y, 'the notice comes before the words').toBe(true);
        const last = correctionsOf(entry).at(-1)!;
        const list = await opened.page.locator('.corrections').innerText();
        expect(list).toContain(last.what);
        expect(list).toContain(last.why);
        for (const words of last.before ?? []) await expect(opened.page.locator('.corrections del', { hasText: words }).count()).resolves.toBe(1);
        // The old wording is not searchable as the statement's words.
        expect(await opened.page.locator('.corrections').evaluate((element) => element.closest('[data-pagefind-ignore]') !== null)).toBe(true);
      } finally {
        await opened.close();
      }
    }
  });

  it('/corrections/ lists them newest first with a feed, and cards of corrected statements say so', () => {
    const page = read('corrections/index.html');
    const all = corrected.flatMap((entry) => correctionsOf(entry).map((correction) => ({ entry, correction })));
    for (const { entry, correction } of all) {
      expect(page).toContain(`href="/statements/${entry.id}/#statements-${entry.id}-`);
      expect(page).toContain(escaped(correction.what));
    }
    expect(feedAlternate(page)).toContain('/corrections.xml');
    const days = [...page.matchAll(/Corrected on (\d+ \w+ \d{4})/g)].map((match) => Date.parse(match[1]!));
    expect(days).toEqual([...days].sort((a, b) => b - a));
    const list = read('statements/index.html') + read('statements/page/2/index.html');
    for (const entry of corrected) expect(list).toMatch(new RegExp(`href="/statements/${entry.id}/"[^]*?statement-card__corrected`));
    // Uncorrected statements' cards say nothing of the kind.
    expect([...list.matchAll(/statement-card__corrected/g)]).toHaveLength(corrected.length);
  });

  it('a corrected statement’s search result card says so too', async () => {
    const entry = corrected[0]!;
    const opened = await openPage(`/search/?speaker=${entry.speaker.id}`);
    try {
      const card = opened.page.locator('.search-card', { has: opened.page.locator(`a[href^="/statements/${entry.id}/"]`) });
      await card.waitFor();
      await expect(card.locator('.statement-card__corrected').innerText()).resolves.toBe(`Corrected on ${new Date(`${correctionsOf(entry).at(-1)!.day}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}`);
      await expect(opened.page.locator('.search-card .statement-card__corrected').count()).resolves.toBe(1);
    } finally {
      await opened.close();
    }
  });
});
const feedAlternate = (html: string) => [...html.matchAll(/<link rel="alternate" type="application\/rss\+xml" title="[^"]*" href="([^"]+)"/g)].map((match) => hrefPath(match[1]!));
