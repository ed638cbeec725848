/**
 * axe-core finds no WCAG 2.2 AA violation on one page of each page type, in
 * the light and the dark colour scheme (colour contrast differs between them).
 *
 * axe is injected with `page.evaluate(source)`, which runs through the
 * DevTools protocol and is not subject to the page's Content-Security-Policy,
 * so the page is tested exactly as served, CSP included.
 *
 * `E2E_ALL_PAGES=1` runs it on every page instead.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { closeBrowser, openPage } from './helpers/browser.ts';
import { pagesToVisit } from './helpers/dist.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

declare global {
  interface Window {
    axe: { run(context: Document, options: RunOptions): Promise<AxeResults> };
  }
}

afterAll(closeBrowser);

describe.each(pagesToVisit(inject('distDir')))('accessibility of $type ($path)', ({ path }) => {
  it.each(['light', 'dark'] as const)('%s colour scheme: no axe violations', async (colorScheme) => {
    const opened = await openPage(path, { colorScheme });
    try {
      await opened.page.evaluate(AXE_SOURCE);
      const results = await opened.page.evaluate(
        (options) => window.axe.run(document, options),
        { runOnly: { type: 'tag', values: TAGS }, resultTypes: ['violations'] } satisfies RunOptions,
      );
      const violations = results.violations.flatMap((violation) =>
        violation.nodes.map(
          (node) =>
            `${violation.id} [${violation.impact ?? 'unknown impact'}] ${violation.help}: ${node.target.map(String).join(' ')}` +
            (node.failureSummary ? `\n    ${node.failureSummary.replace(/\n/g, '\n    ')}` : ''),
        ),
      );
      expect(results.testEngine.name, 'axe did not run').toBe('axe-core');
      expect(violations.length, `axe violations on ${path} (${colorScheme}):\n${violations.join('\n')}\n`).toBe(0);
    } finally {
      await opened.close();
    }
  });
});
