import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cspFromHtml, headersFile } from '../lib/security-headers.ts';

/**
 * Writes `dist/_headers` with the same Content-Security-Policy Astro puts in
 * every page, so hosts that read `_headers` enforce it as a real header too.
 * Fails the build if pages disagree, since one `/*` rule must fit them all.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, pages, logger }) => {
        const policies = new Map<string, string>();
        for (const { pathname } of pages) {
          const file = new URL(`${pathname}${pathname === '' || pathname.endsWith('/') ? 'index.html' : ''}`, dir);
          let html: string;
          try {
            html = readFileSync(fileURLToPath(file), 'utf8');
          } catch {
            continue; // not an HTML page (e.g. a data file)
          }
          const policy = cspFromHtml(html);
          if (policy) policies.set(pathname || '/', policy);
        }
        const distinct = new Set(policies.values());
        if (distinct.size === 0) throw new Error('security-headers: no page carries a Content-Security-Policy <meta>; is security.csp on?');
        if (distinct.size > 1) {
          throw new Error(`security-headers: pages carry ${distinct.size} different policies; _headers needs one. Pages: ${[...policies.keys()].slice(0, 5).join(', ')}…`);
        }
        const [policy] = distinct;
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile(policy ?? ''));
        logger.info(`wrote _headers for ${policies.size} pages`);
      },
    },
  };
}
