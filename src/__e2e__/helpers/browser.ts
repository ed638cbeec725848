/**
 * Headless Chromium for the e2e tests, driven by playwright-core.
 *
 * One browser per test file (launched on first use; call `closeBrowser()` in
 * `afterAll`), one fresh context per page, so options such as the colour
 * scheme or `bypassCSP` never leak from one test to the next. `launch()` gives
 * the browser a new temporary profile (user-data-dir) and deletes it on close.
 */
import { type Browser, type BrowserContext, chromium, type Page, type Response } from 'playwright-core';
import { inject } from 'vitest';

/** The Chromium binary: `CHROME_PATH`, else Debian's `/usr/bin/chromium` (see scripts/ensure-chromium.ts). */
export const chromiumPath = (): string => process.env['CHROME_PATH'] || '/usr/bin/chromium';

/**
 * This machine has no network: without these flags Chromium keeps trying to
 * reach Google's services (updates, sync, field trials) and logs the refusals.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let browserPromise: Promise<Browser> | undefined;

/** The browser of this test file, launched on first use. */
export function getBrowser(): Promise<Browser> {
  browserPromise ??= chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  return browserPromise;
}

/** Closes the browser of this test file, if one was launched. */
export async function closeBrowser(): Promise<void> {
  const pending = browserPromise;
  browserPromise = undefined;
  if (pending !== undefined) await (await pending).close();
}

export interface OpenPageOptions {
  colorScheme?: 'light' | 'dark';
  /** Defaults to 1280×800. */
  viewport?: { width: number; height: number };
  /** Ignore the Content-Security-Policy (only for tests that inject their own scripts). */
  bypassCSP?: boolean;
  /** When `goto` returns; defaults to `networkidle`, so late requests are recorded too. */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle';
}

/** What went wrong while a page loaded; every list is empty on a healthy page. */
export interface PageProblems {
  /** `console.error` messages, including CSP violations and resources the browser failed to load. */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections. */
  pageErrors: string[];
  /** Same-origin requests that failed, or answered with an HTTP status ≥ 400. */
  failedRequests: string[];
  /** Requests to any host other than the test server; they are blocked, and listed here. */
  externalRequests: string[];
}

export interface OpenedPage extends PageProblems {
  page: Page;
  context: BrowserContext;
  /** The response to the navigation. */
  response: Response | null;
  /** The four problem lists, in one object, for a single assertion. */
  problems(): PageProblems;
  close(): Promise<void>;
}

/** `http://127.0.0.1:1234/a/b?c` → `/a/b?c` for same-origin URLs, unchanged otherwise. */
function shortUrl(url: string, origin: string): string {
  return url.startsWith(`${origin}/`) ? url.slice(origin.length) : url;
}

/**
 * Opens `urlPath` (e.g. `/statements/x/`) of the site served by the global
 * setup, in a new context, recording every problem while it loads and after.
 */
export async function openPage(urlPath: string, options: OpenPageOptions = {}): Promise<OpenedPage> {
  if (!urlPath.startsWith('/')) throw new Error(`openPage expects a root-relative path, got "${urlPath}"`);
  const origin = inject('baseUrl');
  const browser = await getBrowser();
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    bypassCSP: options.bypassCSP ?? false,
    serviceWorkers: 'block',
  });
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [], externalRequests: [] };

  const isSameOrigin = (url: string) => {
    try {
      return new URL(url).origin === origin;
    } catch {
      return false;
    }
  };
  const isNetworkUrl = (url: string) => /^(https?|wss?|ftp):/i.test(url);

  // Nothing may leave the test server: other hosts are recorded and refused.
  await context.route(
    (url) => isNetworkUrl(url.href) && url.origin !== origin,
    async (route) => {
      problems.externalRequests.push(`${route.request().method()} ${route.request().url()}`);
      await route.abort('blockedbyclient');
    },
  );
  const serverHost = new URL(origin).host;
  await context.routeWebSocket(
    (url) => url.host !== serverHost,
    async (socket) => {
      problems.externalRequests.push(`WEBSOCKET ${socket.url()}`);
      await socket.close({ code: 1008, reason: 'e2e: no other hosts' });
    },
  );
  context.on('weberror', (error) => problems.pageErrors.push(String(error.error().stack ?? error.error())));
  context.on('requestfailed', (request) => {
    if (!isSameOrigin(request.url())) return; // already listed as external
    problems.failedRequests.push(`${request.method()} ${shortUrl(request.url(), origin)}: ${request.failure()?.errorText ?? 'failed'}`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400 && isSameOrigin(response.url())) {
      problems.failedRequests.push(`${response.request().method()} ${shortUrl(response.url(), origin)}: HTTP ${response.status()}`);
    }
  });
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    const where = url ? ` (${shortUrl(url, origin)}${lineNumber ? `:${lineNumber}` : ''})` : '';
    problems.consoleErrors.push(`${message.text()}${where}`);
  });

  const page = await context.newPage();
  const response = await page.goto(origin + urlPath, { waitUntil: options.waitUntil ?? 'networkidle' });
  return {
    page,
    context,
    response,
    ...problems,
    problems: () => ({
      consoleErrors: [...problems.consoleErrors],
      pageErrors: [...problems.pageErrors],
      failedRequests: [...problems.failedRequests],
      externalRequests: [...problems.externalRequests],
    }),
    close: () => context.close(),
  };
}
