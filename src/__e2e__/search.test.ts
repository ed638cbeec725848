/**
 * Search as readers use it, at a phone's width (390 px) and a desktop's
 * (1280 px): results are statement cards; words, roles and the names the
 * sources use find statements; filters with counts, chips and notices; the
 * URL is the state; the page still serves "quotes by speaker" without
 * JavaScript. Expected values come from the build's open data, never from
 * strings copied into the test.
 */
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, getBrowser, openPage, type OpenPageOptions } from './helpers/browser.ts';
import { pathOf, publishedStatements } from './helpers/site-data.ts';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { distDir, listHtmlFiles } from './helpers/dist.ts';
import { pagefindFilters } from '../lib/search/state.ts';
import { listBuiltFiles } from '../lib/build/url-manifest.ts';
import { isSearchableFile } from '../lib/routes/urls.ts';
import { curlyQuotes } from '../lib/sharing/previews.ts';

afterAll(closeBrowser);

interface Actor {
  id: string;
  name: string;
  side: string;
  role: string | null;
  aliases: { text: string }[];
  roleAsReported: { text: string }[];
  statements: { id: string }[];
}
const actorsData = (): Actor[] => JSON.parse(readFileSync(path.join(distDir(), 'data', 'actors.json'), 'utf8')).actors;
const sourcesData = (): { id: string; label: string }[] => JSON.parse(readFileSync(path.join(distDir(), 'data', 'sources.json'), 'utf8')).sources;
const sideLabels: Record<string, string> = JSON.parse(readFileSync(path.join(distDir(), 'search', 'facets.json'), 'utf8')).side;

const statements = publishedStatements();
const actors = actorsData();
const sources = sourcesData();
const actorOf = new Map(actors.map((actor) => [actor.id, actor]));
const speakerOfPath = new Map(statements.map((statement) => [pathOf(statement.url), statement.speaker.id]));
const statementOfPath = new Map(statements.map((statement) => [pathOf(statement.url), statement]));
const sourceLabel = new Map(sources.map((source) => [source.id, source.label]));

const VIEWPORTS = [
  ['390 px', { width: 390, height: 844 }],
  ['1280 px', { width: 1280, height: 800 }],
] as const;

/** Opens the search page at a query string and waits for its first results. */
async function openSearch(query: string, options: OpenPageOptions = {}) {
  const opened = await openPage(`/search/${query}`, options);
  await opened.page.locator('[data-search-ready]').waitFor();
  return opened;
}

/** The result cards' links, as paths without the highlight query. */
const resultPaths = (page: Page) =>
  page.locator('[data-results] a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));

const status = (page: Page) => page.locator('[data-search-status]').innerText();

/** Opens the filter panel as a reader would: its button on a narrow screen; on a wide one the panel is in view, and pointing at it starts the counts. */
async function openFilters(page: Page, narrow: boolean) {
  if (narrow) await page.getByRole('button', { name: /^Filters/ }).click();
  else await page.locator('[data-filters]').hover();
}

/** Every result of a query through Pagefind's own API, as paths (the page shows ten at a time). */
const allResults = (page: Page, term: string | null, filters: Record<string, unknown> = pagefindFilters({ term: '', filters: {}, scope: 'statement' })): Promise<string[]> =>
  // A string, so that Vite does not rewrite the browser-side import().
  page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const search = await pagefind.search(${JSON.stringify(term)}, { filters: ${JSON.stringify(filters)} });
    const data = await Promise.all(search.results.map((result) => result.data()));
    return data.map((entry) => new URL(entry.url, location.href).pathname);
  })()`);

describe.each(VIEWPORTS)('1. results are statement cards (%s)', (_width, viewport) => {
  it('?q=caves counts statements only; each card shows the quotation as its first source renders it, speaker, role, side, sources, summary, marked words', async () => {
    const opened = await openSearch('?q=caves', { viewport });
    try {
      const paths = await resultPaths(opened.page);
      expect(paths.length).toBeGreaterThan(0);
      expect(paths.every((resultPath) => statementOfPath.has(resultPath)), paths.join(', ')).toBe(true);
      const every = await allResults(opened.page, 'caves', {});
      const statementHits = every.filter((resultPath) => statementOfPath.has(resultPath));
      expect(every.length).toBeGreaterThan(statementHits.length); // other pages match too, but are not counted
      await expect(status(opened.page)).resolves.toBe(`${statementHits.length} statement${statementHits.length === 1 ? '' : 's'} matching “caves”`);

      const cards = opened.page.locator('[data-results] > li');
      for (let index = 0; index < paths.length; index++) {
        const statement = statementOfPath.get(paths[index] ?? '');
        const speaker = actorOf.get(statement?.speaker.id ?? '');
        const first = statement?.renderings[0];
        const text = await cards.nth(index).innerText();
        const quote = (await cards.nth(index).locator('.statement-card__quote').innerText()).trim();
        if (statement?.kind === 'direct-quote') {
          expect(quote.startsWith('“') && quote.endsWith('”'), quote).toBe(true);
          expect(quote.slice(1, -1)).toContain(first?.quotes[0]?.slice(0, 60));
        }
        expect(text).toContain(speaker?.name);
        if (speaker?.role) expect(text).toContain(curlyQuotes(speaker.role));
        expect(text.toLowerCase()).toContain(sideLabels[speaker?.side ?? '']?.toLowerCase());
        for (const rendering of statement?.renderings ?? []) expect(text).toContain(sourceLabel.get(rendering.source.id));
        expect(text).toContain(curlyQuotes(statement?.summary ?? "-"));
      }
      const marks = await opened.page.locator('[data-results] mark').allInnerTexts();
      expect(marks.length).toBeGreaterThan(0);
      expect(marks.every((mark) => /^cave/i.test(mark)), marks.join(', ')).toBe(true);
      // The mark stands out from the text around it.
      const [markBackground, textBackground] = await opened.page
        .locator('[data-results] mark')
        .first()
        .evaluate((mark) => [getComputedStyle(mark).backgroundColor, getComputedStyle(mark.parentElement as Element).backgroundColor]);
      expect(markBackground).not.toBe(textBackground);
      // The whole card is the link: a click near the card's bottom edge opens the statement.
      await cards.first().scrollIntoViewIfNeeded();
      const box = await cards.first().boundingBox();
      expect(box).not.toBeNull();
      await opened.page.mouse.click((box?.x ?? 0) + (box?.width ?? 0) - 5, (box?.y ?? 0) + (box?.height ?? 0) - 5);
      await opened.page.waitForURL((url) => url.pathname === paths[0]);
      expect(opened.problems()).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], externalRequests: [] });
    } finally {
      await opened.close();
    }
  });

  it('reported speech is labelled and never in quotation marks; a hedged first rendering shows its hedge beside the speaker', async () => {
    const opened = await openSearch('?kind=paraphrase', { viewport });
    try {
      const paraphrases = statements.filter((statement) => statement.kind === 'paraphrase');
      expect(paraphrases.length).toBeGreaterThan(0);
      await expect(status(opened.page)).resolves.toBe(`${paraphrases.length} statement${paraphrases.length === 1 ? '' : 's'} in reported speech`);
      // Show every result.
      while (await opened.page.locator('[data-more]').isVisible()) await opened.page.locator('[data-more]').click();
      const cards = opened.page.locator('[data-results] > li');
      await expect(cards.count()).resolves.toBe(paraphrases.length);
      for (const quote of await opened.page.locator('[data-results] .statement-card__quote').allTextContents()) {
        expect(quote.startsWith('Reported speech: '), quote).toBe(true);
        expect(quote).not.toMatch(/^Reported speech: “|”$/);
      }
      const paths = await resultPaths(opened.page);
      const hedged = statements.filter((statement) => statement.renderings[0]?.hedge);
      expect(hedged.length).toBeGreaterThan(0);
      for (const statement of hedged) {
        const shown = paths.indexOf(pathOf(statement.url));
        if (shown < 0) continue; // a hedged direct quotation: checked below
        await expect(cards.nth(shown).locator('.search-card__speaker').innerText()).resolves.toContain(`${statement.speaker.name} (${statement.renderings[0]?.hedge})`);
      }
      const hedgedQuote = hedged.find((statement) => statement.kind === 'direct-quote');
      if (hedgedQuote) {
        const other = await openSearch(`?speaker=${hedgedQuote.speaker.id}&kind=direct-quote`, { viewport });
        try {
          while (await other.page.locator('[data-more]').isVisible()) await other.page.locator('[data-more]').click();
          const index = (await resultPaths(other.page)).indexOf(pathOf(hedgedQuote.url));
          await expect(other.page.locator('[data-results] > li').nth(index).locator('.search-card__speaker').innerText()).resolves.toContain(
            `(${hedgedQuote.renderings[0]?.hedge})`,
          );
        } finally {
          await other.close();
        }
      }
    } finally {
      await opened.close();
    }
  });

  it('everything else is a separate, labelled scope kept in the URL', async () => {
    const opened = await openSearch('?q=caves', { viewport });
    try {
      await opened.page.getByRole('button', { name: /^Everything else/ }).click();
      await opened.page.waitForURL(/\?q=caves&type=other$/);
      await expect(opened.page.getByRole('button', { name: /^Everything else/ }).getAttribute('aria-pressed')).resolves.toBe('true');
      await opened.page.locator('[data-search-status]', { hasText: 'other page' }).waitFor();
      const paths = await resultPaths(opened.page);
      expect(paths.length).toBeGreaterThan(0);
      expect(paths.some((resultPath) => statementOfPath.has(resultPath))).toBe(false);
      await expect(status(opened.page)).resolves.toBe(`${paths.length} other page${paths.length === 1 ? '' : 's'} matching “caves”`);
      await opened.page.goBack();
      await opened.page.locator('[data-search-status]', { hasText: 'statement' }).waitFor();
      expect((await resultPaths(opened.page)).every((resultPath) => statementOfPath.has(resultPath))).toBe(true);
    } finally {
      await opened.close();
    }
  });
});

describe('2. what readers type finds what they mean', () => {
  it('Pagefind indexes every page marked searchable, and reads only the files that can be', () => {
    const marked = listBuiltFiles(distDir()).filter((file) => file.endsWith('.html') && readFileSync(path.join(distDir(), file), 'utf8').includes('data-pagefind-body'));
    expect(marked.filter((file) => !isSearchableFile(file)), 'searchable pages outside SEARCHABLE_GLOB').toEqual([]);
    const entry = JSON.parse(readFileSync(path.join(distDir(), 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(marked.length);
  });

  it("publishes none of Pagefind's ready-made UIs, which the site does not load", () => {
    const published = readdirSync(path.join(distDir(), 'pagefind'));
    expect(published).toContain('pagefind.js');
    expect(published.filter((file) => /-ui\.(js|css)$/.test(file))).toEqual([]);
  });

  const withStatements = actors.filter((actor) => actor.statements.length > 0);

  it("Pagefind starts and searches in its web worker, off the page's main thread; the filter counts, when asked for, still work", async () => {
    const opened = await openSearch('?q=caves');
    try {
      const requested: string[] = [];
      opened.page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await opened.page.reload({ waitUntil: 'networkidle' });
      await opened.page.locator('[data-search-ready]').waitFor();
      await expect(opened.page.locator('[data-results] > li').count()).resolves.toBeGreaterThan(0);
      expect(requested).toContain('/pagefind/pagefind.js');
      // On the main thread (noWorker), Pagefind's start-up blocked a phone for half a second at 10,000 statements (see search-page.ts).
      expect(requested).toContain('/pagefind/pagefind-worker.js');
      // The counting instance, a second worker, starts once the reader points at the panel.
      await opened.page.locator('[data-filters]').hover();
      await opened.page.locator('[data-filters] .facet__count').first().waitFor();
      expect(opened.problems().pageErrors).toEqual([]);
      expect(opened.problems().consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('for every long direct quotation, its words rank its own statement first', async () => {
    const distinctive = statements.filter((statement) => statement.kind === 'direct-quote' && (statement.renderings[0]?.quotes[0]?.split(' ').length ?? 0) >= 5);
    expect(distinctive.length).toBeGreaterThan(5);
    const opened = await openSearch('');
    try {
      for (const statement of distinctive) {
        const words = statement.renderings[0]?.quotes[0] ?? '';
        const [first] = await allResults(opened.page, words);
        expect(first, `search for "${words}"`).toBe(pathOf(statement.url));
      }
    } finally {
      await opened.close();
    }
  });

  it('a statement is found by its speaker\'s role and by every name the sources use for the speaker', async () => {
    const opened = await openSearch('');
    try {
      let checked = 0;
      for (const actor of withStatements) {
        const own = actor.statements.map((statement) => `/statements/${statement.id}/`);
        for (const words of [actor.role, ...actor.aliases.map((alias) => alias.text)]) {
          if (!words) continue;
          const found = await allResults(opened.page, words);
          expect(own.filter((ownPath) => found.includes(ownPath)).sort(), `search for "${words}" (${actor.name})`).toEqual([...own].sort());
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(3);
    } finally {
      await opened.close();
    }
  });

  it('"defence minister", "Islamabad" and "Türkiye" find their speakers\' statements on the page', async () => {
    const opened = await openSearch('?q=defence+minister');
    try {
      const minister = withStatements.find((actor) => /defence minister/i.test(actor.role ?? ''));
      expect(minister).toBeDefined();
      await expect(status(opened.page)).resolves.toMatch(new RegExp(`^${minister?.statements.length} statements`));
      for (const alias of ['Islamabad', 'Türkiye']) {
        const named = actors.find((actor) => actor.aliases.some((entry) => entry.text === alias));
        expect(named, alias).toBeDefined();
        await opened.page.locator('[data-search-input]').fill(alias);
        await opened.page.locator('[data-search-status]', { hasText: `“${alias}”` }).waitFor();
        const shown = await resultPaths(opened.page);
        expect(shown.length, alias).toBeGreaterThan(0);
        // Each result is by that speaker, or its page names them under one of the names the sources use.
        const names = [named?.name ?? '', ...(named?.aliases.map((entry) => entry.text) ?? [])];
        for (const resultPath of shown) {
          if (speakerOfPath.get(resultPath) === named?.id) continue;
          const html = await opened.page.evaluate(async (url) => (await fetch(url)).text(), resultPath);
          expect(names.some((name) => html.includes(name)), `${alias}: ${resultPath}`).toBe(true);
        }
        if (named?.statements.length) expect(shown.some((resultPath) => speakerOfPath.get(resultPath) === named.id), alias).toBe(true);
      }
    } finally {
      await opened.close();
    }
  });

  it('a speaker\'s name ranks that speaker\'s statements first', async () => {
    const opened = await openSearch('');
    try {
      for (const actor of withStatements) {
        await opened.page.locator('[data-search-input]').fill(actor.name);
        await opened.page.locator('[data-search-status]', { hasText: `“${actor.name}”` }).waitFor();
        const shown = await resultPaths(opened.page);
        const top = shown.slice(0, actor.statements.length);
        expect(top.length).toBeGreaterThan(0);
        expect(top.map((resultPath) => speakerOfPath.get(resultPath)), `search for "${actor.name}": ${shown.join(', ')}`).toEqual(top.map(() => actor.id));
      }
    } finally {
      await opened.close();
    }
  });

  it('source labels are a filter, not text every statement shares; no furniture, and no heading or note of a statement page, is indexed', async () => {
    const opened = await openSearch('');
    try {
      const contents: { url: string; content: string; filters: Record<string, string[]> }[] = await opened.page.evaluate(`(async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        const search = await pagefind.search(null, {});
        return Promise.all(search.results.map(async (result) => { const data = await result.data(); return { url: data.url, content: data.content, filters: data.filters }; }));
      })()`);
      const statementPages = contents.filter(({ url }) => statementOfPath.has(pathOf(new URL(url, 'https://x.invalid').href)));
      expect(statementPages.length).toBe(statements.length);
      for (const { url, content, filters } of statementPages) {
        const statement = statementOfPath.get(new URL(url, 'https://x.invalid').pathname);
        const labels = statement?.renderings.map((rendering) => sourceLabel.get(rendering.source.id) ?? '') ?? [];
        expect(filters.source?.sort()).toEqual([...labels].sort());
        for (const label of sources.map((source) => source.label)) expect(content, `${url} indexes "${label}"`).not.toContain(label);
      }
      // The statement page's own headings and notes (read from its HTML): indexed, "exchange" or "context" would find every statement.
      for (const { url, content } of statementPages) {
        const html = readFileSync(path.join(distDir(), new URL(url, 'https://x.invalid').pathname, 'index.html'), 'utf8');
        const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
        const plain = (markup: string) => markup.replace(/<[^>]+>/g, '').replace(/&#39;/g, "'").replace(/\s+/g, ' ').trim();
        const headings = [...article.matchAll(/<h[23]\b[^>]*>([\s\S]*?)<\/h[23]>/g)].map((match) => plain(match[1] ?? ''));
        const notes = [...article.matchAll(/<p class="(?:meta|difference-note)"[^>]*>([\s\S]*?)<\/p>/g)].map((match) => plain(match[1] ?? ''));
        expect(headings.length, `${url} has headings`).toBeGreaterThan(0);
        for (const heading of headings) expect(content, `${url} indexes its heading "${heading}"`).not.toContain(`${heading}.`);
        for (const note of notes) expect(content, `${url} indexes its note "${note}"`).not.toContain(note);
      }
      // Facts (label: value) are indexed as their values alone, each a sentence of its own: "MENAFN (distributor)", not "OutletMENAFN".
      let facts = 0;
      for (const { url, content } of contents) {
        const html = readFileSync(path.join(distDir(), new URL(url, 'https://x.invalid').pathname, 'index.html'), 'utf8');
        // A quotation's facts are in its caption, which is not indexed (data-pagefind-ignore): only the pages' own fact lists count.
        const indexedHtml = html.replace(/<dl class="quotation__facts">[\s\S]*?<\/dl>/g, '');
        for (const match of indexedHtml.matchAll(/<dt\b[^>]*>([\s\S]*?)<\/dt><dd>([\s\S]*?)<\/dd>/g)) {
          const firstText = (match[2] ?? '').split(/<[^>]+>/).map((piece) => piece.trim()).find((piece) => piece !== '') ?? '';
          const value = firstText.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, ' ').slice(0, 24);
          if (!value) continue;
          facts++;
          expect(content, `${url}: the fact "${value}" is glued to the text before it`).toMatch(new RegExp(`(^|[.;:!?\\]] )${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
        }
      }
      expect(facts).toBeGreaterThan(10);
      const furniture = ['Sohail Afridi', 'without warranty', 'No comment', 'Skip to content', 'Istanbul talks Events Timeline', 'quotes only what its sources print'];
      const leaks = contents.flatMap(({ url, content }) => furniture.filter((words) => content.includes(words)).map((words) => `${url}: ${words}`));
      expect(leaks).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe.each(VIEWPORTS)('3. filters that fit readers (%s)', (width, viewport) => {
  const narrow = viewport.width < 700;
  const taliban = statements.filter((statement) => actorOf.get(statement.speaker.id)?.side === 'afghan-taliban');

  it('a search loads without moving what is already in view (cumulative layout shift under 0.01)', async () => {
    const opened = await openSearch('?q=caves', { viewport });
    try {
      await opened.page.waitForLoadState('networkidle');
      // Layout shifts are buffered in the performance timeline: an observer created now still receives those of the load.
      const shift = await opened.page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list) => resolve(list.getEntries().reduce((sum, entry) => sum + (entry as PerformanceEntry & { value: number }).value, 0))).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(0), 500);
          }),
      );
      expect(shift).toBeLessThan(0.01);
    } finally {
      await opened.close();
    }
  });

  it('while a new search is counted, the panel hides the last search\'s counts rather than show them as this one\'s', async () => {
    const opened = await openSearch('?q=caves', { viewport });
    try {
      const panel = opened.page.locator('[data-filters]');
      await openFilters(opened.page, narrow);
      await panel.locator('.facet__count').first().waitFor();
      // What the panel shows at the moment the new results are announced (the counts follow the results).
      await opened.page.evaluate(() => {
        const status = document.querySelector('[data-search-status]') as HTMLElement;
        const filters = document.querySelector('[data-filters]') as HTMLElement;
        const seen: { text: string; busy: string | null; countShown: boolean }[] = [];
        (window as unknown as { announced: typeof seen }).announced = seen;
        new MutationObserver(() => {
          const count = filters.querySelector('.facet__count');
          seen.push({ text: status.innerText, busy: filters.getAttribute('aria-busy'), countShown: count !== null && getComputedStyle(count).visibility === 'visible' });
        }).observe(status, { childList: true, characterData: true, subtree: true });
      });
      await opened.page.getByLabel('Words to search for').fill('taliban');
      await opened.page.locator('[data-search-status]', { hasText: '“taliban”' }).waitFor();
      const announced = await opened.page.evaluate(() => (window as unknown as { announced: { text: string; busy: string | null; countShown: boolean }[] }).announced);
      expect(announced.find((moment) => moment.text.includes('“taliban”'))).toMatchObject({ busy: 'true', countShown: false });
      // Then this search's counts: the sides' counts add up to its results.
      await opened.page.waitForFunction(() => !document.querySelector('[data-filters]')?.hasAttribute('aria-busy'));
      const total = Number(/^(\d+)/.exec(await status(opened.page))?.[1]);
      const sideCounts = await panel.locator('[data-facet="side"] .facet__count').allInnerTexts();
      expect(sideCounts.reduce((sum, text) => sum + Number(text.replace(/\D/g, '')), 0)).toBe(total);
    } finally {
      await opened.close();
    }
  });

  it('a side from the URL shows as a chip with a sentence; the filters have counts; removing the chip widens the search', async () => {
    const opened = await openSearch('?side=afghan-taliban', { viewport });
    try {
      const sentence = `${taliban.length} statements by ${sideLabels['afghan-taliban']} speakers`;
      await expect(status(opened.page)).resolves.toBe(sentence);
      const shown = await resultPaths(opened.page);
      expect(shown.every((resultPath) => actorOf.get(speakerOfPath.get(resultPath) ?? '')?.side === 'afghan-taliban')).toBe(true);
      const chip = opened.page.getByRole('button', { name: `Remove filter Side: ${sideLabels['afghan-taliban']}` });
      await expect(chip.isVisible()).resolves.toBe(true);
      // The chips and the sentence come before the first result.
      const chipBox = await chip.boundingBox();
      const firstCard = await opened.page.locator('[data-results] > li').first().boundingBox();
      expect((chipBox?.y ?? Infinity) < (firstCard?.y ?? 0)).toBe(true);

      const toggle = opened.page.getByRole('button', { name: /^Filters/ });
      const panel = opened.page.locator('[data-filters]');
      if (narrow) {
        // Below 700 px a Filters button sits above the results, the panel behind it.
        await expect(toggle.isVisible()).resolves.toBe(true);
        expect(((await toggle.boundingBox())?.y ?? Infinity) < (firstCard?.y ?? 0)).toBe(true);
        await expect(panel.isVisible()).resolves.toBe(false);
        await toggle.click();
        await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
      } else {
        await expect(toggle.isVisible()).resolves.toBe(false);
        // The results come without the filters' data; it loads, for the counts, once the reader points at the panel.
        // Waiting for the network to settle first: counts loaded eagerly would be on screen by then.
        await opened.page.waitForLoadState('networkidle');
        await expect(panel.locator('.facet__count').count()).resolves.toBe(0);
        await panel.hover();
      }
      await expect(panel.isVisible()).resolves.toBe(true);
      const pakistan = statements.filter((statement) => actorOf.get(statement.speaker.id)?.side === 'pakistan');
      const pakistanOption = panel.locator('[data-facet="side"] label', { hasText: sideLabels.pakistan ?? '' });
      await pakistanOption.locator('.facet__count').waitFor();
      await expect(pakistanOption.innerText()).resolves.toMatch(new RegExp(`\\(${pakistan.length}\\)`));
      const talibanBox = panel.locator('[data-facet="side"] label', { hasText: sideLabels['afghan-taliban'] ?? '' }).locator('input');
      await expect(talibanBox.isChecked()).resolves.toBe(true);

      await chip.click();
      await opened.page.waitForURL((url) => url.search === '');
      // The sentence changes once the wider search's cards are shown.
      await opened.page.locator('[data-search-status]', { hasText: /^\d+ statements$/ }).waitFor();
      await expect(status(opened.page)).resolves.toBe(`${statements.length} statements`);
      await expect(opened.page.locator('[data-chips] button').count()).resolves.toBe(0);
    } finally {
      await opened.close();
    }
  });

  it('many chosen speakers (a body\'s members) show as two chips and one for the others, which removes them all', async () => {
    const four = actors.filter((actor) => actor.statements.length > 0).slice(0, 4);
    const opened = await openSearch(`?${four.map((actor) => `speaker=${actor.id}`).join('&')}`);
    try {
      const chips = await opened.page.locator('[data-chips] button').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label')));
      expect(chips).toEqual([`Remove filter Speaker: ${four[0]?.name}`, `Remove filter Speaker: ${four[1]?.name}`, 'Remove filter Speaker: 2 others']);
      await opened.page.getByRole('button', { name: 'Remove filter Speaker: 2 others' }).click();
      await opened.page.waitForURL((url) => url.searchParams.getAll('speaker').length === 2);
      expect(new URL(opened.page.url()).searchParams.getAll('speaker')).toEqual([four[0]?.id, four[1]?.id]);
    } finally {
      await opened.close();
    }
  });

  it('the speaker list narrows as you type, and a speaker picked there filters the results', async () => {
    const opened = await openSearch('', { viewport });
    try {
      await openFilters(opened.page, narrow);
      const speakerOptions = opened.page.locator('[data-facet="speaker"] [data-options] label');
      await speakerOptions.first().locator('.facet__count').waitFor();
      const withStatements = actors.filter((actor) => actor.statements.length > 0);
      await expect(speakerOptions.count()).resolves.toBe(withStatements.length);
      const target = withStatements.find((actor) => actor.statements.length > 1) ?? withStatements[0];
      const fragment = target?.name.split(' ').at(-1)?.slice(0, 4) ?? '';
      await opened.page.getByLabel('Find a speaker').fill(fragment);
      const names = await speakerOptions.allInnerTexts();
      expect(names.length).toBeGreaterThan(0);
      expect(names.length).toBeLessThan(withStatements.length);
      expect(names.every((name) => name.toLowerCase().includes(fragment.toLowerCase())), names.join(' | ')).toBe(true);
      await speakerOptions.filter({ hasText: target?.name ?? '' }).locator('input').check();
      await opened.page.waitForURL((url) => url.search === `?speaker=${target?.id}`);
      await opened.page.locator('[data-search-status]', { hasText: `by ${target?.name}` }).waitFor();
      await expect(status(opened.page)).resolves.toBe(`${target?.statements.length} statements by ${target?.name}`);
    } finally {
      await opened.close();
    }
  });

  it(`unknown values in the URL are named in a visible notice (${width})`, async () => {
    const opened = await openSearch('?speaker=nobody-here&q=caves', { viewport });
    try {
      const notice = opened.page.locator('[data-search-notice]');
      await expect(notice.isVisible()).resolves.toBe(true);
      await expect(notice.innerText()).resolves.toContain('“nobody-here”');
      await expect(notice.innerText()).resolves.toContain('speaker');
    } finally {
      await opened.close();
    }
  });
});

describe.each(VIEWPORTS)('4. the URL is the state (%s)', (_width, viewport) => {
  const asif = actors.find((actor) => actor.statements.length > 1 && /defence minister/i.test(actor.role ?? '')) ?? actors[0];

  it('title and heading say what is searched', async () => {
    const opened = await openSearch(`?q=caves&speaker=${asif?.id}`, { viewport });
    try {
      await expect(opened.page.title()).resolves.toMatch(new RegExp(`^“caves” by ${asif?.name} · Search`));
      await expect(opened.page.locator('h1').innerText()).resolves.toBe(`“caves” by ${asif?.name}`);
      await expect(opened.page.locator('[data-search-input]').inputValue()).resolves.toBe('caves');
      const shown = await resultPaths(opened.page);
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.every((resultPath) => speakerOfPath.get(resultPath) === asif?.id)).toBe(true);
    } finally {
      await opened.close();
    }
  });

  it('typing and filtering update the URL; Back and Forward restore each search', async () => {
    const opened = await openSearch('', { viewport });
    try {
      await opened.page.locator('[data-search-input]').fill('caves');
      await opened.page.waitForURL(/\?q=caves$/);
      await opened.page.locator('[data-search-status]', { hasText: '“caves”' }).waitFor();
      if (viewport.width < 700) await opened.page.getByRole('button', { name: /^Filters/ }).click();
      await opened.page.locator('[data-facet="speaker"] label', { hasText: asif?.name ?? '' }).locator('input').check();
      await opened.page.waitForURL(new RegExp(`\\?q=caves&speaker=${asif?.id}$`));
      await opened.page.goBack();
      await opened.page.waitForURL(/\?q=caves$/);
      await expect(opened.page.locator('[data-search-input]').inputValue()).resolves.toBe('caves');
      await expect(opened.page.locator('[data-filters] input[type="checkbox"]:checked').count()).resolves.toBe(0);
      await expect(opened.page.title()).resolves.toMatch(/^“caves” · Search/);
      await opened.page.goForward();
      await opened.page.waitForURL(new RegExp(`speaker=${asif?.id}$`));
      await opened.page.locator('[data-search-status]', { hasText: `by ${asif?.name}` }).waitFor();
      await expect(opened.page.locator('[data-chips] button').innerText()).resolves.toContain(asif?.name);
    } finally {
      await opened.close();
    }
  });

  it('the URL follows typing without rewriting the words being typed', async () => {
    const opened = await openSearch('', { viewport });
    try {
      const box = opened.page.locator('[data-search-input]');
      await box.focus();
      await opened.page.keyboard.type('caves ');
      await opened.page.waitForURL(/\?q=caves$/);
      await opened.page.locator('[data-search-status]', { hasText: '“caves”' }).waitFor();
      await opened.page.keyboard.type('hiding');
      await opened.page.waitForURL(/\?q=caves\+hiding$/);
      await expect(box.inputValue()).resolves.toBe('caves hiding');
    } finally {
      await opened.close();
    }
  });

  it('the statement page marks the searched words, then takes them out of the address', async () => {
    const opened = await openSearch('?q=caves', { viewport });
    try {
      const target = (await resultPaths(opened.page))[0];
      await opened.page.locator('[data-results] a').first().click();
      await opened.page.waitForURL((url) => url.pathname === target);
      const marked = opened.page.locator('mark.pagefind-highlight');
      await marked.first().waitFor();
      await expect(marked.first().textContent()).resolves.toMatch(/caves/i);
      expect(new URL(opened.page.url()).search).toBe('');
      expect(opened.problems()).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], externalRequests: [] });
    } finally {
      await opened.close();
    }
  });

  it('each speaker page links to a search of their statements', async () => {
    const opened = await openPage(`/speakers/${asif?.id}/`, { viewport });
    try {
      await opened.page.getByRole('link', { name: /^Search statements by / }).click();
      await opened.page.locator('[data-search-ready]').waitFor();
      expect(new URL(opened.page.url()).search).toBe(`?speaker=${asif?.id}`);
      await expect(status(opened.page)).resolves.toBe(`${asif?.statements.length} statements by ${asif?.name}`);
    } finally {
      await opened.close();
    }
  });
});

describe.each(VIEWPORTS)('5. without JavaScript (%s)', (_width, viewport) => {
  it('the search page says full-text search needs JavaScript and links to every side (with its counts) and every topic', async () => {
    const context = await (await getBrowser()).newContext({ javaScriptEnabled: false, viewport });
    try {
      const page = await context.newPage();
      await page.goto(`${inject('baseUrl')}/search/?q=caves`);
      const notice = page.locator('noscript .difference-note');
      await expect(notice.isVisible()).resolves.toBe(true);
      await expect(notice.innerText()).resolves.toContain('Full-text search needs JavaScript');
      await expect(page.locator('[data-search-root]').isVisible()).resolves.toBe(false);
      const speakerLinks = await page.locator('noscript li').evaluateAll((items) =>
        items.map((item) => ({ href: item.querySelector('a')?.getAttribute('href') ?? '', text: item.textContent ?? '' })),
      );
      // One line per side that has speakers, whatever the number of speakers: the side's page lists them.
      const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
      for (const side of new Set(actors.map((actor) => actor.side))) {
        const members = actors.filter((actor) => actor.side === side);
        const said = members.reduce((sum, actor) => sum + actor.statements.length, 0);
        const entry = speakerLinks.find((link) => link.href === `/sides/${side}/`);
        expect(entry, side).toBeDefined();
        expect(entry?.text).toMatch(new RegExp(`\\(${plural(members.length, 'speaker')}, ${plural(said, 'statement')}\\)$`));
      }
      await expect(page.locator('noscript a[href="/speakers/"]').count()).resolves.toBe(1);
      const topics = new Set(statements.flatMap((statement) => (statement as unknown as { topics: string[] }).topics));
      for (const topic of topics) expect(speakerLinks.some((link) => link.href === `/topics/${topic}/`), topic).toBe(true);
    } finally {
      await context.close();
    }
  });
});

describe.each(VIEWPORTS)('6. search never claims a match it does not have (%s)', (_width, viewport) => {
  // Words a reader may type that no page of the site holds; Pagefind answers each with the pages of its longest indexed prefix ("to", "pe", "x").
  const ABSENT = ['Torkham', 'xyzzyq', 'Quetta', 'Chaman', 'tomorrowland', 'Kandahar'];
  const siteText = listHtmlFiles()
    .map((file) => readFileSync(path.join(distDir(), file), 'utf8'))
    .join('\n')
    .toLowerCase();

  it.each(ABSENT.map((word) => [word] as const))('?q=%s says no statement contains it, shows no card and marks nothing', async (word) => {
    expect(siteText, `"${word}" must really be absent from the site for this test`).not.toContain(word.toLowerCase());
    const opened = await openSearch(`?q=${encodeURIComponent(word)}`, { viewport });
    try {
      await expect(status(opened.page)).resolves.toBe(`No statement contains “${word}”`);
      await expect(resultPaths(opened.page)).resolves.toEqual([]);
      await expect(opened.page.locator('[data-results] mark').count()).resolves.toBe(0);
      // The filters count nothing either: once the counts load, every facet offers none (before, each lists all its labels).
      await openFilters(opened.page, viewport.width < 700);
      const facets = opened.page.locator('[data-filters] [data-facet]');
      await expect(facets.count()).resolves.toBeGreaterThan(0);
      for (const facet of await facets.all()) await facet.locator('[data-options] li', { hasText: 'None in these results.' }).waitFor();
      await expect(opened.page.locator('[data-filters] .facet__count').count()).resolves.toBe(0);
      await expect(opened.page.locator('[data-filters] input[type="checkbox"]').count()).resolves.toBe(0);
    } finally {
      await opened.close();
    }
  });

  it('a missing word beside a real one still matches nothing, and says which word is missing', async () => {
    const opened = await openSearch('?q=Torkham%20border', { viewport });
    try {
      await expect(status(opened.page)).resolves.toBe('No statement contains “Torkham”');
      await expect(resultPaths(opened.page)).resolves.toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('Pagefind itself returns pages for these words, so the page is what keeps them out', async () => {
    const opened = await openSearch('', { viewport });
    try {
      const fallbacks = await Promise.all(ABSENT.map((word) => allResults(opened.page, word)));
      expect(fallbacks.filter((paths) => paths.length > 0).length).toBeGreaterThan(0);
    } finally {
      await opened.close();
    }
  });

  it('the beginning of a word being typed still finds the statements with that word, marked', async () => {
    // The first six letters of a long word of a quotation, as a reader who has not finished typing it.
    const [statement] = statements;
    const long = (statement?.renderings[0]?.quotes.join(' ').match(/\p{L}{9,}/gu) ?? [])[0] ?? '-';
    const typed = long.slice(0, 6);
    const opened = await openSearch(`?q=${encodeURIComponent(typed)}`, { viewport });
    try {
      await expect(status(opened.page)).resolves.toMatch(new RegExp(`^\\d+ statements? matching “${typed}”$`));
      await expect(allResults(opened.page, typed)).resolves.toContain(pathOf(statement?.url ?? '-'));
      await expect(opened.page.locator('[data-results] mark').first().innerText()).resolves.toMatch(new RegExp(`^${typed}`, 'i'));
    } finally {
      await opened.close();
    }
  });
});

interface Facets {
  topic: Record<string, string>;
  topicWords: Record<string, string[]>;
}
const facetsJson = (): Facets => JSON.parse(readFileSync(path.join(distDir(), 'search', 'facets.json'), 'utf8'));
const topicsOf = (statement: unknown): string[] => (statement as { topics?: string[] } | undefined)?.topics ?? [];
/** A statement's own words and summary, as open data has them. */
const ownText = (statement: (typeof statements)[number]) => `${statement.renderings[0]?.quotes.join(' ') ?? ''} ${statement.renderings[0]?.shown ?? ''} ${(statement as unknown as { summary: string }).summary}`;
const holdsWord = (text: string, word: string) => new RegExp(`(^|[^\\p{L}])${word.slice(0, -1)}`, 'iu').test(text);

describe.each(VIEWPORTS)('7. the words readers use, no dead end at zero, results first (%s)', (_width, viewport) => {
  const facets = facetsJson();
  const topicId = new Map(Object.entries(facets.topic).map(([id, label]) => [label, id]));

  it('"ceasefire" finds the statements on the topic that carries it, each card naming the topic and that the word is the site’s', async () => {
    const [topicLabel] = Object.entries(facets.topicWords).find(([, words]) => words.includes('ceasefire')) ?? ['-'];
    const onTopic = statements.filter((statement) => topicsOf(statement).includes(topicId.get(topicLabel) ?? '-'));
    expect(onTopic.length, 'the topic with "ceasefire" has statements').toBeGreaterThan(0);
    const opened = await openSearch('?q=ceasefire', { viewport });
    try {
      const paths = await resultPaths(opened.page);
      expect(new Set(paths)).toEqual(new Set(onTopic.map((statement) => pathOf(statement.url))));
      await expect(status(opened.page)).resolves.toBe(`${onTopic.length} statement${onTopic.length === 1 ? '' : 's'} matching “ceasefire”, including the site’s topic search words (“ceasefire” for ${topicLabel})`);
      const notes = await opened.page.locator('[data-results] > li').evaluateAll((items) => items.map((item) => item.querySelector('.search-card__through')?.textContent ?? ''));
      for (const note of notes) expect(note).toBe(`Found on the topic ${topicLabel}: “ceasefire” is the site’s search word for it, not the source’s.`);
      // Nothing is marked: the card's words do not hold the word.
      await expect(opened.page.locator('[data-results] mark').count()).resolves.toBe(0);
    } finally {
      await opened.close();
    }
  });

  it("a topic word that a card's own words hold is marked there with no note; the topic's other statements carry the note", async () => {
    const words = Object.values(facets.topicWords).flat().filter((word) => !/\s/.test(word));
    const opened = await openSearch('', { viewport });
    try {
      let checked = 0;
      for (const word of words) {
        await opened.page.goto(`${new URL(opened.page.url()).origin}/search/?q=${encodeURIComponent(word)}`);
        await opened.page.locator('[data-search-ready]').waitFor();
        const cards = await opened.page.locator('[data-results] > li').evaluateAll((items) =>
          items.map((item) => ({
            words: [...item.querySelectorAll('.statement-card__quote, .search-card__summary')].map((part) => part.textContent ?? '').join(' '),
            speaker: item.querySelector('.statement-card__speaker')?.textContent ?? '',
            href: new URL(item.querySelector('a')?.href ?? '').pathname,
            note: item.querySelector('.search-card__through')?.textContent ?? '',
            marks: item.querySelectorAll('mark').length,
          })),
        );
        for (const card of cards) {
          const shown = `${card.words} ${card.speaker}`;
          // The words are marked where the card shows them; a speaker's name is not marked, but answers the search all the same.
          if (holdsWord(card.words, word)) expect(card.marks, `${word}: ${shown}`).toBeGreaterThan(0);
          const statement = statementOfPath.get(card.href);
          const onTopic = Object.entries(facets.topicWords).some(([label, topicWords]) => topicWords.includes(word) && topicsOf(statement).includes(topicId.get(label) ?? '-'));
          if (holdsWord(shown, word)) expect(card.note, `${word}: ${shown}`).toBe('');
          // Pagefind's stemming may find a word the card does not hold ("crossings" → "cross-border"): a note only where the topic is the statement's.
          else if (onTopic) expect(card.note, `${word}: ${shown}`).toMatch(new RegExp(`^Found on the topics? .*“${word}”.* the site’s search words? for`));
        }
        if (cards.some((card) => card.note === '') && cards.some((card) => card.note !== '')) checked += 1;
      }
      expect(checked, 'at least one topic word finds both kinds of card').toBeGreaterThan(0);
    } finally {
      await opened.close();
    }
  });

  it('the topic page shows its search words as the site’s, each a link to its search; statement pages never show them as text', async () => {
    const [label, words] = Object.entries(facets.topicWords)[0] ?? ['-', []];
    const id = topicId.get(label) ?? '-';
    const opened = await openPage(`/topics/${id}/`, { viewport });
    try {
      const line = opened.page.locator('[data-topic-search-words]');
      await expect(line.innerText()).resolves.toMatch(new RegExp(`^Also searched as: ${words.join(', ')}\\. These are the site’s search words for the topic, not quotations`));
      const links = await line.locator('a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
      expect(links).toEqual(words.map((word) => `/search/?q=${encodeURIComponent(word).replace(/%20/g, '+')}`));
    } finally {
      await opened.close();
    }
    const statement = statements.find((entry) => topicsOf(entry).includes(id) && !words.some((word) => holdsWord(ownText(entry), word)));
    expect(statement).toBeDefined();
    const page = await openPage(pathOf(statement?.url ?? '-'), { viewport });
    try {
      // The index has the words on this page, in a paragraph that nobody sees or hears: the accessibility tree is the same without it.
      const hidden = page.page.locator('p[aria-hidden="true"][data-pagefind-weight]', { hasText: words[0] ?? '-' });
      await expect(hidden.count()).resolves.toBe(1);
      const box = await hidden.boundingBox();
      expect((box?.width ?? 99) * (box?.height ?? 99)).toBeLessThanOrEqual(1);
      const read = await page.page.locator('main').ariaSnapshot();
      await hidden.evaluate((paragraph) => paragraph.remove());
      await expect(page.page.locator('main').ariaSnapshot()).resolves.toBe(read);
    } finally {
      await page.close();
    }
  });

  it('"border closure": no statement holds both words, so the page names the other pages that do, links to them, and "Everything else" counts them', async () => {
    const opened = await openSearch('?q=border%20closure', { viewport });
    try {
      const others = await allResults(opened.page, 'border closure', pagefindFilters({ term: '', filters: {}, scope: 'other' }));
      await expect(allResults(opened.page, 'border closure')).resolves.toEqual([]);
      expect(others.some((url) => url.startsWith('/events/')), 'an event page has both words').toBe(true);
      const sentence = await status(opened.page);
      expect(sentence).toMatch(new RegExp(`^No statement contains “border closure”; ${others.length === 1 ? '1 event does: ' : `${others.length} other pages do: `}`));
      expect(sentence).toMatch(/\b1 event\b/);
      const links = await opened.page.locator('[data-elsewhere] a').evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
      expect(links).toEqual(others.slice(0, 3));
      await expect(resultPaths(opened.page)).resolves.toEqual([]);
      const everythingElse = opened.page.locator('[data-scope="other"]');
      await expect(everythingElse.locator('.scope-count').innerText()).resolves.toBe(String(others.length));
      await expect(opened.page.locator('[data-scope="statement"] .scope-count').innerText()).resolves.toBe('0');
      await everythingElse.click();
      await opened.page.waitForURL(/type=other/);
      await expect.poll(() => resultPaths(opened.page)).toEqual(others.slice(0, 10));
      await expect(status(opened.page)).resolves.toMatch(new RegExp(`^${others.length} other pages? matching “border closure”`));
    } finally {
      await opened.close();
    }
  });

  it('the scope switch counts both sides of a search', async () => {
    const opened = await openSearch('?q=caves', { viewport });
    try {
      const statementsFound = await allResults(opened.page, 'caves');
      const othersFound = await allResults(opened.page, 'caves', pagefindFilters({ term: '', filters: {}, scope: 'other' }));
      await expect(opened.page.locator('[data-scope="statement"] .scope-count').innerText()).resolves.toBe(String(statementsFound.length));
      await expect(opened.page.locator('[data-scope="other"] .scope-count').innerText()).resolves.toBe(String(othersFound.length));
    } finally {
      await opened.close();
    }
  });

  it('the first result of a search starts within the first screen, its words in view; the help folds once a search is made', async () => {
    const fresh = await openSearch('', { viewport });
    try {
      await expect(fresh.page.locator('[data-search-help]').evaluate((details) => (details as HTMLDetailsElement).open)).resolves.toBe(true);
    } finally {
      await fresh.close();
    }
    const opened = await openSearch('?q=caves', { viewport });
    try {
      await expect(opened.page.locator('[data-search-help]').evaluate((details) => (details as HTMLDetailsElement).open)).resolves.toBe(false);
      const first = opened.page.locator('[data-results] > li').first();
      const card = await first.boundingBox();
      const words = await first.locator('.statement-card__quote').boundingBox();
      expect(card && words).toBeTruthy();
      expect(card?.y ?? Infinity).toBeGreaterThan(0);
      expect((words?.y ?? Infinity) + (words?.height ?? 0)).toBeLessThanOrEqual(viewport.height);
    } finally {
      await opened.close();
    }
  });

  it('after a search from the keyboard, focus is on the results heading, and the first result is one Tab away', async () => {
    const opened = await openSearch('', { viewport });
    try {
      const { page } = opened;
      await page.locator('[data-search-input]').focus();
      await page.keyboard.type('caves');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.matches('[data-results-heading]'));
      const heading = page.locator('[data-results-heading]');
      await expect(heading.evaluate((element) => element.tagName)).resolves.toBe('H2');
      await expect(heading.innerText()).resolves.toMatch(/^\d+ statements? matching “caves”$/);
      // The count is still announced: the live status holds the heading and nothing else.
      await expect(page.locator('[role="status"]:has([data-results-heading])').innerText()).resolves.toBe(await heading.innerText());
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
      const firstHref = await page.locator('[data-results] a').first().getAttribute('href');
      expect(focused).toBe(firstHref);
    } finally {
      await opened.close();
    }
  });
});
