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

afterAll(closeBrowser);

describe.each(pagesToVisit(inject('distDir')))('loading $type ($path)', ({ path }) => {
  it.each(['light', 'dark'] as const)('%s colour scheme: no errors, no failed or external requests', async (colorScheme) => {
    const opened = await openPage(path, { colorScheme });
    try {
      expect(opened.response?.status(), `HTTP status of ${path}`).toBe(200);
      expect(opened.problems()).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], externalRequests: [] });
    } finally {
      await opened.close();
    }
  });
});
