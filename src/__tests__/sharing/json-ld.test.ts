import { describe, expect, it } from 'vitest';
import { jsonLdScript, statementLd, type StatementLdInput } from '../../lib/sharing/json-ld.ts';

const base: StatementLdInput = {
  kind: 'direct-quote',
  url: 'https://e.org/statements/a/',
  name: 'Khawaja Asif: “…”',
  speaker: { name: 'Khawaja Asif', url: 'https://e.org/speakers/khawaja-asif/', kind: 'person' },
  renderings: [
    { text: '“obliterate the Taliban regime”', source: { name: 'S', url: 'https://e.org/sources/s/' } },
    { text: '“destroy the Taliban regime”', source: { name: 'T', url: 'https://e.org/sources/t/', headline: 'H' }, creditText: 'Khawaja Asif (reportedly)', attribution: 'he reportedly said' },
  ],
  isPartOf: { name: 'W', url: 'https://e.org/' },
  datePublished: '2026-11-25',
  dateModified: '2026-12-01',
};

describe('JSON-LD', () => {
  it('cannot be broken out of its script element', () => {
    expect(jsonLdScript({ text: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
  it("is the site's page, with the site's dates, whose main entities are one node per source, each with that source's words alone", () => {
    const ld = statementLd(base);
    expect(ld).toMatchObject({ '@type': 'WebPage', url: base.url, datePublished: '2026-11-25', dateModified: '2026-12-01', isPartOf: { '@type': 'WebSite', name: 'W' } });
    expect(ld.mainEntity).toEqual([
      { '@type': 'Quotation', text: '“obliterate the Taliban regime”', creator: { '@type': 'Person', name: 'Khawaja Asif', url: base.speaker.url }, isBasedOn: { '@type': 'NewsArticle', name: 'S', url: 'https://e.org/sources/s/' } },
      {
        '@type': 'Quotation',
        text: '“destroy the Taliban regime”',
        creator: { '@type': 'Person', name: 'Khawaja Asif', url: base.speaker.url },
        isBasedOn: { '@type': 'NewsArticle', name: 'T', headline: 'H', url: 'https://e.org/sources/t/' },
        creditText: 'Khawaja Asif (reportedly)',
        description: 'As the source attributes it: “he reportedly said”',
      },
    ]);
    // schema.org defines spokenByCharacter for fictional characters.
    expect(JSON.stringify(ld)).not.toContain('spokenByCharacter');
  });
  it('never makes the speaker the author of reported speech: a Claim about the speaker, appearing in its source', () => {
    const ld = statementLd({ ...base, kind: 'paraphrase', speaker: { ...base.speaker, name: 'Government of Pakistan', kind: 'government' } });
    for (const node of ld.mainEntity) {
      expect(node['@type']).toBe('Claim');
      expect(node).not.toHaveProperty('creator');
      expect(node).toMatchObject({ about: { '@type': 'Organization', name: 'Government of Pakistan' }, appearance: { '@type': 'NewsArticle' } });
    }
  });
});
