import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { decodeArticle, ImportError } from '../../lib/import/article-text.ts';
import { cleanArticle } from '../../lib/import/furniture.ts';

const ARTICLES = path.resolve(import.meta.dirname, 'articles');
const RECEIVED = path.resolve(import.meta.dirname, '../../../../shared/sources');
const CONTENT = path.resolve(import.meta.dirname, '../../../content');
const article = (name: string) => decodeArticle(readFileSync(path.join(ARTICLES, name)), name);

describe('reading an article file', () => {
  it('reads a file saved with a byte-order mark and Windows line ends as the text it is', () => {
    const text = article('glued-curly-crlf.txt');
    expect(text.startsWith('Sylvania Rejects')).toBe(true);
    expect(text).not.toMatch(/\r/);
    expect(text).toContain('were“an attempt'); // glued marks kept as received
  });
  it('reads UTF-16 saved with its byte-order mark', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Hi “there”'].flatMap((char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8])]);
    expect(decodeArticle(utf16, 'windows.txt')).toBe('Hi “there”');
  });
  it('refuses an empty or a binary file, naming it', () => {
    expect(() => decodeArticle(new TextEncoder().encode('  \n\n'), 'empty.txt')).toThrow(new ImportError('empty.txt is empty: nothing to import'));
    expect(() => decodeArticle(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), 'photo.png')).toThrow(/photo\.png is not a text file \(it contains NUL bytes\)/);
    expect(() => decodeArticle(new Uint8Array([0x41, 0xc3, 0x28]), 'latin.txt')).toThrow(/latin\.txt is not a text file \(it is not valid UTF-8\)/);
  });
});

describe('page furniture', () => {
  const wire = cleanArticle(article('wire-style.txt'));
  const kinds = (removed: { kind: string; text: string }[]) => removed.map((item) => `${item.kind}: ${item.text}`);

  it('removes every kind of furniture, verbatim, in reading order', () => {
    expect(kinds(wire.removed)).toEqual([
      'byline: By Asha Verma | Staff Correspondent',
      'dateline: Published: 4 November 2025',
      'share-buttons: Share Facebook Twitter WhatsApp',
      'dateline: MARKTOWN:',
      'photo-caption: Photo: File photo of the river crossing at Eastgate.',
      'related-link: Also Read: Flooding Closes Two Highways In The North',
      'comment-count: Please enter your comment! Please enter your name here',
      'wire-credit: agencies',
    ]);
  });

  it('keeps the article: a related link glued to a sentence, a dateline before it and a credit after it leave the sentence whole', () => {
    expect(wire.paragraphs).toContain('A Sylvanian foreign ministry spokesperson, Lina Okafor, rejected the charge, saying that Sylvania "has never allowed armed groups to use its soil".');
    expect(wire.paragraphs[1]).toMatch(/^Freedonia's Interior Minister Farid Mansoor on Tuesday warned/);
    expect(wire.paragraphs.at(-1)).toBe('Okafor, speaking on state television, said the allegations were "baseless and unfortunate".');
  });

  it('gives the author and date only as the text states them', () => {
    expect(wire).toMatchObject({ headline: 'Freedonia Warns Sylvania Over River Raids After Talks Stall', author: 'Asha Verma', published: '4 November 2025' });
    expect(wire.outlet).toBeUndefined();
    const plain = cleanArticle('The river rose overnight.\nTwo bridges closed.');
    expect(plain).toEqual({ paragraphs: ['The river rose overnight.', 'Two bridges closed.'], headings: [], removed: [] });
  });

  it('takes a disclaimer with the lines it runs on to, and the distributor it names', () => {
    const cleaned = cleanArticle('A headline for the test\nThe minister spoke.\nLegal Disclaimer:\nNewsWire provides the\ninformation “as is” without warranty.\n\nComments\nNo comment');
    expect(kinds(cleaned.removed)).toEqual(['legal-disclaimer: Legal Disclaimer: NewsWire provides the information “as is” without warranty.', 'comment-count: Comments No comment']);
    expect(cleaned.outlet).toMatchObject({ name: 'NewsWire', role: 'distributor' });
    expect(cleaned.paragraphs).toEqual(['A headline for the test', 'The minister spoke.']);
  });

  it('joins paragraphs wrapped over several lines between blank lines', () => {
    const cleaned = cleanArticle('The minister said the road\nwould open in spring, and\nthat repairs had begun.\n\nOfficials said the bridge\nwas safe, and that traffic\nwould resume.\n');
    expect(cleaned.paragraphs).toEqual(['The minister said the road would open in spring, and that repairs had begun.', 'Officials said the bridge was safe, and that traffic would resume.']);
  });

  it('keeps sentences that merely mention share buttons, comments, photos or agencies', () => {
    const text = 'The ministry said photos shared on Twitter were old.\nShe declined to comment on the report by Reuters.\nComments made by the envoy drew criticism.';
    expect(cleanArticle(text)).toMatchObject({ removed: [], paragraphs: text.split('\n') });
  });

  it('tells a headline and section headings from sentences', () => {
    expect(cleanArticle('The talks ended on Monday.\nBoth sides left.').headline).toBeUndefined();
    const withHeadings = cleanArticle(article('glued-curly-crlf.txt'));
    expect(withHeadings.headings.map((index) => withHeadings.paragraphs[index])).toEqual(['Sylvania Rejects Freedonian Claims', 'Reactions In Marktown']);
  });

  it.skipIf(!existsSync(RECEIVED))('cleans the two source articles as received into the texts the site keeps, with their boilerplate', () => {
    for (const [file, id] of [['000_f8447e2e9dba5a4c.txt', 'deep-into-afghanistan-report'], ['002_bdd308d763996612.txt', 'istanbul-to-tora-bora']] as const) {
      const cleaned = cleanArticle(decodeArticle(readFileSync(path.join(RECEIVED, file)), file));
      expect(cleaned.paragraphs).toEqual(readFileSync(path.join(CONTENT, 'sources', `${id}.txt`), 'utf8').trimEnd().split('\n'));
      const entry = yaml.load(readFileSync(path.join(CONTENT, 'sources', `${id}.mdx`), 'utf8').split(/^---$/m)[1]!) as { boilerplate?: { kind: string; text: string }[]; headline?: string };
      expect(cleaned.removed.map(({ kind, text }) => ({ kind, text }))).toEqual(entry.boilerplate ?? []);
      expect(cleaned.headline).toBe(entry.headline);
    }
  });
});
