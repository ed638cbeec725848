import { describe, expect, it } from 'vitest';
import { beginsAWordIn, exactTerm, missingWords, typedWords } from '../../lib/search/real-matches.ts';

describe('which searched words the index really holds', () => {
  it('takes the words as typed, each once, whatever their case or accents', () => {
    expect(typedWords('Torkham  border, torkham Türkiye turkiye')).toEqual(['Torkham', 'border', 'Türkiye']);
    expect(typedWords('  ')).toEqual([]);
  });

  it('asks for one word exactly, so that Pagefind does not fall back to a prefix', () => {
    expect(exactTerm('Torkham')).toBe('"Torkham"');
  });

  it('counts a word being typed as held when a found page has a word that begins with it, not when the page only has a shorter prefix', () => {
    expect(beginsAWordIn('negoti', 'The negotiations in Istanbul')).toBe(true);
    expect(beginsAWordIn('Turki', 'talks in Türkiye')).toBe(true);
    // Pagefind's fallback for "Torkham" is "to": the page has "to", not a word starting with "torkham".
    expect(beginsAWordIn('Torkham', 'He wants to talk to the mediators')).toBe(false);
    expect(beginsAWordIn('xyzzyq', 'a post on X')).toBe(false);
  });

  it('lists the words the index does not hold, in the order typed', async () => {
    const index = new Set(['border', 'caves']);
    const holds = async (word: string) => index.has(word.toLowerCase());
    await expect(missingWords('Torkham border xyzzyq', holds)).resolves.toEqual(['Torkham', 'xyzzyq']);
    await expect(missingWords('caves Border', holds)).resolves.toEqual([]);
    await expect(missingWords('', holds)).resolves.toEqual([]);
  });
});
