/**
 * The `security-headers` Astro integration: `dist/_headers` after the build. Runs in the build (astro.config.mjs).
 */
import { closeSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cspFromHtml, headersFile } from '../lib/build/security-headers.ts';
import { EMBED_PAGE_POLICY } from '../lib/sharing/embed-page.ts';

/** The first bytes of a page: Astro writes the policy's <meta> near the top of <head>, and reading only that much keeps this step short at 10,000 pages. */
function readStart(file: string, bytes = 16 * 1024): string {
  const buffer = Buffer.alloc(bytes);
  const descriptor = openSync(file, 'r');
  try {
    return buffer.subarray(0, readSync(descriptor, buffer, 0, bytes, 0)).toString('utf8');
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Writes `dist/_headers` with the same Content-Security-Policy Astro puts in
 * every page, so hosts that read `_headers` enforce it as a real header too.
 * Fails the build if pages disagree, since one `/*` rule must fit them all.
 * The embed pages, written after the build by statement-embeds, have their own policy (EMBED_PAGE_POLICY) and rule.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, pages, logger }) => {
        const policies = new Map<string, string>();
        for (const { pathname } of pages) {
          const file = new URL(`${pathname}${pathname === '' || pathname.endsWith('/') ? 'index.html' : ''}`, dir);
          let head: string;
          try {
            head = readStart(fileURLToPath(file));
          } catch {
            continue; // not an HTML page (e.g. a data file)
          }
          // A page whose head is longer is read whole.
          const policy = cspFromHtml(head) ?? cspFromHtml(readFileSync(fileURLToPath(file), 'utf8'));
          if (policy) policies.set(pathname || '/', policy);
        }
        const distinct = new Set(policies.values());
        if (distinct.size === 0) throw new Error('security-headers: no page carries a Content-Security-Policy <meta>; is security.csp on?');
        if (distinct.size > 1) {
          throw new Error(`security-headers: pages carry ${distinct.size} different policies; _headers needs one. Pages: ${[...policies.keys()].slice(0, 5).join(', ')}…`);
        }
        const pagePolicy = [...distinct][0] ?? '';
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile(pagePolicy, EMBED_PAGE_POLICY));
        logger.info(`wrote _headers for ${policies.size} pages`);
      },
    },
  };
}
