// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentIntegrity } from './src/integrations/content-integrity.ts';
import { quoteCards } from './src/integrations/quote-cards.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { statementEmbeds } from './src/integrations/statement-embeds.ts';
import { PLACEHOLDER_SITE_URL, SITE } from './src/lib/site.ts';
import { entryPageDates } from './src/lib/build/entry-dates.ts';
import { MOVED_PAGES } from './src/lib/routes/urls.ts';

// The public address the site is served from; canonical URLs, feeds, the sitemap, the data files and link previews use it.
const site = process.env.SITE_URL || PLACEHOLDER_SITE_URL;
const pageDates = entryPageDates('content');

/**
 * Rolldown warns once per MDX file that the module-level directive
 * "use astro:head-inject" (added by Astro itself) may not be preserved when
 * bundling: harmless, and known upstream (withastro/astro#18087). At 10,000
 * statements it is 10,000 warnings, so only that one is dropped; every other
 * warning still reaches the log.
 *
 * @param {{ code?: string; message?: unknown }} log
 */
const isUpstreamHeadInjectWarning = (log) => log.code === 'MODULE_LEVEL_DIRECTIVE' && String(log.message).includes('astro:head-inject');

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Four pages in flight: while one page's file is written, the next renders. At 10,000 statements
  // this cut rendering from about 65 s to 41 s on this 2-core machine (see README, At scale).
  build: { concurrency: 4 },
  // Published URLs never break: a renamed entry keeps its old address as a redirect.
  // Nothing on the site is highlighted; Shiki would also need inline styles the CSP forbids.
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          if (level === 'warn' && isUpstreamHeadInjectWarning(log)) return;
          handler(level, log);
        },
      },
    },
  },
  integrations: [
    contentIntegrity(),
    {
      name: 'site-url',
      hooks: {
        'astro:config:setup': ({ command, logger }) => {
          if (command === 'build' && !process.env.SITE_URL) {
            logger.info(`SITE_URL is not set: canonical URLs, the feed, the sitemap and the data use ${PLACEHOLDER_SITE_URL}; set it to the public address before deploying.`);
          }
        },
      },
    },
    mdx(),
    // The search page and 404 are not content.
    sitemap({
      filter: (page) => !/\/(search|404|embed)\/?$/.test(new URL(page).pathname) && !(new URL(page).pathname in MOVED_PAGES),
      // Entry pages carry the day they last changed on this site (written in the entry, never the build's clock).
      serialize: (item) => {
        const day = pageDates.get(new URL(item.url).pathname);
        return day ? { ...item, lastmod: day } : item;
      },
    }),
    securityHeaders(),
    quoteCards({ siteName: SITE.name }),
    statementEmbeds(SITE),
  ],
  security: {
    // Scripts and styles only from this site, plus the hashes Astro adds for its own.
    // Pagefind compiles WebAssembly ('wasm-unsafe-eval') and runs a same-origin worker.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
