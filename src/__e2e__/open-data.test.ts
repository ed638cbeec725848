/**
 * The published data: every JSON file valid against its published JSON
 * Schema, the CSV a faithful RFC 4180 rendering of the JSON, and the feeds
 * and sitemap listing what the site publishes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, inject, it } from 'vitest';
import { parseCsv } from '../lib/open-data/csv.ts';
import type { PublishedStatement } from './helpers/site-data.ts';

const dist = inject('distDir');
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
const NAMES = ['statements', 'actors', 'talks', 'events', 'sources'] as const;

describe.each(NAMES)('/data/%s.json', (name) => {
  const data = JSON.parse(read(`data/${name}.json`));
  const schema = JSON.parse(read(`data/schema/${name}.schema.json`));

  it('is valid against its published schema', () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    const valid = validate(data);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('points to its schema and counts its records', () => {
    expect(data.$schema).toBe(schema.$id);
    expect(data.count).toBe(data[name].length);
    expect(data.count).toBeGreaterThan(0);
  });

  it('the schema rejects a record with a missing field (it is not a schema that accepts anything)', () => {
    const validate = new Ajv2020({ strict: false }).compile(schema);
    const [first, ...rest] = data[name];
    const { id: _dropped, ...withoutId } = first;
    expect(validate({ ...data, [name]: [withoutId, ...rest] })).toBe(false);
  });
});

describe('/data/statements.csv', () => {
  const text = read('data/statements.csv');
  const rows = parseCsv(text);
  const [header, ...records] = rows;
  const statements: PublishedStatement[] = JSON.parse(read('data/statements.json')).statements;

  it('is RFC 4180: CRLF line ends, a header, the same number of fields on every row', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(/[^\r]\n/.test(text), 'a line ending without CR').toBe(false);
    expect(header).toEqual(['statement_id', 'speaker_id', 'speaker_name', 'kind', 'words', 'words_by', 'attribution', 'hedge', 'source_id', 'source_label', 'url', 'added', 'changed', 'side', 'side_label', 'topics', 'topic_labels', 'summary', 'last_corrected']);
    expect(records.every((row) => row.length === header?.length)).toBe(true);
  });

  it('has one row per rendering of each statement, matching the JSON', () => {
    const expected = statements.flatMap((statement) =>
      statement.renderings.map((rendering) => [
        statement.id,
        statement.speaker.id,
        statement.speaker.name,
        statement.kind,
        rendering.shown,
        statement.kind === 'direct-quote' ? 'speaker' : 'source',
        rendering.attribution ?? '',
        rendering.hedge ?? '',
        rendering.source.id,
        statement.url,
        statement.added,
        statement.changed ?? '',
      ]),
    );
    expect(records.map((row) => [row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[10], row[11], row[12]])).toEqual(expected);
  });

  it('carries each statement’s side, topics and summary, as the JSON and the facets give them, so the CSV filters without a join', () => {
    const actors: { id: string; side: string }[] = JSON.parse(read('data/actors.json')).actors;
    const facets: { side: Record<string, string>; topic: Record<string, string> } = JSON.parse(read('search/facets.json'));
    const column = (name: string) => header?.indexOf(name) ?? -1;
    expect(records.length).toBeGreaterThan(0);
    for (const row of records) {
      const statement = statements.find((entry) => entry.id === row[0]) as (PublishedStatement & { topics: string[] }) | undefined;
      const side = actors.find((actor) => actor.id === statement?.speaker.id)?.side ?? '-';
      expect(row[column('side')]).toBe(side);
      expect(row[column('side_label')]).toBe(facets.side[side]);
      expect(row[column('topics')]).toBe(statement?.topics.join('; '));
      expect(row[column('topic_labels')]).toBe(statement?.topics.map((topic) => facets.topic[topic]).join('; '));
      expect(row[column('summary')]).toBe(statement?.summary);
    }
  });

  it('escapes quotes and commas inside fields, and parses back to the same values', () => {
    const withQuote = records.flatMap((row) => row).find((field) => field.includes('"'));
    const withComma = records.flatMap((row) => row).find((field) => field.includes(','));
    expect(withQuote, 'a field holding a quote mark').toBeDefined();
    expect(withComma, 'a field holding a comma').toBeDefined();
    expect(text).toContain(`"${withQuote?.replace(/"/g, '""')}"`);
    expect(text).toContain(`"${withComma?.replace(/"/g, '""')}"`);
  });
});

describe('feeds and discovery', () => {
  const siteOrigin = inject('siteOrigin');
  const statements: PublishedStatement[] = JSON.parse(read('data/statements.json')).statements;

  it("the RSS feed lists every statement with its permanent URL, dated by the site's own dates, never a date the sources do not give", () => {
    const feed = read('statements.xml');
    const items = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>[\s\S]*?<pubDate>([^<]+)<\/pubDate>/g)].map((match) => [match[1], new Date(match[2] ?? '').toISOString().slice(0, 10)]);
    expect(items.sort()).toEqual(statements.map((statement) => [statement.url, statement.added]).sort());
    const lastChanged = statements.map((statement) => statement.changed ?? statement.added).sort().at(-1);
    expect(new Date(/<lastBuildDate>([^<]+)</.exec(feed)?.[1] ?? '').toISOString().slice(0, 10)).toBe(lastChanged);
  });

  it("the sitemap gives each statement page the day it last changed on this site", () => {
    const sitemap = read('sitemap-0.xml');
    for (const statement of statements) expect(sitemap).toContain(`<loc>${statement.url}</loc><lastmod>${statement.changed ?? statement.added}`);
  });

  it('the sitemap lists every statement page and not the search or 404 pages', () => {
    const sitemap = read('sitemap-0.xml');
    for (const statement of statements) expect(sitemap).toContain(`<loc>${statement.url}</loc>`);
    expect(sitemap).not.toContain(`${siteOrigin}/search/`);
    expect(sitemap).not.toContain('404');
  });

  it('robots.txt points to the sitemap on the site', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${siteOrigin}/sitemap-index.xml`);
  });
});

describe('the licence', () => {
  const NAMES = ['statements', 'actors', 'talks', 'events', 'sources'];
  it('every data file says its terms: CC BY 4.0 for the site’s text and data, the quotations the publishers’', () => {
    for (const name of NAMES) {
      const file = JSON.parse(read(`data/${name}.json`));
      expect(file.license, name).toMatchObject({ name: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
      expect(file.license.quotations).toMatch(/publishers/);
    }
  });
  it('/data/ states it, with a licence link, and every page’s footer links to it', () => {
    const page = read('data/index.html');
    const section = page.slice(page.indexOf('id="licence"'), page.indexOf('How to cite'));
    expect(section).toMatch(/<a href="https:\/\/creativecommons.org\/licenses\/by\/4.0\/" rel="license">CC BY 4.0<\/a>/);
    expect(section).toMatch(/not licensed by this site/);
    expect(section).toContain('MIT');
    for (const file of ['index.html', 'statements/asif-caves-warning/index.html', 'differences/index.html']) expect(read(file)).toContain('href="/data/#licence"');
  });
  it('the repository has a LICENSE file with the MIT text, CC BY 4.0 and the publishers’ rights, and the README says so', () => {
    const licence = readFileSync(path.join(process.cwd(), 'LICENSE'), 'utf8');
    expect(licence).toContain('MIT License');
    expect(licence).toContain('Permission is hereby granted, free of charge');
    expect(licence).toContain('CC BY 4.0');
    expect(licence).toMatch(/rights stay with their publishers/);
    const readme = readFileSync(path.join(process.cwd(), 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Licence'), readme.indexOf('\n## ', readme.indexOf('## Licence') + 1));
    for (const term of ['MIT', 'CC BY 4.0', 'not licensed by this project']) expect(section).toContain(term);
  });
});
