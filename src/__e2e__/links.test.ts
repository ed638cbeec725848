/**
 * No broken internal link or anchor anywhere in the build.
 *
 * linkinator crawls every page of `dist/` through the e2e server and checks
 * each `href`, `src` and `srcset` (plus `url()` in CSS, JSON-LD URLs, meta
 * refresh) on the same origin, and each `#fragment` against the `id`s and
 * `<a name>`s of its target page. Absolute links to the site's public origin
 * (read from `<link rel="canonical">`) are checked against the build too; links
 * to any other host are not fetched (there is no network here).
 *
 * linkinator does not check fragments on pages it takes for "soft 404s"
 * (HTML containing both `content="noindex` and `nofollow`); the test checks
 * those itself, so no fragment goes unchecked.
 */
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { Parser } from 'htmlparser2';
import { describe, expect, inject, it } from 'vitest';
import { listPagePaths } from './helpers/dist.ts';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `id`s and `<a name>`s of a document: the fragments it can be linked to. */
function fragmentTargets(html: string): Set<string> {
  const targets = new Set<string>();
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes['id']) targets.add(attributes['id']);
        if (name === 'a' && attributes['name']) targets.add(attributes['name']);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return targets;
}

describe('links', () => {
  const baseUrl = inject('baseUrl');
  const site = inject('siteOrigin');
  const pages = listPagePaths(inject('distDir'));
  /** Server URLs (and site URLs) → `/path` for messages. */
  const short = (url: string | undefined) => {
    if (url === undefined || url === '') return '(start)';
    for (const origin of [baseUrl, site]) if (origin && url.startsWith(`${origin}/`)) return url.slice(origin.length);
    return url;
  };
  const toLocal = (url: string) => (site && (url === site || url.startsWith(`${site}/`)) ? baseUrl + url.slice(site.length) : url);

  it(`every internal link and fragment of the ${pages.length} pages resolves`, { timeout: 180_000 }, async () => {
    const fragmentLinks = new Set<string>();
    const result = await new LinkChecker().check({
      path: pages.map((page) => baseUrl + page),
      recurse: true,
      checkCss: true,
      checkFragments: true,
      concurrency: 8,
      timeout: 20_000,
      redirects: 'allow',
      urlRewriteExpressions: site ? [{ pattern: new RegExp(`^${escapeRegExp(site)}(?=/|$)`), replacement: baseUrl }] : [],
      // Only the test server and the site's own origin are checked; other hosts are out of reach offline.
      linksToSkip: async (link) => {
        const { origin } = new URL(link);
        return origin !== baseUrl && origin !== site;
      },
      // Not to skip anything: to see every fragment link, for the soft-404 check below.
      fragmentsToSkip: async (fragment, url) => {
        fragmentLinks.add(toLocal(url));
        // A text directive (`#p3:~:text=…`) is not an id: its anchor part is checked below.
        return fragment.includes(':~:');
      },
    });

    const describeFailure = (link: LinkResult) => {
      const details = (link.failureDetails ?? [])
        .map((detail) => (detail instanceof Error ? detail.message : `HTTP ${detail.status}`))
        .filter((text, index, all) => all.indexOf(text) === index);
      const text = link.displayText ? ` "${link.displayText}"` : '';
      return `${short(link.parent)} → ${short(link.url)}${text}: ${details.join('; ') || `status ${link.status ?? 'none'}`}`;
    };
    const broken = result.links.filter((link) => link.state === LinkState.BROKEN).map(describeFailure);

    // Fragments on pages linkinator did not check ("soft 404s").
    const pagesHtml = new Map<string, string | undefined>();
    for (const link of fragmentLinks) {
      const url = new URL(link);
      if (url.origin !== baseUrl) continue;
      const directive = decodeURIComponent(url.hash.slice(1));
      const fragment = directive.split(':~:')[0] ?? '';
      url.hash = '';
      if (!pagesHtml.has(url.href)) {
        const response = await fetch(url);
        const isHtml = response.ok && (response.headers.get('content-type') ?? '').startsWith('text/html');
        pagesHtml.set(url.href, isHtml ? await response.text() : undefined);
      }
      const html = pagesHtml.get(url.href);
      const isSoft404 = html !== undefined && html.includes('content="noindex') && html.includes('nofollow');
      const checkHere = isSoft404 || directive.includes(':~:');
      if (html !== undefined && checkHere && !/^top$/i.test(fragment) && !fragmentTargets(html).has(fragment)) {
        broken.push(`(a page of the build) → ${short(link)}: Fragment identifier '#${fragment}' not found on page`);
      }
    }

    // Every page was crawled (a page linkinator never reached would have gone unchecked).
    const checked = new Set(result.links.filter((link) => link.state === LinkState.OK).map((link) => link.url));
    const unchecked = pages.filter((page) => !checked.has(baseUrl + page));

    expect(unchecked, 'pages linkinator did not check').toEqual([]);
    expect(broken.length, `broken links:\n${broken.sort().join('\n')}\n`).toBe(0);
  });
});
