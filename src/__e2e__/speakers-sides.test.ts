/**
 * Who said what, by speaker and by side: organisations list their members'
 * statements, each side has a page, counts count statements and their
 * sources, and statement cards are the same everywhere, each one link.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { searchSpeakerLabel, sideLede, speakerCount } from '../lib/text/text.ts';
import { curlyQuotes } from '../lib/sharing/previews.ts';
import { closeBrowser, openPage } from './helpers/browser.ts';
import { pathOf, publishedActors, publishedStatements } from './helpers/site-data.ts';

afterAll(closeBrowser);

interface Actor {
  id: string;
  name: string;
  role: string | null;
  kind: string;
  side: string;
  url: string;
  memberOf: { id: string }[];
  statements: { id: string }[];
}
const actors: Actor[] = publishedActors() as unknown as Actor[];
const statements = publishedStatements();
const actorById = new Map(actors.map((actor) => [actor.id, actor]));
const htmlOf = (urlPath: string) => readFileSync(path.join(inject('distDir'), urlPath, 'index.html'), 'utf8');
const decode = (text: string) => text.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const textOf = (html: string) => decode(html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).trim();

/** Members of a group, directly or through a body within it, from the open data. */
function membersOf(groupId: string): Set<string> {
  const found = new Set<string>();
  const visit = (id: string) =>
    actors.filter((actor) => actor.memberOf.some((group) => group.id === id) && !found.has(actor.id)).forEach((actor) => (found.add(actor.id), visit(actor.id)));
  visit(groupId);
  return found;
}
const sourcesOf = (list: typeof statements) => new Set(list.flatMap((statement) => statement.renderings.map((rendering) => rendering.source.id))).size;

describe('organisations and their members', () => {
  const groups = actors.filter((actor) => statements.some((statement) => membersOf(actor.id).has(statement.speaker.id)));
  it('the content links the spokesperson to the United Nations and the delegation to the Taliban government', () => {
    expect(groups.map((group) => group.id)).toEqual(expect.arrayContaining(['united-nations', 'taliban-government']));
  });
  it.each(groups.map((group) => [group.id, group] as const))("%s lists its members' statements, marked as such", (_id, group) => {
    const html = htmlOf(pathOf(group.url));
    const section = /<section aria-labelledby="by-members"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    const expected = statements.filter((statement) => membersOf(group.id).has(statement.speaker.id));
    const linked = [...section.matchAll(/<a class="statement-card__link" href="([^"]+)"/g)].map((match) => match[1]);
    expect(linked.sort()).toEqual(expected.map((statement) => pathOf(statement.url)).sort());
    for (const statement of expected) expect(textOf(section)).toContain(`By a member: ${actorById.get(statement.speaker.id)?.name}`);
  });
});

describe('counts', () => {
  it.each(actors.map((actor) => [actor.id, actor] as const))('%s counts its statements and the sources they come from', (_id, actor) => {
    const own = statements.filter((statement) => statement.speaker.id === actor.id);
    const text = textOf(/<p class="muted"[^>]*>\s*(\d+ statements?[\s\S]*?)<\/p>\s*<\/article>/.exec(htmlOf(pathOf(actor.url)))?.[1] ?? '');
    const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
    expect(text.startsWith(n(own.length, 'statement') + (own.length > 0 ? ` from ${n(sourcesOf(own), 'source')}` : ''))).toBe(true);
  });
  // The wording itself ("by a Pakistani security official…", not a possessive) is unit-tested in speakers.test.ts.
  it.each(actors.filter((actor) => statements.some((statement) => statement.speaker.id === actor.id)).map((actor) => [actor.id, actor] as const))(
    '%s links to a search of its statements, worded for its name',
    (_id, actor) => {
      const link = /<a href="([^"]+)">(Search statements by [^<]*)<\/a>/.exec(htmlOf(pathOf(actor.url)));
      expect(link?.[1]).toBe(`/search/?speaker=${actor.id}`);
      expect(decode(link?.[2] ?? '')).toBe(searchSpeakerLabel(actor.name));
    },
  );
});

describe('speaker badges', () => {
  // Copied, read aloud or indexed, a badge's parts are words apart ("Khawaja Asif Pakistan's Defence Minister Pakistan"), not "AsifPakistan's".
  it.each(statements.map((statement) => [pathOf(statement.url), statement] as const))('%s keeps the speaker\'s name, role and side apart', (urlPath, statement) => {
    const actor = actorById.get(statement.speaker.id) as Actor;
    const badges = [...htmlOf(urlPath).matchAll(/<span class="speaker-badge">([\s\S]*?<\/span>)<\/span>/g)].map((match) => decode((match[1] ?? '').replace(/<[^>]+>/g, '')));
    expect(badges.length).toBeGreaterThan(0);
    for (const badge of badges) {
      expect(badge).toMatch(new RegExp(`^${escapeRegExp(actor.name)} ${actor.role ? `${escapeRegExp(curlyQuotes(actor.role))} ` : ''}\\S`));
    }
  });
});

describe('a page per side', () => {
  const sides = [...new Set(actors.map((actor) => actor.side))];
  it.each(sides.map((side) => [side] as const))('/sides/%s/ lists its speakers, those with statements first, named before unnamed, and its statements', (side) => {
    const html = htmlOf(`/sides/${side}/`);
    const onSide = actors.filter((actor) => actor.side === side);
    const listed = [...(/<ul class="side-speakers">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '').matchAll(/<a href="([^"]+)"/g)].map((match) => match[1]);
    expect([...listed].sort()).toEqual(onSide.map((actor) => pathOf(actor.url)).sort());
    const listedActors = listed.map((href) => actors.find((actor) => pathOf(actor.url) === href));
    const speaks = listedActors.map((actor) => (actor?.statements.length ?? 0) > 0);
    expect(speaks, 'those with statements come before those without').toEqual([...speaks].sort((a, b) => Number(b) - Number(a)));
    const unnamed = listedActors.filter((actor) => (actor?.statements.length ?? 0) > 0).map((actor) => actor?.kind === 'unnamed-person');
    expect(unnamed, 'among those with statements, unnamed speakers come after named ones').toEqual([...unnamed].sort((a, b) => Number(a) - Number(b)));
    const sideStatements = statements.filter((statement) => actorById.get(statement.speaker.id)?.side === side);
    // Counted by those of the side who speak, not by everyone the side names.
    const speaking = new Set(sideStatements.map((statement) => statement.speaker.id)).size;
    expect(textOf(html)).toContain(sideLede({ statements: sideStatements.length, speaking, actors: onSide.length, sources: sourcesOf(sideStatements) }));
    const cards = [...html.matchAll(/<a class="statement-card__link" href="([^"]+)"/g)].map((match) => match[1]);
    expect(cards.length).toBe(Math.min(sideStatements.length, 25));
    for (const href of cards) expect(sideStatements.map((statement) => pathOf(statement.url))).toContain(href);
  });
  it('the speakers index links each side to its page', () => {
    const html = htmlOf('/speakers/');
    for (const side of sides) expect(html).toContain(`href="/sides/${side}/"`);
  });
  it('the main navigation and /sides/ lead to every side; /statements/ narrows by side with counts', () => {
    for (const page of ['/', '/statements/', '/speakers/khawaja-asif/']) {
      const nav = /<nav class="site-nav"[\s\S]*?<\/nav>/.exec(htmlOf(page))?.[0] ?? '';
      expect(nav, page).toContain('href="/sides/"');
    }
    const index = htmlOf('/sides/');
    for (const side of sides) expect(index).toContain(`href="/sides/${side}/"`);
    const narrow = /<details[\s\S]*?<\/details>/.exec(htmlOf('/statements/'))?.[0] ?? '';
    for (const side of sides) {
      const count = statements.filter((statement) => actorById.get(statement.speaker.id)?.side === side).length;
      if (count > 0) expect(narrow).toMatch(new RegExp(`href="/sides/${side}/">[^<]+</a> \\(${count}\\)`));
    }
  });
  it('counts speakers the same way on the home page, /statements/ and /speakers/', () => {
    const speaking = actors.filter((actor) => actor.statements.length > 0).length;
    const line = speakerCount({ speaking, actors: actors.length });
    for (const page of ['/', '/statements/', '/speakers/']) expect(textOf(htmlOf(page)), page).toContain(line);
  });
});

describe('statement cards', () => {
  const pages = ['/', '/statements/', '/speakers/khawaja-asif/', '/topics/istanbul-talks/', '/sides/pakistan/', '/speakers/united-nations/', '/sources/istanbul-to-tora-bora/', '/talks/istanbul-talks/'];
  it.each(pages.map((page) => [page] as const))('on %s each card gives the words, speaker and side, summary and source, in one link', (page) => {
    const html = htmlOf(page);
    const cards = [...html.matchAll(/<li class="statement-card[^"]*"[^>]*>([\s\S]*?)<\/li>/g)].map((match) => match[1] ?? '');
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      expect(card.match(/<a\s/g), 'exactly one link').toHaveLength(1);
      expect(card).not.toMatch(/<button|<input|<select|<textarea/);
      const href = /<a class="statement-card__link" href="([^"]+)"/.exec(card)?.[1] ?? '';
      const statement = statements.find((entry) => pathOf(entry.url) === href);
      expect(statement, href).toBeDefined();
      const speaker = actorById.get(statement?.speaker.id ?? '');
      for (const part of ['quote', 'speaker', 'side', 'summary', 'source']) expect(card).toContain(`statement-card__${part}`);
      expect(textOf(card)).toContain(speaker?.name);
      const fold = (text: string) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
      expect(fold(textOf(card))).toContain(fold(statement?.summary ?? '-'));
      // On a source's page the card shows that source's rendering; elsewhere the first.
      const sourceId = /^\/sources\/([^/]+)\/$/.exec(page)?.[1];
      const rendering = statement?.renderings.find((candidate) => candidate.source.id === sourceId) ?? statement?.renderings[0];
      expect(fold(textOf(card))).toContain(fold(rendering?.quotes[0] ?? '-').slice(0, 30));
      if (rendering?.hedge) expect(textOf(card)).toContain(`(${rendering.hedge})`);
    }
  });

  it('a search result is the same card as every list’s: the same parts in the same order, the same type', async () => {
    const statement = statements.find((entry) => entry.kind === 'direct-quote' && entry.renderings.length > 1) ?? statements[0];
    const shape = async (urlPath: string, selector: string) => {
      const opened = await openPage(urlPath, { viewport: { width: 1280, height: 900 } });
      try {
        if (urlPath.startsWith('/search/')) await opened.page.locator('[data-search-ready]').waitFor();
        const card = opened.page.locator(selector).first();
        return await card.evaluate((item) => ({
          parts: [...item.children].map((child) => [...child.classList].filter((name) => name.startsWith('statement-card__')).join(' ')),
          quoteFont: getComputedStyle(item.querySelector('.statement-card__quote') as Element).fontFamily,
          quoteSize: getComputedStyle(item.querySelector('.statement-card__quote') as Element).fontSize,
          underline: getComputedStyle(item.querySelector('.statement-card__link') as Element).textDecorationLine,
        }));
      } finally {
        await opened.close();
      }
    };
    const listed = await shape(`/speakers/${statement?.speaker.id}/`, `li.statement-card:has(a[href="${pathOf(statement?.url ?? '-')}"])`);
    const found = await shape(`/search/?q=${encodeURIComponent(statement?.renderings[0]?.quotes[0]?.split(' ').slice(0, 4).join(' ') ?? '')}`, `[data-results] > li:has(a[href^="${pathOf(statement?.url ?? '-')}"])`);
    expect(found.parts.filter((part) => part !== 'statement-card__through')).toEqual(listed.parts);
    expect(found.quoteFont).toBe(listed.quoteFont);
    expect(found.quoteSize).toBe(listed.quoteSize);
    // The words read as text, not as an underlined link.
    expect(listed.underline).toBe('none');
    expect(found.underline).toBe('none');
  });

  it('clicking anywhere on a card opens its statement, and the card is one tab stop', async () => {
    const opened = await openPage('/statements/', { viewport: { width: 390, height: 844 } });
    try {
      const card = opened.page.locator('li.statement-card').first();
      const href = await card.locator('a').getAttribute('href');
      // Click, as a reader would, on the summary: the link's box covers it, so the click reaches the link.
      await card.scrollIntoViewIfNeeded();
      const box = await card.locator('.statement-card__summary').boundingBox();
      await opened.page.mouse.click((box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2);
      await opened.page.waitForURL(`**${href}`);
      expect(new URL(opened.page.url()).pathname).toBe(href);
      await opened.page.goBack();
      // One tab stop per card: the card's link, named by the words.
      const links = await opened.page.locator('li.statement-card').first().locator('a, button, [tabindex]').count();
      expect(links).toBe(1);
    } finally {
      await opened.close();
    }
  });
});
