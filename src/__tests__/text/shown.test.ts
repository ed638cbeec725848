import { describe, expect, it } from 'vitest';
import { renderingSegments, segmentsText, shownStatement, sourcesSentence, truncateSegments, type StatementFacts } from '../../lib/text/shown.ts';

const strikeBack = renderingSegments(
  'direct-quote',
  ['If Afghan soil is used for terrorism, we will respond accordingly', 'If our borders are violated, we will strike back - even inside Afghanistan if necessary.'],
  '“If Afghan soil is used for terrorism, we will respond accordingly,” he said.“If our borders are violated, we will strike back - even inside Afghanistan if necessary.”',
);
const brotherly = renderingSegments(
  'direct-quote',
  ['brotherly countries', "the Taliban regime's intentions have now become clear"],
  "He said Pakistan entered the Istanbul talks at the request of“brotherly countries” seeking to create an opportunity for peace but that“the Taliban regime's intentions have now become clear.”",
);

describe('the words of a rendering', () => {
  it("shows a quotation the source interrupts as its parts, with the source's words between them outside the quotation marks", () => {
    expect(segmentsText(strikeBack)).toBe('“If Afghan soil is used for terrorism, we will respond accordingly”, he said. “If our borders are violated, we will strike back - even inside Afghanistan if necessary.”');
    expect(segmentsText(brotherly)).toBe("“brotherly countries” seeking to create an opportunity for peace but that “the Taliban regime's intentions have now become clear”");
    expect(brotherly.map((segment) => segment.quoted)).toEqual([true, false, true]);
  });
  it('never bridges two parts with an ellipsis', () => {
    for (const segments of [strikeBack, brotherly]) expect(segmentsText(segments)).not.toContain('…');
  });
  it('shows reported speech as the source’s sentence, without quotation marks', () => {
    expect(segmentsText(renderingSegments('paraphrase', ['Analysts note that x.']))).toBe('Analysts note that x.');
  });
  it('cuts inside a quoted part with the ellipsis inside its marks, and drops a part that would be left empty', () => {
    const cut = segmentsText(truncateSegments(brotherly, 60));
    expect(cut.length).toBeLessThanOrEqual(60);
    expect(cut).toMatch(/^“brotherly countries” seeking to create an opportunity for peace…$|^“brotherly countries”…$|^“brotherly countries” seeking[^“]*…$/);
    expect(segmentsText(truncateSegments(strikeBack, 90))).toBe('“If Afghan soil is used for terrorism, we will respond accordingly”, he said. “If our…”');
    expect(segmentsText(truncateSegments(strikeBack, 400))).toBe(segmentsText(strikeBack));
  });
});

describe('shownStatement', () => {
  const actors: Record<string, { name: string; kind: string }> = { asif: { name: 'Khawaja Asif', kind: 'person' }, gov: { name: 'Government of Pakistan', kind: 'government' } };
  const sources: Record<string, { label: string }> = { a: { label: 'First report' }, b: { label: 'Second report' } };
  const statement: StatementFacts = {
    kind: 'direct-quote',
    summary: 's',
    speaker: { id: 'asif' },
    renderings: [
      { source: { id: 'a' }, quotes: ['obliterate them'] },
      { source: { id: 'b' }, quotes: ['destroy them'], attribution: 'he reportedly said' },
    ],
  };
  const shown = (sourceId?: string, facts = statement) => shownStatement(facts, (id) => actors[id]!, (id) => sources[id]!, sourceId);

  it("shows one source's words with that source's name and hedge, and says the other words it differently", () => {
    expect(shown()).toMatchObject({ source: { id: 'a', label: 'First report' }, segments: [{ text: 'obliterate them', quoted: true }], hedge: undefined });
    expect(sourcesSentence(shown())).toBe('As reported in First report. Second report words it differently.');
    expect(shown('b')).toMatchObject({ source: { id: 'b' }, segments: [{ text: 'destroy them' }], hedge: 'reportedly' });
    expect(sourcesSentence(shown('b'), 'reportedly')).toBe('As reported in Second report (reportedly). First report words it differently.');
  });
  it('says when another source prints the same words', () => {
    const same = { ...statement, renderings: [statement.renderings[0]!, { source: { id: 'b' }, quotes: ['obliterate them'] }] };
    expect(sourcesSentence(shown(undefined, same))).toBe('As reported in First report. Also reported in Second report in the same words.');
  });
  it('credits a direct quotation to the speaker and reported speech to the source that wrote it', () => {
    expect(shown().author).toEqual({ by: 'speaker', name: 'Khawaja Asif', namedPerson: true });
    const reported: StatementFacts = { ...statement, kind: 'paraphrase', speaker: { id: 'gov' } };
    expect(shown(undefined, reported).author).toEqual({ by: 'source', name: 'First report' });
  });
});
