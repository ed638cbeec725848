/**
 * What a link unfurler reads from each statement page, read by a real one:
 * metascraper (the library behind Microlink and many CMS link cards) with
 * its title, description, image, author and date rules. Expectations come
 * from the published data, never from strings copied into the test.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import metascraper from 'metascraper';
import metascraperAuthor from 'metascraper-author';
import metascraperDate from 'metascraper-date';
import metascraperDescription from 'metascraper-description';
import metascraperImage from 'metascraper-image';
import metascraperTitle from 'metascraper-title';
import { describe, expect, it } from 'vitest';
import { distDir } from './helpers/dist.ts';
import { pathOf, publishedStatements } from './helpers/site-data.ts';

const dist = distDir();
const scrape = metascraper([metascraperAuthor(), metascraperDate(), metascraperDescription(), metascraperImage(), metascraperTitle()]);
const sourceLabel = new Map(
  (JSON.parse(readFileSync(path.join(dist, 'data/sources.json'), 'utf8')).sources as { id: string; label: string }[]).map((source) => [source.id, source.label]),
);
const fold = (text: string) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ');
const statements = publishedStatements();

describe('metascraper reads every statement page as the statement', () => {
  it.each(statements.map((statement) => [statement.id, statement] as const))('%s', async (_id, statement) => {
    const page = pathOf(statement.url);
    const html = readFileSync(path.join(dist, page, 'index.html'), 'utf8');
    // metascraper refuses reserved top-level domains; the address only resolves relative links.
    const meta = await scrape({ html, url: new URL(page, 'https://example.org').href });
    const [shown] = statement.renderings;
    expect(shown).toBeDefined();

    const title = fold(meta.title ?? '');
    expect(title).toContain(fold(statement.speaker.name));
    // The hedge travels with the words: beside the speaker, or in the summary when it already says it (said once).
    if (shown?.hedge) expect(title).toContain(shown.hedge);
    // The words of one source as shown, or (a fragment, or a reporter's sentence) the site's summary, whose opening name may take the role after it: never another source's words.
    const summary = fold(statement.summary);
    const summaryAfterName = summary.startsWith(fold(statement.speaker.name)) ? summary.slice(statement.speaker.name.length).replace(/^,?\s*/, '') : summary;
    expect([fold(shown?.shown ?? '-'), summary, summaryAfterName].some((words) => title.includes(words)), title).toBe(true);

    const description = fold(meta.description ?? '');
    expect(description).toContain(fold(`As reported in ${sourceLabel.get(shown?.source.id ?? '') ?? '-'}`));

    expect(meta.image).toMatch(new RegExp(`${page}card\\.png$`));
    // A direct quotation has the speaker as its author; a reporter's sentence has none.
    expect(meta.author).toBe(statement.kind === 'direct-quote' ? statement.speaker.name : null);
    expect([statement.added, statement.changed].filter(Boolean).map((day) => `${day}T00:00:00.000Z`)).toContain(meta.date);
  });
});
