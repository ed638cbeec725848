import { describe, expect, it } from 'vitest';
import { hedgeIn, hedgePhrase, nameInSentence, speakerWithHedge } from '../../lib/text/attribution.ts';

describe('hedgeIn', () => {
  it('finds the source’s hedge in its own words', () => {
    expect(hedgeIn('Islamabad reportedly warned')).toBe('reportedly');
    expect(hedgeIn('according to Pakistani officials')).toBe('according to Pakistani officials');
  });
  it('finds none in a plain attribution or none at all', () => {
    expect(hedgeIn('he warned')).toBeUndefined();
    expect(hedgeIn('Asif said')).toBeUndefined();
    // An unnamed speaker's own name carries this: "Unnamed officials".
    expect(hedgeIn('officials said')).toBeUndefined();
    expect(hedgeIn(undefined)).toBeUndefined();
  });
});

describe('hedgePhrase', () => {
  it('names the unnamed intermediary the words came through', () => {
    expect(hedgePhrase({ attribution: 'Islamabad reportedly warned' }, 'A source familiar with the talks')).toBe(
      'reportedly, according to a source familiar with the talks',
    );
    expect(hedgePhrase({}, 'A source familiar with the talks')).toBe('according to a source familiar with the talks');
  });
  it('is the hedge alone without an intermediary, and nothing for a plain attribution', () => {
    expect(hedgePhrase({ attribution: 'Islamabad reportedly warned' })).toBe('reportedly');
    expect(hedgePhrase({ attribution: 'he warned' })).toBeUndefined();
  });
  it('carries the hedge beside the speaker’s name', () => {
    expect(speakerWithHedge('Government of Pakistan', 'reportedly')).toBe('Government of Pakistan (reportedly)');
    expect(speakerWithHedge('Khawaja Asif', undefined)).toBe('Khawaja Asif');
  });
});

describe('nameInSentence', () => {
  it('lowers a leading article but never a proper name', () => {
    expect(nameInSentence('A source familiar with the talks')).toBe('a source familiar with the talks');
    expect(nameInSentence('The Taliban delegation')).toBe('the Taliban delegation');
    expect(nameInSentence('Afghanistan International')).toBe('Afghanistan International');
  });
});
