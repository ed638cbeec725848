/**
 * The embed page (`/statements/<id>/embed/`) and oEmbed answer
 * (`/statements/<id>/oembed.json`) of a statement, as files. They are written
 * after the build (integrations/statement-embeds.ts) rather than rendered as
 * Astro routes: at 10,000 statements two more routes per statement cost a
 * third of the floor's build time, for pages that are one string each.
 * Build-time only (node:crypto).
 */
import { createHash } from 'node:crypto';
import { embedBlockquote, embedPageDescription, embedPageTitle, escapeHtml, oembedResponse, type EmbedModel } from './embed.ts';

/** The page's only style: readable alone, framed at any width, in light and dark. */
export const EMBED_PAGE_STYLE = [
  'body{margin:0;padding:12px 16px;font:17px/1.5 Georgia,"Times New Roman",serif;color:#1a1a1a;background:#fdfcf9}',
  'blockquote{margin:0;border-left:4px solid #cfcabc;padding-left:12px}',
  'blockquote p:first-child{margin-top:0;font-size:1.1em}',
  'blockquote p+p{font:14px/1.4 system-ui,sans-serif;color:#545454}',
  'a,a:visited{color:#0b4f94}',
  '@media (prefers-color-scheme:dark){body{color:#eee;background:#16171a}blockquote p+p{color:#bbb}a,a:visited{color:#9cc4ff}}',
].join('');

/**
 * The embed pages' Content-Security-Policy: nothing but their one style and
 * the site's icon. `_headers` sends it with `frame-ancestors *`.
 */
export const EMBED_PAGE_POLICY = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(EMBED_PAGE_STYLE).digest('base64')}'`,
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export interface EmbedPageLinks {
  /** The embed page's own absolute URL. */
  embedUrl: string;
  /** The site's home page, absolute (the oEmbed provider). */
  homeUrl: string;
  /** The site's icon, a path on the site. */
  favicon: string;
  siteShortName: string;
  /** The statement's title, as its page's link preview has it (the oEmbed title). */
  title: string;
}

/** The embed page: the blockquote alone, no script, links opening outside the frame, not indexed (the statement page is canonical). */
export function embedPageHtml(model: EmbedModel, links: EmbedPageLinks): string {
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="content-security-policy" content="${escapeHtml(EMBED_PAGE_POLICY)}">`,
    `<title>${escapeHtml(embedPageTitle(model, links.siteShortName))}</title>`,
    '<meta name="robots" content="noindex">',
    `<meta name="description" content="${escapeHtml(embedPageDescription(model))}">`,
    `<link rel="icon" href="${escapeHtml(links.favicon)}" type="image/svg+xml">`,
    `<link rel="canonical" href="${escapeHtml(model.url)}">`,
    '<base target="_blank">',
    `<style>${EMBED_PAGE_STYLE}</style>`,
    `</head><body><main>${embedBlockquote(model)}</main></body></html>`,
    '',
  ].join('\n');
}

/** The oEmbed answer as the file serves it. */
export function oembedJson(model: EmbedModel, links: EmbedPageLinks): string {
  return `${JSON.stringify(oembedResponse(model, links.embedUrl, links.homeUrl, links.title), null, 2)}\n`;
}
