/**
 * axe-core finds no WCAG 2.2 AA violation on one page of each page type, in
 * the light and the dark colour scheme (colour contrast differs between them),
 * nor on the search page with results shown and every filter group open.
 *
 * `E2E_ALL_PAGES=1` runs it on every page instead.
 */
import { afterAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './helpers/axe.ts';
import { closeBrowser, openPage } from './helpers/browser.ts';
import { pagesToVisit } from './helpers/dist.ts';

afterAll(closeBrowser);

describe.each(pagesToVisit(inject('distDir')))('accessibility of $type ($path)', ({ path }) => {
  it.each(['light', 'dark'] as const)('%s colour scheme: no axe violations', async (colorScheme) => {
    const opened = await openPage(path, { colorScheme });
    try {
      const { engine, violations } = await axeViolations(opened.page);
      expect(engine, 'axe did not run').toBe('axe-core');
      expect(violations.length, `axe violations on ${path} (${colorScheme}):\n${violations.join('\n')}\n`).toBe(0);
    } finally {
      await opened.close();
    }
  });
});

describe('accessibility of the search page in use', () => {
  it.each(['light', 'dark'] as const)('%s colour scheme: results shown, filters open, no axe violations', async (colorScheme) => {
    const opened = await openPage('/search/?q=Taliban&side=pakistan', { colorScheme });
    try {
      await opened.page.locator('[data-search-ready]').waitFor();
      await opened.page.locator('pagefind-results a').first().waitFor();
      // Open every filter group.
      await opened.page.locator('pagefind-filter-pane details').evaluateAll((groups) => groups.forEach((group) => ((group as HTMLDetailsElement).open = true)));
      await expect(opened.page.locator('pagefind-filter-pane details[open]').count()).resolves.toBeGreaterThan(3);
      const { violations } = await axeViolations(opened.page);
      expect(violations.length, `axe violations on the search page (${colorScheme}):\n${violations.join('\n')}\n`).toBe(0);
    } finally {
      await opened.close();
    }
  });

  it('announces the results to screen readers', async () => {
    const opened = await openPage('/search/');
    try {
      await opened.page.locator('[data-search-ready]').waitFor();
      // Pagefind's live regions hold an announcement only briefly: record every one.
      await opened.page.evaluate(() => {
        const heard: string[] = [];
        (window as unknown as { heard: string[] }).heard = heard;
        new MutationObserver(() => {
          for (const region of document.querySelectorAll('[aria-live]')) if (region.textContent) heard.push(region.textContent);
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      await opened.page.locator('pagefind-input input').fill('caves');
      await opened.page.locator('pagefind-results a').first().waitFor();
      await opened.page.waitForFunction(() => (window as unknown as { heard: string[] }).heard.length > 0);
      const heard = await opened.page.evaluate(() => (window as unknown as { heard: string[] }).heard);
      expect(heard.join(' | ')).toMatch(/\d+ results? for caves/i);
    } finally {
      await opened.close();
    }
  });

  it('can be used from the keyboard: type, arrow down to the first result, open it', async () => {
    const opened = await openPage('/search/');
    try {
      await opened.page.locator('[data-search-ready]').waitFor();
      await opened.page.locator('pagefind-input input').focus();
      await opened.page.keyboard.type('graveyard');
      // In faceted mode every page is listed before a term is searched: wait for this search's results.
      await opened.page.locator('pagefind-results a[href*="pagefind-highlight=graveyard"]').first().waitFor();
      await opened.page.keyboard.press('ArrowDown');
      await expect(opened.page.evaluate(() => document.activeElement?.closest('pagefind-results') !== null)).resolves.toBe(true);
      await opened.page.keyboard.press('Enter');
      await opened.page.waitForURL(/\/(statements|speakers|sources|talks|events)\/[^/]+\/\?pagefind-highlight=graveyard/);
    } finally {
      await opened.close();
    }
  });
});
