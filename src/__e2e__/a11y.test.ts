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
  describe.each([
    ['390 px', { width: 390, height: 844 }],
    ['1280 px', { width: 1280, height: 800 }],
  ] as const)('%s', (_width, viewport) => {
    it.each(['light', 'dark'] as const)('%s colour scheme: results, chips, a notice and the filters open, no axe violations', async (colorScheme) => {
      const opened = await openPage('/search/?q=Taliban&side=pakistan&speaker=nobody-here', { colorScheme, viewport });
      try {
        await opened.page.locator('[data-search-ready]').waitFor();
        await opened.page.locator('[data-results] a').first().waitFor();
        const toggle = opened.page.getByRole('button', { name: /^Filters/ });
        if (await toggle.isVisible()) await toggle.click();
        else await opened.page.locator('[data-filters]').hover();
        await opened.page.locator('[data-filters] .facet__count').first().waitFor();
        await expect(opened.page.locator('[data-filters]').isVisible()).resolves.toBe(true);
        await expect(opened.page.locator('[data-search-notice]').isVisible()).resolves.toBe(true);
        await expect(opened.page.locator('[data-chips] button').count()).resolves.toBeGreaterThan(0);
        const { violations } = await axeViolations(opened.page);
        expect(violations.length, `axe violations on the search page (${colorScheme}):\n${violations.join('\n')}\n`).toBe(0);
        expect(opened.problems()).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], externalRequests: [] });
      } finally {
        await opened.close();
      }
    });
  });

  it('announces the results to screen readers', async () => {
    const opened = await openPage('/search/');
    try {
      await opened.page.locator('[data-search-ready]').waitFor();
      const region = opened.page.locator('[role="status"]');
      await expect(region.count()).resolves.toBe(1);
      await opened.page.locator('[data-search-input]').fill('caves');
      await opened.page.locator('[role="status"]', { hasText: 'caves' }).waitFor();
      await expect(region.innerText()).resolves.toMatch(/^\d+ statements? matching “caves”$/);
    } finally {
      await opened.close();
    }
  });

  it('can be used from the keyboard: type, arrow down to the first result, open it', async () => {
    const opened = await openPage('/search/');
    try {
      await opened.page.locator('[data-search-ready]').waitFor();
      await opened.page.locator('[data-search-input]').focus();
      await opened.page.keyboard.type('graveyard');
      await opened.page.locator('[data-results] a[href*="pagefind-highlight=graveyard"]').first().waitFor();
      await opened.page.keyboard.press('ArrowDown');
      await expect(opened.page.evaluate(() => document.activeElement?.closest('[data-results]') !== null)).resolves.toBe(true);
      await opened.page.keyboard.press('Enter');
      await opened.page.waitForURL(/\/statements\/[^/]+\/$/);
      await opened.page.locator('mark.pagefind-highlight').first().waitFor();
    } finally {
      await opened.close();
    }
  });
});
