import { describe, expect, it } from 'vitest';
import { embedAttribution, embedBlockquote, embedModelOf, embedPageDescription, embedPageTitle, oembedResponse } from '../../lib/sharing/embed.ts';
import { newestFirst } from '../../lib/sharing/statement-feed.ts';
import { attributionTypes } from '../../lib/search/facets.ts';
import { beforeLabel, correctedLine } from '../../lib/corrections/corrections-log.ts';

const quoted = embedModelOf(
  { kind: 'direct-quote', hedge: 'reportedly', source: { label: 'Invented Wire & Co' }, segments: [{ text: 'we will <not> wait', quoted: true }, { text: 'he said', quoted: false }, { text: 'for ever', quoted: true }] },
  { name: 'Minister Sample', role: "the country's minister" },
  'https://example.test/statements/a/',
  'The Site',
);
const reported = { ...quoted, isQuotation: false, words: 'The minister said they would wait.' };

describe('embeds', () => {
  it('shows the words as the views write them, the role as shown, and escapes everything it pastes', () => {
    expect(quoted.words).toBe('“we will <not> wait” he said “for ever”');
    expect(quoted.role).toBe('the country’s minister');
    const html = embedBlockquote(quoted);
    expect(html).toContain('<blockquote cite="https://example.test/statements/a/">');
    expect(html).toContain('“we will &lt;not&gt; wait”');
    expect(html).toContain('As printed in Invented Wire &amp; Co.');
    expect(html).not.toMatch(/<script|class=|style=/);
  });

  it('credits reported speech to its source, never to the speaker, with the hedge', () => {
    expect(embedAttribution(quoted)).toBe('— Minister Sample (reportedly), the country’s minister. As printed in Invented Wire & Co.');
    expect(embedAttribution(reported)).toBe('In reported speech about Minister Sample (reportedly): the words are Invented Wire & Co’s, not the speaker’s.');
    expect(oembedResponse(reported, 'https://example.test/statements/a/embed/', 'https://example.test/', 'T').author_name).toBe('Invented Wire & Co');
    expect(oembedResponse(quoted, 'https://example.test/statements/a/embed/', 'https://example.test/', 'T').author_name).toBe('Minister Sample (reportedly)');
  });

  it('gives the embed page a title within 70 characters and a description naming the source', () => {
    const long = { ...quoted, speaker: 'A very long descriptive name of an unnamed official familiar with the negotiations' };
    expect(embedPageTitle(long, 'WSW').length).toBeLessThanOrEqual(70);
    expect(embedPageTitle(quoted, 'WSW')).toBe('Statement by Minister Sample | WSW');
    expect(embedPageDescription(quoted).endsWith('(Invented Wire & Co)')).toBe(true);
  });
});

describe('feeds', () => {
  it('hold the newest by the day published here, keeping the given order within a day, and at most the size', () => {
    const entries = [{ id: 'a', data: { added: '2026-01-01' } }, { id: 'b', data: { added: '2026-03-01' } }, { id: 'c', data: { added: '2026-01-01' } }, { id: 'd', data: { added: '2026-03-01' } }];
    expect(newestFirst(entries).map((entry) => entry.id)).toEqual(['b', 'd', 'a', 'c']);
    expect(newestFirst(entries, 3).map((entry) => entry.id)).toEqual(['b', 'd', 'a']);
  });
});

describe('the attribution filter', () => {
  it('gives each statement its kind, and hedged, intermediary and unnamed where the source says so', () => {
    expect(attributionTypes({ kind: 'direct-quote', renderings: [{ attribution: 'he warned' }] }, 'person')).toEqual(['direct-quote']);
    expect(attributionTypes({ kind: 'direct-quote', renderings: [{ attribution: 'he warned' }, { attribution: 'Islamabad reportedly warned' }] }, 'government')).toEqual(['direct-quote', 'hedged']);
    expect(attributionTypes({ kind: 'paraphrase', renderings: [{ attribution: 'officials said' }] }, 'unnamed-person')).toEqual(['paraphrase', 'hedged', 'unnamed-speaker']);
    expect(attributionTypes({ kind: 'paraphrase', renderings: [{ via: { id: 'x' } }] }, 'person')).toEqual(['paraphrase', 'intermediary']);
  });
});

describe('corrections as shown', () => {
  it('names the rendering the old words were shown for, not the source as their author, and says when a card was corrected', () => {
    expect(beforeLabel({ fields: ['quotes'] }, 'Invented Wire')).toBe('Shown before the correction, for the rendering of Invented Wire:');
    expect(beforeLabel({ fields: ['speaker'] }, undefined)).toBe('Attributed before the correction to');
    expect(correctedLine([{ day: '2026-01-01' }, { day: '2026-11-26' }] as never)).toBe('Corrected on 26 November 2026');
    expect(correctedLine([])).toBeUndefined();
  });
});
