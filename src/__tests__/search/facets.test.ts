import { describe, expect, it } from 'vitest';
import { SIDES } from '../../schemas/actors.ts';
import { facetLabels } from '../../lib/search/facets.ts';

describe('facetLabels', () => {
  it("labels speakers and sources from the content, sides, kinds and topics from the site's vocabularies", () => {
    const labels = facetLabels([{ id: 'khawaja-asif', name: 'Khawaja Asif' }], [{ id: 'first', label: 'First report' }]);
    expect(labels.speaker).toEqual({ 'khawaja-asif': 'Khawaja Asif' });
    expect(labels.source).toEqual({ first: 'First report' });
    expect(labels.side).toEqual(SIDES);
    expect(labels.kind['paraphrase']).toBe('Reported speech (paraphrase)');
    expect(labels.topic['ceasefire']).toBe('Truce and fighting');
  });
  it('gives copies, so that a page cannot change the vocabularies', () => {
    const labels = facetLabels([], []);
    labels.side['pakistan'] = 'changed';
    expect(SIDES.pakistan).toBe('Pakistan');
  });
});
