/**
 * Search as readers use it: by words of a quotation, by speaker without a
 * word, from a shared URL, and onwards to the statement with the words marked.
 */
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, getBrowser, openPage } from './helpers/browser.ts';
import { pathOf, publishedActors, publishedCount, publishedStatements } from './helpers/site-data.ts';

afterAll(closeBrowser);
const statements = publishedStatements();
const speakerOfPath = new Map(statements.map((statement) => [pathOf(statement.url), statement.speaker.id]));

/** Result links shown by the Component UI, as paths without the highlight query. */
const resultPaths = (page: Page) =>
  page.locator('pagefind-results a.pf-result-link, pagefind-results .pf-result-title a, pagefind-results a').evaluateAll((links) =>
    [...new Set(links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))],
  );

/** Opens the search page at a query string and waits for the UI to apply it. */
async function openSearch(query: string) {
  const opened = await openPage(`/search/${query}`);
  await opened.page.locator('[data-search-ready]').waitFor();
  return opened;
}

const waitForResults = (page: Page) => page.locator('pagefind-results a').first().waitFor();

/** Every result of a query through Pagefind's own API, as paths: the UI shows them a page at a time. */
const allResults = (page: Page, term: string | null, filters: Record<string, string[]> = {}): Promise<string[]> =>
  // A string, so that Vite does not rewrite the browser-side import().
  page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const search = await pagefind.search(${JSON.stringify(term)}, { filters: ${JSON.stringify(filters)} });
    const data = await Promise.all(search.results.map((result) => result.data()));
    return data.map((entry) => new URL(entry.url, location.href).pathname);
  })()`);

describe('searching by words', () => {
  // Direct quotations long enough to identify their statement.
  const distinctive = statements.filter((statement) => statement.kind === 'direct-quote' && (statement.renderings[0]?.quotes[0]?.split(' ').length ?? 0) >= 5);

  it('has quotations to try', () => {
    expect(distinctive.length).toBeGreaterThan(5);
  });

  it('the words of a quotation find its statement first, shown in the page and the URL', async () => {
    const statement = distinctive[0];
    const words = statement?.renderings[0]?.quotes[0] ?? '';
    const opened = await openSearch(`?q=${encodeURIComponent(words)}`);
    try {
      await waitForResults(opened.page);
      expect((await resultPaths(opened.page))[0]).toBe(pathOf(statement?.url ?? ''));
      await expect(opened.page.locator('pagefind-input input').inputValue()).resolves.toBe(words);
    } finally {
      await opened.close();
    }
  });

  it('for every long direct quotation, its words rank its own statement first', async () => {
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

  it('indexes no boilerplate and no page furniture: no indexed page holds their words', async () => {
    const opened = await openSearch('');
    try {
      const contents: { url: string; content: string }[] = await opened.page.evaluate(`(async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        const search = await pagefind.search(null, {});
        return Promise.all(search.results.map(async (result) => { const data = await result.data(); return { url: data.url, content: data.content }; }));
      })()`);
      // Statements, speakers, talks, events and sources are the pages of the index, each once.
      const kinds = ['statements', 'actors', 'talks', 'events', 'sources'] as const;
      expect(contents.length).toBe(kinds.reduce((sum, kind) => sum + publishedCount(kind), 0));
      // A related-article link, a legal disclaimer and a comment count from the sources; the skip link, navigation and footer of every page.
      const furniture = ['Sohail Afridi', 'without warranty', 'No comment', 'Skip to content', 'Istanbul talks Events Timeline', 'quotes only what its sources print'];
      const leaks = contents.flatMap(({ url, content }) => furniture.filter((words) => content.includes(words)).map((words) => `${url}: ${words}`));
      expect(leaks).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('searching by speaker', () => {
  const actors = publishedActors().filter((actor) => actor.statements.length > 0);

  it.each(actors.map((actor) => [actor.id, actor] as const))('?speaker=%s lists exactly that speaker\'s statements', async (_id, actor) => {
    const opened = await openSearch(`?speaker=${actor.id}`);
    try {
      await waitForResults(opened.page);
      const shown = await resultPaths(opened.page);
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.every((resultPath) => speakerOfPath.get(resultPath) === actor.id), `results: ${shown.join(', ')}`).toBe(true);
      const all = await allResults(opened.page, null, { speaker: [actor.name] });
      expect(all.sort()).toEqual(actor.statements.map((statement) => `/statements/${statement.id}/`).sort());
      await expect(opened.page.locator('pagefind-summary').innerText()).resolves.toContain(String(actor.statements.length));
    } finally {
      await opened.close();
    }
  });

  it('each speaker page links to a search of their statements', async () => {
    const actor = actors[0];
    const opened = await openPage(`/speakers/${actor?.id}/`);
    try {
      await opened.page.getByRole('link', { name: /^Search .*statements$/ }).click();
      await opened.page.locator('[data-search-ready]').waitFor();
      expect(new URL(opened.page.url()).search).toBe(`?speaker=${actor?.id}`);
      await waitForResults(opened.page);
    } finally {
      await opened.close();
    }
  });
});

describe('the URL holds the search', () => {
  const statement = statements.find((entry) => entry.speaker.id !== statements[0]?.speaker.id && entry.kind === 'direct-quote') ?? statements[0];
  const words = statement?.renderings[0]?.quotes[0]?.split(' ').slice(0, 2).join(' ') ?? '';

  it('a URL with q and speaker restores both', async () => {
    const opened = await openSearch(`?q=${encodeURIComponent(words)}&speaker=${statement?.speaker.id}`);
    try {
      await waitForResults(opened.page);
      await expect(opened.page.locator('pagefind-input input').inputValue()).resolves.toBe(words);
      const checked = await opened.page.locator('pagefind-filter-pane input[type="checkbox"]:checked').evaluateAll((boxes) =>
        boxes.map((box) => box.closest('label')?.textContent?.trim() ?? (box as HTMLInputElement).value),
      );
      expect(checked.join(' ')).toContain(statement?.speaker.name);
      const shown = await resultPaths(opened.page);
      expect(shown).toContain(pathOf(statement?.url ?? ''));
      expect(shown.every((resultPath) => speakerOfPath.get(resultPath) === statement?.speaker.id)).toBe(true);
    } finally {
      await opened.close();
    }
  });

  it('typing and filtering update the URL, and Back returns to the previous search', async () => {
    const opened = await openSearch('');
    try {
      await opened.page.locator('pagefind-input input').fill('caves');
      await opened.page.waitForURL(/\?q=caves$/);
      await opened.page.locator('pagefind-results a[href*="pagefind-highlight=caves"]').first().waitFor();
      // Pick a speaker in the filter pane (its speaker group is open from the start).
      await opened.page.locator('pagefind-filter-pane').getByRole('checkbox', { name: /^Khawaja Asif/ }).check();
      await opened.page.waitForURL(/\?q=caves&speaker=khawaja-asif$/);
      await opened.page.goBack();
      await opened.page.waitForURL(/\?q=caves$/);
      await expect(opened.page.locator('pagefind-input input').inputValue()).resolves.toBe('caves');
      await expect(opened.page.locator('pagefind-filter-pane input[type="checkbox"]:checked').count()).resolves.toBe(0);
    } finally {
      await opened.close();
    }
  });
});

describe('from a result to the statement', () => {
  it('opens the statement with the searched words highlighted', async () => {
    const opened = await openSearch('?q=caves');
    try {
      await waitForResults(opened.page);
      await opened.page.locator('pagefind-results a').first().click();
      await opened.page.waitForURL(/\/statements\/[^/]+\/\?pagefind-highlight=caves/);
      const marked = opened.page.locator('mark.pagefind-highlight');
      await marked.first().waitFor();
      await expect(marked.first().textContent()).resolves.toMatch(/caves/i);
      expect(opened.problems()).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], externalRequests: [] });
    } finally {
      await opened.close();
    }
  });
});

describe('without JavaScript', () => {
  it('the search page says so and points to the indexes', async () => {
    const context = await (await getBrowser()).newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${inject('baseUrl')}/search/?q=caves`);
      // Playwright's text selectors skip <noscript>; the element itself is rendered when scripting is off.
      const notice = page.locator('noscript p');
      await expect(notice.isVisible()).resolves.toBe(true);
      await expect(notice.textContent()).resolves.toContain('Search needs JavaScript');
      const hrefs = await page.locator('main a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(hrefs).toEqual(expect.arrayContaining(['/speakers/', '/statements/']));
    } finally {
      await context.close();
    }
  });
});
