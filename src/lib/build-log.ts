/**
 * What `npm run build` shows of Astro's and Pagefind's output. One line per
 * built page is noise at thousands of pages, so those lines are shown only
 * when asked for (`npm run build -- --pages`, or `BUILD_PAGES=1`); everything
 * else, warnings and errors included, passes through unchanged.
 */

/** Astro's line for one built page (`  ├─ /statements/x/index.html (+3ms)`) or for the route it belongs to (`▶ src/pages/x.astro`). */
export function isPerPageLine(line: string): boolean {
  // eslint-disable-next-line no-control-regex
  const plain = line.replace(/\u001b\[[0-9;]*m/g, '');
  return /^(?:\S+ )?\s*[├└]─ \S/.test(plain) || /^(?:\S+ )?▶ src\/pages\//.test(plain);
}

/** The lines to show, given whether per-page lines were asked for. */
export function buildLogFilter(showPages: boolean): (line: string) => boolean {
  return showPages ? () => true : (line) => !isPerPageLine(line);
}

/** Whether the build's caller asked for per-page lines. */
export function wantsPageLines(argv: readonly string[], env: Record<string, string | undefined>): boolean {
  return argv.includes('--pages') || env['BUILD_PAGES'] === '1';
}
