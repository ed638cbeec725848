import { describe, expect, it } from 'vitest';
import { curlyQuotes, cutAtPhrase, escapedLength, previewInputFor, previewWords, statementPreview, statementTitle, TITLE_MAX, type PreviewInput, outletPhrase, renderingFacts } from '../../lib/sharing/previews.ts';
const SUFFIX = ' | Who Said What';
const asif: PreviewInput = {
  speaker: 'Khawaja Asif',
  role: "Pakistan's Defence Minister",
  kind: 'direct-quote',
  segments: [{ text: 'spectacular', quoted: true }],
  summary: 'Khawaja Asif says a repeat of the Taliban\'s retreat to the Tora Bora caves would be "spectacular".',
  sourceLabel: 'From Istanbul To Tora Bora',
  others: [],
};
const longQuote: PreviewInput = {
  ...asif,
  segments: [
    { text: 'If Afghan soil is used for terrorism, we will respond accordingly', quoted: true },
    { text: ', he said.', quoted: false },
    { text: 'If our borders are violated, we will strike back - even inside Afghanistan if necessary.', quoted: true },
  ],
  summary: 'Khawaja Asif warns Pakistan will strike back.',
};
const hedged: PreviewInput = {
  speaker: 'Government of Pakistan',
  hedge: 'reportedly',
  kind: 'direct-quote',
  segments: [{ text: 'suspicious movements in Afghanistan', quoted: true }],
  summary: 'Pakistan reportedly warned it reserved the right to strike "suspicious movements in Afghanistan" after TTP-linked attacks.',
  sourceLabel: 'From Istanbul To Tora Bora',
  others: [],
};
const viaSource: PreviewInput = {
  speaker: 'Government of Pakistan',
  hedge: 'according to a source familiar with the talks',
  kind: 'paraphrase',
  segments: [{ text: 'Pakistan urged Kabul to declare the TTP a terrorist organisation and take concrete steps against its sanctuaries.', quoted: false }],
  summary: 'Pakistan urged Kabul to declare the TTP a terrorist organisation, according to a source familiar with the talks.',
  sourceLabel: 'From Istanbul To Tora Bora',
  others: [],
};

describe('preview words', () => {
  it('leads with a quotation of eight words or more, in curly marks', () => {
    expect(previewWords(longQuote)).toEqual({ text: expect.stringMatching(/^“If Afghan soil .* necessary\.”$/), isQuotation: true });
  });
  it('leads with the summary for a fragment under eight words, never the bare fragment', () => {
    const words = previewWords(asif);
    expect(words.isQuotation).toBe(false);
    expect(words.text).toBe('Khawaja Asif says a repeat of the Taliban’s retreat to the Tora Bora caves would be “spectacular”.');
  });
  it('leads with the summary for reported speech, whose words are the reporter’s', () => {
    expect(previewWords(viaSource)).toEqual({ text: viaSource.summary, isQuotation: false });
  });
});

describe('link previews', () => {
  it('gives the speaker with role and a quotation that stands on its own', () => {
    const preview = statementPreview(longQuote);
    expect(preview.title).toMatch(/^Khawaja Asif, Pakistan’s Defence Minister: “If Afghan soil/);
    expect(preview.description).toBe('Khawaja Asif warns Pakistan will strike back. As reported in From Istanbul To Tora Bora.');
  });
  it('puts the role after the name when the summary opens with it, instead of repeating the name', () => {
    expect(statementPreview(asif).title).toBe('Khawaja Asif, Pakistan’s Defence Minister, says a repeat of the Taliban’s retreat to the Tora Bora caves would be “spectacular”.');
    expect(statementPreview({ ...asif, summary: 'Khawaja Asif, as paraphrased, says so.' }).title).toBe('Khawaja Asif, Pakistan’s Defence Minister, as paraphrased, says so.');
  });
  it('carries the source’s hedge in the title and the description', () => {
    const plainSummary = { ...hedged, summary: 'Pakistan warned it reserved the right to strike "suspicious movements in Afghanistan".' };
    const preview = statementPreview(plainSummary);
    expect(preview.title).toMatch(/^Government of Pakistan \(reportedly\): Pakistan warned/);
    expect(preview.description).toMatch(/As reported in From Istanbul To Tora Bora \(reportedly\)\.$/);
  });
  it('says the hedge once when the words already carry it', () => {
    const count = (text: string, hedge: string) => text.split(hedge).length - 1;
    for (const input of [hedged, viaSource]) {
      const preview = statementPreview(input);
      expect(count(preview.title, input.hedge ?? '-'), preview.title).toBe(1);
      expect(count(preview.description, input.hedge ?? '-'), preview.description).toBe(1);
    }
    expect(statementPreview(hedged).title).toMatch(/^Government of Pakistan: Pakistan reportedly warned/);
  });
  it("names the source whose words it shows, and says when another source words it differently", () => {
    expect(statementPreview({ ...longQuote, sourceLabel: 'A', others: [{ label: 'B', sameWords: false }] }).description).toMatch(/As reported in A\. B words it differently\.$/);
    expect(statementPreview({ ...longQuote, sourceLabel: 'A', others: [{ label: 'B', sameWords: true }] }).description).toMatch(/As reported in A\. Also reported in B in the same words\.$/);
  });
  it('shows an interrupted quotation as its parts, never bridged by an ellipsis', () => {
    expect(statementPreview(longQuote).title).toBe(
      "Khawaja Asif, Pakistan’s Defence Minister: “If Afghan soil is used for terrorism, we will respond accordingly”, he said. “If our borders are violated, we will strike back - even inside Afghanistan if necessary.”",
    );
  });
  it('turns the summary’s straight quote marks into curly ones', () => {
    expect(curlyQuotes('says "full force" and it\'s so')).toBe('says “full force” and it’s so');
    expect(curlyQuotes('"internal matter"')).toBe('“internal matter”');
  });
});

describe('the tab title', () => {
  const all = [asif, longQuote, hedged, viaSource, { ...asif, speaker: 'A Pakistani security official familiar with the negotiations', role: undefined, summary: 'An unnamed Pakistani security official says the Afghan delegation agreed to act against the TTP, then reversed its position.' }];
  it('is at most 70 characters as html-validate counts them (escaped)', () => {
    for (const input of all) expect(escapedLength(statementTitle(input, SUFFIX))).toBeLessThanOrEqual(TITLE_MAX);
  });
  it('keeps the site name when it fits', () => {
    expect(statementTitle({ ...asif, summary: 'Khawaja Asif says no.' }, SUFFIX)).toBe('Khawaja Asif says no. | Who Said What');
  });
  it('is never cut mid-word, and says so with an ellipsis', () => {
    for (const input of all) {
      const title = statementTitle(input, SUFFIX);
      if (title.endsWith(SUFFIX)) continue;
      const cut = input.hedge ? title.replace(` (${input.hedge})`, '') : title;
      expect(cut).toMatch(/…”?$/);
      const beforeEllipsis = cut.replace(/…”?$/, '').split(' ').at(-1) ?? '';
      const source = `${input.speaker} ${input.summary} ${input.segments.map((segment) => segment.text).join(' ')}`.replace(/["']/g, (mark) => (mark === '"' ? '“' : '’'));
      expect(source.split(/[\s“”]+/).map((word) => word.replace(/[,;:]$/, ''))).toContain(beforeEllipsis.replace(/^“/, '').replace(/[,;:]$/, ''));
    }
  });
  it('says the hedge once when the words carry it', () => {
    const title = statementTitle(hedged, SUFFIX);
    expect(title.split('reportedly').length - 1, title).toBe(1);
    expect(title).toMatch(/^Government of Pakistan: Pakistan reportedly warned/);
  });
  it('always carries the hedge', () => {
    expect(statementTitle({ ...hedged, summary: 'Pakistan warned it reserved the right to strike.' }, SUFFIX)).toContain('(reportedly)');
    expect(statementTitle(viaSource, SUFFIX)).toContain('(according to a source familiar with the talks)');
  });
  it('does not repeat the speaker before a summary that names them', () => {
    expect(statementTitle(asif, SUFFIX)).toMatch(/^Khawaja Asif says a repeat/);
  });
  it('prefers a phrase boundary that keeps at least half the room', () => {
    expect(cutAtPhrase('one two three, four five six seven eight nine', 30)).toBe('one two three, four five six…');
    expect(cutAtPhrase('alpha beta gamma delta epsilon, zeta eta theta iota', 36)).toBe('alpha beta gamma delta epsilon…');
    expect(cutAtPhrase('“quoted words that go on and on”', 20)).toBe('“quoted words that…”');
  });
});

describe('preview input from content', () => {
  it('takes the first rendering’s words, the hedge from its attribution and intermediary, and its source; the others as others', () => {
    const actors: Record<string, { name: string; role?: string; kind: string }> = { gop: { name: 'Government of Pakistan', kind: 'government' }, src: { name: 'A source familiar with the talks', kind: 'unnamed-person' } };
    const sources: Record<string, { label: string }> = { a: { label: 'A' }, b: { label: 'B' } };
    const input = previewInputFor(
      {
        kind: 'paraphrase',
        summary: 'S.',
        speaker: { id: 'gop' },
        renderings: [
          { source: { id: 'a' }, quotes: ['Islamabad reportedly urged x.'], attribution: 'Islamabad reportedly urged', via: { id: 'src' } },
          { source: { id: 'b' }, quotes: ['y'] },
        ],
      },
      (id) => actors[id]!,
      (id) => sources[id]!,
    );
    expect(input).toMatchObject({ speaker: 'Government of Pakistan', hedge: 'reportedly, according to a source familiar with the talks', segments: [{ text: 'Islamabad reportedly urged x.', quoted: false }], sourceLabel: 'A', others: [{ label: 'B', sameWords: false }] });
  });
});

describe('link previews', () => {
  it('lists how, where and when, or says the source does not', () => {
    const labels = { 'post-on-x': 'Post on X', 'not-stated': 'Not stated' };
    expect(renderingFacts({ medium: 'post-on-x', setting: 'In a post on X', when: 'after the talks' }, labels)).toEqual([
      { label: 'How', value: 'Post on X', quoted: false },
      { label: 'Where', value: 'In a post on X', quoted: true },
      { label: 'When', value: 'after the talks', quoted: true },
    ]);
    expect(renderingFacts({ medium: 'not-stated' }, labels)).toEqual([{ label: 'How and where', value: 'not stated by the source', quoted: false }]);
    expect(renderingFacts({ medium: 'not-stated', setting: 'at Parliament House' }, labels)).toEqual([{ label: 'Where', value: 'at Parliament House', quoted: true }]);
  });
  it('names a distributor as one', () => {
    expect(outletPhrase({ name: 'MENAFN', role: 'distributor' })).toBe('distributed by MENAFN');
    expect(outletPhrase(undefined)).toBeUndefined();
  });
});
