/**
 * One page of each page type loads in Chromium, with the headers of
 * `dist/_headers` (Content-Security-Policy included) applied by the server,
 * without a console error, an uncaught exception, a failed request or a
 * request to any host but the site's own.
 *
 * `E2E_ALL_PAGES=1` loads every page instead.
 */
import { afterAll, describe, expect, inject, it } from 'vitest';
import { closeBrowser, openPage } from './helpers/browser.ts';
import { pagesToVisit } from './helpers/dist.ts';
import { EMBED_PAGE_POLICY } from '../lib/sharing/embed-page.ts';

afterAll(closeBrowser);

describe('the Content-Security-Policy', () => {
  it('refuses a script injected into a page', async () => {
    const opened = await openPage('/');
    try {
      await opened.page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.injected = true';
        document.body.append(script);
      });
      await expect(opened.page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).resolves.toBeUndefined();
      expect(opened.problems().consoleErrors.join('\n')).toMatch(/Content Security Policy/);
    } finally {
      await opened.close();
    }
  });
});

describe.each(pagesToVisit(inject('distDir')))('loading $type ($path)', ({ path }) => {
  it.each(['light', 'dark'] as const)('%s colour scheme: no errors, no failed or external requests', async (colorScheme) => {
    const opened = await openPage(path, { colorScheme });
    try {
      expect(opened.response?.status(), `HTTP status of ${path}`).toBe(200);
      expect(opened.problems()).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], externalRequests: [] });
      // The policy was really in force, as a header and in the page; the embed pages' own allows no script at all.
      const policy = opened.response?.headers()['content-security-policy'];
      if (path.endsWith('/embed/')) expect(policy).toBe(`${EMBED_PAGE_POLICY}; frame-ancestors *`);
      else expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
      await expect(opened.page.locator('meta[http-equiv="content-security-policy"]').count()).resolves.toBe(1);
    } finally {
      await opened.close();
    }
  });
});
