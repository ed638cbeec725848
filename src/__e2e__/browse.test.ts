/**
 * Browsing as a reader does: from the home page to a statement, from a speaker
 * to a statement's anchor, copying a link, and what a shared link previews as.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { quotedInProse } from '../lib/content-check.ts';
import { isVerbatimIn } from '../lib/quote-match.ts';
import { closeBrowser, getBrowser, openPage } from './helpers/browser.ts';
import { pagesToVisit } from './helpers/dist.ts';
import { pathOf, publishedActors, publishedStatements } from './helpers/site-data.ts';

afterAll(closeBrowser);
const statements = publishedStatements();
const statementByPath = new Map(statements.map((statement) => [pathOf(statement.url), statement]));
const foldSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('from the home page to a statement', () => {
  it('a key statement on the home page opens its page, with its words as a quotation', async () => {
    const opened = await openPage('/');
    try {
      const link = opened.page.locator('.statement-card__quote a').first();
      const href = await link.getAttribute('href');
      const statement = statementByPath.get(href ?? '');
      expect(statement, `home links to a statement page (${href})`).toBeDefined();
      await link.click();
      await opened.page.waitForURL(`**${href}`);
      await expect(opened.page.locator('h1').textContent()).resolves.toBe(statement?.summary);
      const quoted = await opened.page.locator('figure blockquote').first().innerText();
      expect(foldSpace(quoted)).toContain(foldSpace(statement?.renderings[0]?.quotes[0] ?? 'missing'));
    } finally {
      await opened.close();
    }
  });

  it("words the home page's introduction puts in quotation marks are verbatim in a source", () => {
    const html = readFileSync(path.join(inject('distDir'), 'index.html'), 'utf8');
    const intro = /<div class="prose lede">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
    const quoted = quotedInProse(intro.replace(/&#39;/g, "'").replace(/&quot;/g, '"'));
    expect(quoted.length).toBeGreaterThan(0);
    const sources: { paragraphs: string[] }[] = JSON.parse(readFileSync(path.join(inject('distDir'), 'data/sources.json'), 'utf8')).sources;
    const allText = sources.flatMap((source) => source.paragraphs).join('\n');
    expect(quoted.filter((words) => !isVerbatimIn(words, allText))).toEqual([]);
  });

  it('every section of the site is linked from the home page', async () => {
    const opened = await openPage('/');
    try {
      const hrefs = await opened.page.locator('main a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      for (const section of ['/statements/', '/speakers/', '/talks/istanbul-talks/', '/events/border-closure/', '/timeline/', '/sources/', '/search/']) {
        expect(hrefs).toContain(section);
      }
    } finally {
      await opened.close();
    }
  });
});

describe('statement pages', () => {
  it.each(statements.map((statement) => [statement.id, statement] as const))('%s: each blockquote holds only the quoted words of one source', async (_id, statement) => {
    const html = readFileSync(path.join(inject('distDir'), pathOf(statement.url), 'index.html'), 'utf8');
    const blockquotes = [...html.matchAll(/<blockquote[^>]*cite="([^"]+)"[^>]*>([\s\S]*?)<\/blockquote>/g)];
    expect(blockquotes).toHaveLength(statement.renderings.length);
    blockquotes.forEach(([, cite, inner], index) => {
      const rendering = statement.renderings[index];
      const passages = [...(inner ?? '').matchAll(/<p>([\s\S]*?)<\/p>/g)].map((match) => foldSpace(match[1] ?? ''));
      const decode = (text: string) => text.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      expect(passages.map(decode)).toEqual(rendering?.quotes.map(foldSpace));
      expect(cite).toContain(pathOf(rendering?.source.url ?? ''));
    });
  });

  it.each(statements.map((statement) => [statement.id, statement] as const))('%s: previews as the quotation and speaker when shared', (_id, statement) => {
    const html = readFileSync(path.join(inject('distDir'), pathOf(statement.url), 'index.html'), 'utf8');
    const meta = (attribute: string, name: string) =>
      new RegExp(`<meta ${attribute}="${name}" content="([^"]*)"`).exec(html)?.[1]?.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    const firstWords = foldSpace(statement.renderings[0]?.quotes[0] ?? '').slice(0, 40);
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1]?.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&') ?? '';
    // The tab title is the preview title, shortened; the preview keeps the speaker and the words whole.
    expect(meta('property', 'og:title')).toContain(statement.speaker.name);
    expect(meta('property', 'og:title')?.startsWith(title.split('…')[0]?.split(' | ')[0] ?? '-')).toBe(true);
    expect(meta('property', 'og:title')).toContain(firstWords.slice(0, 20));
    expect(meta('name', 'description')).toContain(firstWords.slice(0, 20));
    expect(meta('property', 'og:description')).toContain(firstWords.slice(0, 20));
    expect(meta('name', 'twitter:card')).toBe('summary');
    expect(meta('property', 'og:type')).toBe('article');
    expect(meta('property', 'og:url')).toBe(statement.url);
    expect(/<link rel="canonical" href="([^"]+)"/.exec(html)?.[1]).toBe(statement.url);

    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? 'null');
    expect(ld).toMatchObject({ '@context': 'https://schema.org', url: statement.url, creator: { name: statement.speaker.name, url: statement.speaker.url } });
    const sourceUrls = statement.renderings.map((rendering) => rendering.source.url).sort();
    if (statement.kind === 'direct-quote') {
      // A direct quotation is the speaker's words...
      expect(ld).toMatchObject({ '@type': 'Quotation', spokenByCharacter: { name: statement.speaker.name } });
      expect(ld.isBasedOn.map((source: { url: string }) => source.url).sort()).toEqual(sourceUrls);
    } else {
      // ...reported speech is the reporter's, so it is a claim appearing in the sources, not a quotation.
      expect(ld['@type']).toBe('Claim');
      expect(ld.spokenByCharacter).toBeUndefined();
      expect(ld.appearance.map((source: { url: string }) => source.url).sort()).toEqual(sourceUrls);
    }
  });

  it('in the browser, the metadata reads the same as the page', async () => {
    const statement = statements.find((entry) => entry.renderings.length > 1) ?? statements[0];
    const opened = await openPage(pathOf(statement?.url ?? '/'));
    try {
      const title = await opened.page.title();
      expect(title).toContain(statement?.speaker.name.slice(0, 20));
      const ldText = await opened.page.locator('script[type="application/ld+json"]').textContent();
      expect(JSON.parse(ldText ?? '{}')['@type']).toBe(statement?.kind === 'direct-quote' ? 'Quotation' : 'Claim');
      // Where two sources render a statement, both renderings are on the page.
      await expect(opened.page.locator('figure.quotation').count()).resolves.toBe(statement?.renderings.length);
    } finally {
      await opened.close();
    }
  });
});

describe('speaker pages', () => {
  const asif = publishedActors().find((actor) => actor.statements.length > 1);

  it("a statement's link on a speaker page lands on its anchor", async () => {
    const target = asif?.statements[1]?.id ?? '';
    const opened = await openPage(`/speakers/${asif?.id}/#${target}`);
    try {
      const card = opened.page.locator(`[id="${target}"]`);
      await expect(card.evaluate((element) => element.matches(':target'))).resolves.toBe(true);
      await expect(card.isVisible()).resolves.toBe(true);
      const box = await card.boundingBox();
      expect(box && box.y >= 0 && box.y < 800, 'the anchored statement is scrolled into view').toBe(true);
      // And it leads on to the statement's own page.
      await card.locator('.statement-card__quote a').click();
      await opened.page.waitForURL(`**/statements/${target}/`);
    } finally {
      await opened.close();
    }
  });

  it('lists every statement of the speaker, each with its anchor', async () => {
    const opened = await openPage(`/speakers/${asif?.id}/`);
    try {
      const ids = await opened.page.locator('#statements ~ ul li.statement-card, section li.statement-card').evaluateAll((cards) => cards.map((card) => card.id));
      expect(ids.sort()).toEqual(asif?.statements.map((statement) => statement.id).sort());
    } finally {
      await opened.close();
    }
  });

  it("an anchor the speaker's page does not hold (a statement that moved to another page) goes to the statement's own page", async () => {
    // Another speaker's statement stands in for one that moved: this page does not hold it.
    const elsewhere = statements.find((statement) => statement.speaker.id !== asif?.id);
    const opened = await openPage(`/speakers/${asif?.id}/#${elsewhere?.id}`);
    try {
      await opened.page.waitForURL(`**/statements/${elsewhere?.id}/`);
    } finally {
      await opened.close();
    }
    const stays = await openPage(`/speakers/${asif?.id}/#statements`);
    try {
      await stays.page.waitForLoadState('load');
      expect(new URL(stays.page.url()).pathname).toBe(`/speakers/${asif?.id}/`);
    } finally {
      await stays.close();
    }
  });

  it("a statement page links to its place on the speaker's page", async () => {
    const statement = statements[0];
    const opened = await openPage(pathOf(statement?.url ?? '/'));
    try {
      await opened.page.getByRole('link', { name: statement?.speaker.name ?? '', exact: true }).last().click();
      await opened.page.waitForURL(`**/speakers/${statement?.speaker.id}/#${statement?.id}`);
      await expect(opened.page.locator(`[id="${statement?.id}"]`).evaluate((element) => element.matches(':target'))).resolves.toBe(true);
    } finally {
      await opened.close();
    }
  });
});

describe('copy link', () => {
  const statement = statements[0];

  it('copies the permanent URL and says so', async () => {
    const opened = await openPage(pathOf(statement?.url ?? '/'));
    try {
      await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: inject('baseUrl') });
      const button = opened.page.getByRole('button', { name: 'Copy link' });
      await button.click();
      await expect(opened.page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(statement?.url);
      await expect(opened.page.locator('[data-copy-status]').first().textContent()).resolves.toBe('Link copied');
    } finally {
      await opened.close();
    }
  });

  it('copies a ready-made citation', async () => {
    const opened = await openPage(pathOf(statement?.url ?? '/'));
    try {
      await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: inject('baseUrl') });
      await opened.page.getByRole('button', { name: 'Copy citation' }).first().click();
      const copied = await opened.page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toContain(statement?.speaker.name);
      expect(copied).toContain(statement?.url);
    } finally {
      await opened.close();
    }
  });

  it('without JavaScript, the link is there and the button is not', async () => {
    const browser = await getBrowser();
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${inject('baseUrl')}${pathOf(statement?.url ?? '/')}`);
      await expect(page.locator('a[data-permalink]').getAttribute('href')).resolves.toBe(statement?.url);
      await expect(page.getByRole('button', { name: 'Copy link' }).count()).resolves.toBe(0);
    } finally {
      await context.close();
    }
  });
});

describe('text', () => {
  // Astro 7 drops line breaks between text and inline elements; a missing {' '} glues words to links.
  it.each(pagesToVisit(inject('distDir')).map((page) => [page.path] as const))('%s has no word glued to a link', (pagePath) => {
    const file = pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath;
    const html = readFileSync(path.join(inject('distDir'), file), 'utf8').replace(/<script[\s\S]*?<\/script>/g, '');
    expect(html.match(/[A-Za-z0-9][.,;:]?<a\s[^>]*>|<\/a>[A-Za-z0-9(]/g) ?? []).toEqual([]);
  });
});

describe('keyboard, small screens and page weight', () => {
  it('the first Tab reaches a visible "Skip to content" link that moves focus to the content', async () => {
    const opened = await openPage('/');
    try {
      await opened.page.keyboard.press('Tab');
      const focused = opened.page.locator(':focus');
      await expect(focused.textContent()).resolves.toBe('Skip to content');
      await expect(focused.evaluate((element) => element.getBoundingClientRect().left >= 0)).resolves.toBe(true);
      await opened.page.keyboard.press('Enter');
      expect(opened.page.url()).toMatch(/#content$/);
      // Focus indicators are visible: the next link gets an outline.
      await opened.page.keyboard.press('Tab');
      const outline = await opened.page.locator(':focus').evaluate((element) => getComputedStyle(element).outlineStyle);
      expect(outline).not.toBe('none');
    } finally {
      await opened.close();
    }
  });

  it.each(pagesToVisit(inject('distDir')).map((page) => [page.path] as const))('%s fits a 320 px wide screen without sideways scrolling', async (pagePath) => {
    const opened = await openPage(pagePath, { viewport: { width: 320, height: 640 } });
    try {
      const overflow = await opened.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await opened.close();
    }
  });

  it('a statement page transfers at most 20 KB (HTML, CSS and JS, gzipped), with no other JavaScript than the copy button and highlighting', async () => {
    const statement = statements.reduce((largest, entry) => (entry.renderings.length > (largest?.renderings.length ?? 0) ? entry : largest), statements[0]);
    const opened = await openPage(pathOf(statement?.url ?? '/'));
    try {
      const resources = await opened.page.evaluate(() =>
        performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
      );
      const files = [`${pathOf(statement?.url ?? '/')}index.html`, ...resources.filter((resource) => /\.(css|js)$/.test(resource))];
      const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(inject('distDir'), file))).length, 0);
      expect(resources.filter((resource) => resource.endsWith('.js')).length).toBeLessThanOrEqual(1);
      expect(bytes).toBeLessThanOrEqual(20 * 1024);
    } finally {
      await opened.close();
    }
  });
});
