import { describe, expect, it } from 'vitest';
import { bibtexCitation, citationParts, DATE_SLOT, plainCitation, risCitation, URL_SLOT } from '../../lib/sharing/citation.ts';

const input = {
  speaker: 'Khawaja Asif',
  role: "Pakistan's Defence Minister",
  passages: ['full force'],
  kind: 'direct-quote' as const,
  sourceLabel: 'From Istanbul To Tora Bora',
  outlet: 'distributed by MENAFN',
  url: 'https://example.org/statements/asif-respond-with-full-force/',
  siteName: 'Who Said What',
  accessed: '26 November 2026',
};

describe('plain citation', () => {
  it('gives speaker and role, words, source, site, URL and access date, in that order', () => {
    const citation = plainCitation(input);
    const parts = ["Khawaja Asif, Pakistan's Defence Minister:", '“full force”.', 'As reported in: From Istanbul To Tora Bora, distributed by MENAFN.', 'Who Said What.', `${input.url}.`, 'Accessed 26 November 2026.'];
    const positions = parts.map((part) => citation.indexOf(part));
    expect(positions.every((position) => position >= 0), citation).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
  it('puts no second full stop after a quotation that ends its own sentence', () => {
    const citation = plainCitation({ ...input, passages: ['If that is their decision, then so be it.'] });
    expect(citation).toContain('“If that is their decision, then so be it.” As reported in');
  });
  it('cites reported speech as such, with the source’s sentence and no quotation marks', () => {
    const citation = plainCitation({ ...input, kind: 'paraphrase', passages: ['He said so'] });
    expect(citation).toContain(': (reported speech) He said so. As reported in');
    expect(citation).not.toContain('“');
  });
  it('carries the source’s hedge beside the speaker', () => {
    expect(plainCitation({ ...input, role: undefined, speaker: 'Government of Pakistan', hedge: 'reportedly' })).toMatch(/^Government of Pakistan \(reportedly\): /);
    expect(bibtexCitation({ ...input, hedge: 'reportedly', key: 'k' })).toContain("note = {Khawaja Asif, Pakistan's Defence Minister (reportedly). As reported in:");
    expect(risCitation({ ...input, hedge: 'reportedly' })).toContain("N1  - Khawaja Asif, Pakistan's Defence Minister (reportedly). As reported in:");
  });
  it('never gives a publication date', () => {
    expect(risCitation(input)).not.toMatch(/^(PY|DA|Y1)  -/m);
    expect(bibtexCitation({ ...input, key: 'k' })).not.toMatch(/^\s*(year|date|month) =/m);
  });
});

describe('BibTeX', () => {
  it('is valid, with special characters escaped and the access date as urldate', () => {
    const bib = bibtexCitation({ ...input, passages: ['100% & more'], key: 'k1', accessed: '2026-11-26' });
    expect(bib).toContain('@misc{k1,');
    expect(bib).toContain("title = {``100\\% \\& more''},");
    expect(bib).toContain('author = {{Khawaja Asif}},');
    expect(bib).toContain('urldate = {2026-11-26}');
    expect(bib.trim().endsWith('}')).toBe(true);
  });
  it('titles reported speech as such', () => {
    expect(bibtexCitation({ ...input, kind: 'paraphrase', passages: ['He said so.'], key: 'k' })).toContain('title = {(reported speech) He said so.},');
  });
});

describe('RIS', () => {
  it('is a web page record by the speaker, with URL and access date, ending with ER', () => {
    const ris = risCitation({ ...input, accessed: '2026/11/26' }).split('\n');
    expect(ris[0]).toBe('TY  - ELEC');
    expect(ris).toContain('AU  - Khawaja Asif');
    expect(ris).toContain('TI  - “full force”');
    expect(ris).toContain(`UR  - ${input.url}`);
    expect(ris).toContain('Y2  - 2026/11/26');
    expect(ris.at(-1)).toBe('ER  - ');
    expect(ris.every((line) => /^[A-Z][A-Z0-9]  - /.test(line))).toBe(true);
  });
});

describe('slots the browser fills in', () => {
  it('splits a citation around the URL and the date', () => {
    const text = plainCitation({ ...input, url: URL_SLOT, accessed: DATE_SLOT });
    const parts = citationParts(text);
    expect(parts.filter((part) => 'slot' in part)).toEqual([{ slot: 'url' }, { slot: 'date' }]);
    expect(parts.map((part) => ('text' in part ? part.text : part.slot === 'url' ? input.url : '[date]')).join('')).toBe(plainCitation({ ...input, accessed: '[date]' }));
  });
});
