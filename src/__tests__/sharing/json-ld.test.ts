import { describe, expect, it } from 'vitest';
import { jsonLdScript, quotationLd, statementLd } from '../../lib/sharing/json-ld.ts';
describe('JSON-LD', () => {
  it('cannot be broken out of its script element', () => {
    expect(jsonLdScript({ text: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
  it('describes a Quotation with its speaker and sources', () => {
    const ld = quotationLd({
      url: 'https://e.org/statements/a/',
      text: 'full force',
      speaker: { name: 'Khawaja Asif', url: 'https://e.org/speakers/khawaja-asif/', kind: 'person' },
      sources: [{ name: 'S', url: 'https://e.org/sources/s/' }],
      isPartOf: { name: 'W', url: 'https://e.org/' },
    });
    expect(ld).toMatchObject({ '@type': 'Quotation', text: 'full force', creator: { '@type': 'Person', name: 'Khawaja Asif' } });
    // schema.org defines spokenByCharacter for fictional characters.
    expect(ld).not.toHaveProperty('spokenByCharacter');
    expect(ld).not.toHaveProperty('creditText');
    expect(ld.isBasedOn).toEqual([{ '@type': 'NewsArticle', name: 'S', url: 'https://e.org/sources/s/' }]);
  });
  it('does not present reported speech as a quotation', () => {
    const ld = statementLd({
      kind: 'paraphrase',
      url: 'https://e.org/statements/b/',
      text: 'Analysts note that x.',
      speaker: { name: 'Analysts', url: 'https://e.org/speakers/analysts/', kind: 'group' },
      sources: [{ name: 'S', url: 'https://e.org/sources/s/' }],
      isPartOf: { name: 'W', url: 'https://e.org/' },
    });
    expect(ld['@type']).toBe('Claim');
    expect(ld).not.toHaveProperty('spokenByCharacter');
    expect(ld).toMatchObject({ creator: { '@type': 'Organization', name: 'Analysts' }, appearance: [{ '@type': 'NewsArticle', url: 'https://e.org/sources/s/' }] });
  });
});

describe('JSON-LD of a hedged statement', () => {
  const base = {
    url: 'https://e.org/statements/a/',
    text: 'suspicious movements in Afghanistan',
    speaker: { name: 'Government of Pakistan', url: 'https://e.org/speakers/government-of-pakistan/', kind: 'government' },
    sources: [{ name: 'S', url: 'https://e.org/sources/s/' }],
    isPartOf: { name: 'W', url: 'https://e.org/' },
    creditText: 'Government of Pakistan (reportedly)',
    attribution: 'Islamabad reportedly warned',
  };
  it('credits the speaker with the hedge and gives the source’s attribution', () => {
    expect(quotationLd(base)).toMatchObject({ '@type': 'Quotation', creator: { '@type': 'Organization', name: 'Government of Pakistan' }, creditText: 'Government of Pakistan (reportedly)', description: expect.stringContaining('“Islamabad reportedly warned”') });
  });
  it('keeps reported speech a Claim, with the hedge', () => {
    expect(statementLd({ ...base, kind: 'paraphrase' })).toMatchObject({ '@type': 'Claim', creditText: 'Government of Pakistan (reportedly)' });
  });
});
