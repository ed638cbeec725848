/**
 * What `npm run build` shows of Astro's and Pagefind's output. One line per
 * built page is noise at thousands of pages, so those lines are shown only
 * when asked for (`npm run build -- --pages`, or `BUILD_PAGES=1`); everything
 * else, warnings and errors included, passes through unchanged.
 * Used by `scripts/build.ts`; runs in Node.
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

/**
 * Reads Astro's log line by line and says when every page has been written:
 * the first "✓ Completed in …" after "generating static routes". Pagefind can
 * start then, beside Astro's closing hooks (sitemap, `_headers`, quote cards).
 * Should Astro word its log differently, this never fires and Pagefind waits
 * for Astro to exit, as it would anyway.
 */
export function pagesWrittenWatcher(): (line: string) => boolean {
  let generating = false;
  let written = false;
  return (line) => {
    // eslint-disable-next-line no-control-regex
    const plain = line.replace(/\u001b\[[0-9;]*m/g, '');
    if (!generating) generating = /generating static routes/.test(plain);
    else if (!written) written = /✓ Completed in /.test(plain);
    return written;
  };
}

/**
 * Output that waits: what is written before `release()` is kept, then passed
 * on to `next` in order; after it, everything passes straight through. The
 * build holds Astro's lines until the content check passes, and Pagefind's
 * until Astro's log has ended, so that logs do not interleave.
 */
export function heldOutput(next: (write: () => void) => void) {
  let waiting: (() => void)[] | undefined = [];
  return {
    write: (write: () => void) => (waiting ? waiting.push(write) : next(write)),
    release: () => {
      const held = waiting ?? [];
      waiting = undefined;
      for (const write of held) next(write);
    },
  };
}
