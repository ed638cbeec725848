/**
 * The HTTP headers the site asks static hosts to send, in the `_headers`
 * format of Netlify and Cloudflare Pages. The Content-Security-Policy is the
 * one Astro puts in each page's <meta> tag, plus what a <meta> policy cannot
 * carry (frame-ancestors).
 * Used by the security-headers integration and astro.config.mjs; runs at build time.
 */
export const EXTRA_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
};

/** Reads the policy from a page's `<meta http-equiv="content-security-policy">`, or null. */
export function cspFromHtml(html: string): string | null {
  const meta = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  return meta?.[1]?.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&') ?? null;
}

/** The header policy: the page policy with `frame-ancestors` (which browsers ignore in <meta>): `'none'` unless given. */
export function headerPolicy(metaPolicy: string, frameAncestors = "'none'"): string {
  const directives = metaPolicy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive && !directive.startsWith('frame-ancestors'));
  return [...directives, `frame-ancestors ${frameAncestors}`].join('; ');
}

/**
 * The embed pages (`/statements/<id>/embed/`), the only pages other sites may
 * frame. Their rule removes the frame-denying headers of `/*` (Cloudflare
 * Pages' `! Name`) and sends the policy with `frame-ancestors *`. Netlify
 * has no way to remove a header, so there the embed pages stay unframeable
 * (the blockquote of the snippet still shows).
 */
export const EMBED_PAGES_PATTERN = '/statements/:id/embed/';

/** `_headers`: every page unframeable under the site's policy; the embed pages framable anywhere under their own. */
export function headersFile(metaPolicy: string, embedPolicy: string): string {
  const headers = { 'Content-Security-Policy': headerPolicy(metaPolicy), ...EXTRA_HEADERS };
  return [
    '/*',
    ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
    EMBED_PAGES_PATTERN,
    '  ! X-Frame-Options',
    '  ! Content-Security-Policy',
    `  Content-Security-Policy: ${headerPolicy(embedPolicy, '*')}`,
    '',
  ].join('\n');
}
