import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { describe, expect, it } from 'vitest';
import { bibtexCitation, citationParts, DATE_SLOT, plainCitation, risCitation, URL_SLOT, type CitationInput } from '../../lib/sharing/citation.ts';
import { TITLE_CASE_STYLE } from '../helpers/title-case-style.ts';

const input: CitationInput = {
  speaker: 'Khawaja Asif',
  role: "Pakistan's Defence Minister",
  words: '“test our resolve and capabilities, if you wish so, at your own peril and doom”',
  kind: 'direct-quote',
  namedPerson: true,
  sourceLabel: 'Untitled report',
  url: 'https://example.org/statements/asif-test-our-resolve/',
  siteName: 'Who Said What: Pakistan and the Afghan Taliban',
  published: '2026-11-25',
  accessed: '2026-11-26',
};
const body: CitationInput = { ...input, speaker: 'Government of Pakistan', role: undefined, namedPerson: false, hedge: 'reportedly', words: '“suspicious movements in Afghanistan”', sourceLabel: 'From Istanbul To Tora Bora', outlet: 'distributed by MENAFN' };
const reported: CitationInput = {
  ...body,
  hedge: 'according to a source familiar with the talks',
  kind: 'paraphrase',
  words: 'A source familiar with the talks told Afghanistan International that Pakistan urged Kabul to declare the TTP a terrorist organisation.',
};
const interrupted: CitationInput = { ...input, words: '“chosen resistance”, adding, “If that is their decision, then so be it.”' };

plugins.config.get('@csl').styles.add('title-case', TITLE_CASE_STYLE);
const parsed = async (text: string) => (await Cite.async(text)).data[0] as Record<string, unknown>;
const bibtex = (each: CitationInput) => bibtexCitation({ ...each, key: 'k' });
const ris = (each: CitationInput) => risCitation({ ...each, accessed: each.accessed.replaceAll('-', '/') });

describe('plain citation', () => {
  it('gives speaker and role, words, source, site with its date, URL and access date, in that order', () => {
    expect(plainCitation(input)).toBe(
      "Khawaja Asif, Pakistan's Defence Minister: “test our resolve and capabilities, if you wish so, at your own peril and doom”. As reported in: Untitled report. Who Said What: Pakistan and the Afghan Taliban, published on this site 2026-11-25. https://example.org/statements/asif-test-our-resolve/. Accessed 2026-11-26.",
    );
  });
  it('keeps the parts of an interrupted quotation apart, with the source’s words between them, and no second full stop', () => {
    expect(plainCitation(interrupted)).toContain(': “chosen resistance”, adding, “If that is their decision, then so be it.” As reported in');
  });
  it('cites reported speech as the source’s sentence, naming the source first and the speaker only as its subject', () => {
    expect(plainCitation(reported)).toMatch(
      /^From Istanbul To Tora Bora, distributed by MENAFN, in reported speech about Government of Pakistan \(according to a source familiar with the talks\): “A source familiar .* organisation\.” The words are the source’s, not the speaker’s\./,
    );
  });
});

describe('BibTeX and RIS, as a reference manager reads them (citation-js)', () => {
  const all = { input, body, reported, interrupted };
  it.each(Object.entries(all))('%s: a web page on the site, with the site’s date, the URL and the access date', async (_name, each) => {
    for (const text of [bibtex(each), ris(each)]) {
      const item = await parsed(text);
      expect(item, text).toMatchObject({ type: 'webpage', URL: each.url, issued: { 'date-parts': [[2026, 11, 25]] }, accessed: { 'date-parts': [[2026, 11, 26]] } });
      // The site is named once, whole: never split at "and" into two publishers.
      expect(JSON.stringify(item).split(each.siteName).length - 1, text).toBeGreaterThanOrEqual(1);
      expect(JSON.stringify(item)).not.toContain('"the Afghan Taliban"');
    }
  });
  it('credits a named person as first and last name, a body as one name, and reported speech to nobody', async () => {
    for (const format of [bibtex, ris]) {
      expect((await parsed(format(input))).author).toEqual([{ family: 'Asif', given: 'Khawaja' }]);
      const bodyAuthor = (await parsed(format(body))).author as Record<string, string>[];
      expect(bodyAuthor).toHaveLength(1);
      expect(bodyAuthor[0]?.given).toBeUndefined();
      expect(bodyAuthor[0]?.family ?? bodyAuthor[0]?.literal).toBe('Government of Pakistan');
      expect((await parsed(format(reported))).author).toBeUndefined();
    }
  });
  // The speaker's words, part by part (a style may move a full stop inside the closing mark, as APA does).
  const parts = (each: CitationInput) => [...each.words.matchAll(/“([^”]+)”/g)].map((match) => match[1]!.replace(/[.,]$/, ''));
  it.each(['apa', 'title-case'])('keeps the verbatim words unchanged in the %s style, from BibTeX read with its case protection', async (template) => {
    // BibTeX protects case with braces; citation-js honours them when it reads titles as BibTeX does (sentenceCase), as BibTeX, biblatex and Zotero always do.
    const config = plugins.config.get('@bibtex').parse;
    const before = config.sentenceCase;
    config.sentenceCase = 'english';
    try {
      for (const each of [input, body, interrupted]) {
        const formatted = (await Cite.async(bibtex(each))).format('bibliography', { format: 'text', template, lang: 'en-US' }) as string;
        for (const part of parts(each)) expect(formatted, `${template}: ${formatted}`).toContain(part);
      }
    } finally {
      config.sentenceCase = before;
    }
  });
  it('keeps the verbatim words unchanged in APA from RIS, which has no way to mark case', async () => {
    for (const each of [input, body, interrupted]) {
      const formatted = (await Cite.async(ris(each))).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }) as string;
      for (const part of parts(each)) expect(formatted, formatted).toContain(part);
    }
  });
  it('RIS is one tag a line and ends with ER', () => {
    const lines = ris(input).split('\n');
    expect(lines[0]).toBe('TY  - ELEC');
    expect(lines.at(-1)).toBe('ER  - ');
    expect(lines.filter((line) => line.startsWith('T2  - '))).toEqual([`T2  - ${input.siteName}`]);
    expect(lines.some((line) => line.startsWith('PB  - ')), 'the site is the website (T2), not also a publisher').toBe(false);
  });
});

describe('slots the browser fills in', () => {
  it('keeps the access-date line of BibTeX and RIS whole, so the page can hide it until a script fills in the date', () => {
    for (const text of [bibtexCitation({ ...input, url: URL_SLOT, accessed: DATE_SLOT, key: 'k' }), risCitation({ ...input, url: URL_SLOT, accessed: DATE_SLOT })]) {
      const parts = citationParts(text, { dateLines: true });
      const lines = parts.flatMap((part) => ('dateLine' in part ? [part.dateLine] : []));
      expect(lines.length).toBeGreaterThan(0);
      expect(parts.some((part) => 'slot' in part && part.slot === 'date')).toBe(false);
      for (const line of lines) expect(`${line.before}X${line.after}`).toMatch(/^(\s*urldate = \{X\},?|Y2 {2}- X|M1 {2}- X)\r?\n$/);
      // Filled in, the parts give back the citation with that date; without the lines, a record with no access date.
      const joined = (date: string | undefined) =>
        parts.map((part) => ('text' in part ? part.text : 'dateLine' in part ? (date ? `${part.dateLine.before}${date}${part.dateLine.after}` : '') : input.url)).join('');
      expect(joined('2026-12-02')).toBe(text.replaceAll(URL_SLOT, input.url).replaceAll(DATE_SLOT, '2026-12-02'));
      expect(joined(undefined)).not.toMatch(/urldate|^Y2|^M1/m);
    }
  });

  it('splits a citation around the URL and the date', () => {
    const text = plainCitation({ ...input, url: URL_SLOT, accessed: DATE_SLOT });
    const parts = citationParts(text);
    expect(parts.filter((part) => 'slot' in part)).toEqual([{ slot: 'url' }, { slot: 'date' }]);
    expect(parts.map((part) => ('text' in part ? part.text : 'slot' in part && part.slot === 'url' ? input.url : 'the day')).join('')).toBe(plainCitation({ ...input, accessed: 'the day' }));
  });
});
