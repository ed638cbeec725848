/**
 * Runs axe-core (WCAG 2.2 AA rules) in a page and lists its violations, one
 * line per element. axe is injected with `page.evaluate(source)`, which runs
 * through the DevTools protocol and is not subject to the page's CSP, so the
 * page is tested exactly as served.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

declare global {
  interface Window {
    axe: { run(context: Document, options: RunOptions): Promise<AxeResults> };
  }
}

export async function axeViolations(page: Page): Promise<{ engine: string; violations: string[] }> {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate((options) => window.axe.run(document, options), {
    runOnly: { type: 'tag', values: TAGS },
    resultTypes: ['violations'],
  } satisfies RunOptions);
  const violations = results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} [${violation.impact ?? 'unknown impact'}] ${violation.help}: ${node.target.map(String).join(' ')}` +
        (node.failureSummary ? `\n    ${node.failureSummary.replace(/\n/g, '\n    ')}` : ''),
    ),
  );
  return { engine: results.testEngine.name, violations };
}
