/**
 * Which searched words the index really holds. When a word is not in its
 * index, Pagefind searches the longest indexed prefix instead ("Torkham"
 * becomes "to", Pagefind/pagefind#315), and reports those pages as matches.
 * The search page asks, per word: is it an indexed word (a quoted, exact
 * search for it finds pages), or the beginning of one (a page Pagefind
 * found for it has a word that starts with it, as a word being typed does)?
 * A word that is neither is missing, and the search shows no match.
 * Runs in the browser (`src/scripts/search-page.ts`).
 */
import { fold } from './card.ts';

/** The exact-search term for one word: Pagefind searches a quoted term as it is, with no prefix fallback. */
export const exactTerm = (word: string): string => `"${word}"`;

/** Whether a page's text has a word that begins with the searched word ("negoti" in "negotiations"). */
export function beginsAWordIn(word: string, text: string): boolean {
  const folded = fold(word);
  return (fold(text).match(/[\p{L}\p{N}]+/gu) ?? []).some((candidate) => candidate.startsWith(folded));
}

/** The words of a search as typed, each once (compared without case or accents). */
export function typedWords(term: string): string[] {
  const seen = new Set<string>();
  return (term.match(/[\p{L}\p{N}\p{M}]+/gu) ?? []).filter((word) => !seen.has(fold(word)) && Boolean(seen.add(fold(word))));
}

/** The searched words the index does not hold, as typed and in order: `holds(word)` answers for one word. */
export async function missingWords(term: string, holds: (word: string) => Promise<boolean>): Promise<string[]> {
  const words = typedWords(term);
  const held = await Promise.all(words.map(holds));
  return words.filter((_, index) => !held[index]);
}
