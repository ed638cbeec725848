/**
 * The differences page against the published data (the oracle): every
 * statement two sources word differently, every name or description of an
 * actor that differs between sources, every fact of the talks the sources
 * word differently, and every recorded counterpart pair, each with each
 * source's words verbatim and a link to its paragraph; and the pages that lead to it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { closeBrowser, openPage } from './helpers/browser.ts';
import { listPagePaths } from './helpers/dist.ts';
import { pathOf, publishedStatements } from './helpers/site-data.ts';

afterAll(closeBrowser);

interface Reported {
  text: string;
  source: { id: string; url: string };
}
interface ActorRecord {
  id: string;
  aliases: Reported[];
  roleAsReported: Reported[];
}
interface TalksRecord {
  id: string;
  duration: Reported[];
  outcome: Reported[];
}
const data = <T>(name: string): T[] => JSON.parse(readFileSync(path.join(inject('distDir'), 'data', `${name}.json`), 'utf8'))[name];
const statements = publishedStatements() as (ReturnType<typeof publishedStatements>[number] & { counterparts: { id: string }[] })[];
const actors = data<ActorRecord>('actors');
const talks = data<TalksRecord>('talks');
const fold = (text: string) => text.replace(/[“”„"]/g, '"').replace(/[‘’']/g, "'").replace(/\s+/g, ' ').trim();
const decode = (html: string) => html.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
const textOf = (html: string) => fold(decode(html.replace(/<[^>]+>/g, ' ')));

// Every page of the differences list, as one text to look things up in by anchor.
const pages = listPagePaths(inject('distDir')).filter((urlPath) => urlPath.startsWith('/differences/'));
const html = pages.map((urlPath) => readFileSync(path.join(inject('distDir'), urlPath, 'index.html'), 'utf8')).join('\n');
/** The markup of the list item with this id. */
const item = (id: string) => {
  const start = html.indexOf(`id="${id}"`);
  return start < 0 ? '' : html.slice(start, html.indexOf('</li>', start));
};
const differ = (groups: Map<string, string[]>) => groups.size > 1 && new Set([...groups.values()].map((texts) => texts.map(fold).sort().join('|'))).size > 1;
const bySource = (reported: Reported[]) => {
  const groups = new Map<string, string[]>();
  for (const entry of reported) groups.set(entry.source.id, [...(groups.get(entry.source.id) ?? []), entry.text]);
  return groups;
};

describe('where the sources differ', () => {
  it('has a page, linked from the home page', () => {
    expect(pages).toContain('/differences/');
    expect(readFileSync(path.join(inject('distDir'), 'index.html'), 'utf8')).toContain('href="/differences/"');
  });

  const worded = statements.filter((statement) => differ(new Map(statement.renderings.map((rendering) => [rendering.source.id, [rendering.quotes.join(' … ')]]))));
  it('lists every statement two sources word differently, each source’s words verbatim with its paragraph, and each such statement links to it', () => {
    expect(worded.length).toBeGreaterThan(0);
    for (const statement of worded) {
      const entry = item(statement.id);
      expect(entry, statement.id).not.toBe('');
      expect(entry).toContain(`href="${pathOf(statement.url)}"`);
      for (const rendering of statement.renderings) {
        for (const quote of rendering.quotes) expect(textOf(entry)).toContain(fold(quote));
        expect(entry).toMatch(new RegExp(`href="${pathOf(rendering.source.url)}#p\\d+"`));
      }
      const page = readFileSync(path.join(inject('distDir'), pathOf(statement.url), 'index.html'), 'utf8');
      expect(page).toMatch(new RegExp(`href="/differences/(page/\\d+/)?#${statement.id}"`));
    }
    // A statement one source reports, or two word alike, is not listed.
    for (const statement of statements.filter((each) => !worded.includes(each))) expect(item(statement.id), statement.id).toBe('');
  });

  it('lists every name and description of an actor that differs between sources, with every source’s words', () => {
    let listed = 0;
    for (const actor of actors) {
      for (const [aspect, reported] of [
        ['names', actor.aliases],
        ['roles', actor.roleAsReported],
      ] as const) {
        const groups = bySource(reported);
        const entry = item(`${aspect}-${actor.id}`);
        if (!differ(groups)) {
          expect(entry, `${aspect}-${actor.id}`).toBe('');
          continue;
        }
        listed++;
        for (const texts of groups.values()) for (const text of texts) expect(decode(entry), `${actor.id}: ${text}`).toContain(`<q>${text}</q>`);
      }
    }
    expect(listed).toBeGreaterThan(0);
  });

  it('lists the facts of the talks that the sources word differently (how long, the outcome), with both sources’ words', () => {
    let checked = 0;
    for (const entry of talks) {
      for (const [aspect, reported] of [
        ['how-long-as-reported', entry.duration],
        ['outcome-as-reported', entry.outcome],
      ] as const) {
        const listedItem = item(`talks-${entry.id}-${aspect}`);
        if (!differ(bySource(reported))) {
          expect(listedItem, `${entry.id} ${aspect}: worded alike, not listed`).toBe('');
          continue;
        }
        checked++;
        for (const { text } of reported) expect(decode(listedItem), `${entry.id} ${aspect}`).toContain(`<q>${text}</q>`);
      }
    }
    expect(checked, 'the sources word at least one fact of the talks differently').toBeGreaterThan(0);
  });

  it('shows each recorded counterpart pair once, both statements in their sources’ words', () => {
    const pairs = statements.flatMap((statement) => statement.counterparts.map((other) => [statement.id, other.id] as const));
    expect(pairs.length).toBeGreaterThan(0);
    for (const [a, b] of pairs) {
      const entry = item(`${a}--${b}`) || item(`${b}--${a}`);
      expect(entry, `${a} and ${b}`).not.toBe('');
      for (const id of [a, b]) {
        const statement = statements.find((each) => each.id === id);
        expect(entry).toContain(`href="${pathOf(statement?.url ?? '-')}"`);
        expect(textOf(entry)).toContain(fold(statement?.renderings[0]?.shown ?? '-'));
      }
    }
  });

  it('reads on a phone: no sideways scrolling at 320 px, each source’s words under the other', async () => {
    const opened = await openPage('/differences/', { viewport: { width: 320, height: 640 } });
    try {
      await expect(opened.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).resolves.toBeLessThanOrEqual(0);
      const boxes = await opened.page.locator('.difference').first().locator('.quotation').evaluateAll((figures) => figures.map((figure) => figure.getBoundingClientRect().top));
      expect(boxes.length).toBeGreaterThan(1);
      expect(boxes[1]).toBeGreaterThan(boxes[0] ?? Infinity);
    } finally {
      await opened.close();
    }
  });
});
