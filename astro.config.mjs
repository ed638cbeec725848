// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentIntegrity } from './src/integrations/content-integrity.ts';
import { quoteCards } from './src/integrations/quote-cards.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { PLACEHOLDER_SITE_URL, SITE } from './src/lib/site.ts';

// The public address the site is served from; canonical URLs, feeds, the sitemap, the data files and link previews use it.
const site = process.env.SITE_URL || PLACEHOLDER_SITE_URL;

/** @type {readonly import('./src/lib/content-check.ts').CheckedEntry[]} */
let checkedEntries = [];

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Published URLs never break: a renamed entry keeps its old address as a redirect.
  redirects: {
    // The topic's label took one side's word ("regime"); it is now named neutrally.
    '/topics/taliban-regime/': '/topics/taliban-government/',
  },
  integrations: [
    contentIntegrity({ onChecked: (entries) => (checkedEntries = entries) }),
    {
      name: 'site-url',
      hooks: {
        'astro:config:setup': ({ command, logger }) => {
          if (command === 'build' && !process.env.SITE_URL) {
            logger.warn(`SITE_URL is not set: canonical URLs, the feed, the sitemap and the data use ${PLACEHOLDER_SITE_URL}; set it to the public address before deploying.`);
          }
        },
      },
    },
    mdx(),
    // The search page and 404 are not content.
    sitemap({ filter: (page) => !/\/(search|404)\/?$/.test(new URL(page).pathname) }),
    securityHeaders(),
    quoteCards({ siteName: SITE.name, entries: () => checkedEntries }),
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
