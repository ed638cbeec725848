/**
 * What a talks page shows once: mediators the sources name in one phrase,
 * listed together with the phrase once; and, for each demand or position, the
 * statement on the page that already gives its words, so the page links to it
 * instead of repeating them. Pure; build time (TalksView).
 */
import { isVerbatimIn } from '../text/quote-match.ts';

/** Groups items whose reported words are the same (same source, same text), in the order the items come. */
export function groupBySameWords<T extends { asReported: readonly { text: string; source: { id: string } }[] }>(items: readonly T[]): { items: T[]; asReported: T['asReported'] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = item.asReported.map((words) => `${words.source.id}\u0000${words.text}`).join('\u0001');
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.values()].map((group) => ({ items: group, asReported: group[0]!.asReported }));
}

/**
 * The first statement whose rendering gives these words: its sentence (the
 * excerpt, or the quotes where it has none) holds them, or they hold it.
 */
export function statementGiving<S extends { data: { renderings: readonly { excerpt?: string | undefined; quotes: readonly string[] }[] } }>(text: string, statements: readonly S[]): S | undefined {
  return statements.find((statement) =>
    statement.data.renderings.some((rendering) => {
      const sentence = rendering.excerpt ?? rendering.quotes.join(' ');
      return isVerbatimIn(text, sentence) || isVerbatimIn(sentence, text);
    }),
  );
}
