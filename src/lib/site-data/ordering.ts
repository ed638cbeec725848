/**
 * Pure ordering and grouping: statements in the order the sources report them, speakers within
 * a side, a body's members. Used by site-data and by views; build time.
 */
import { foldForMatch, foldedText } from '../text/quote-match.ts';

export interface PlacedRendering {
  source: string;
  quotes: readonly string[];
  excerpt?: string | undefined;
}

/**
 * Where a statement stands in the reporting: the rank of its first source
 * (sources ranked in the order they were received) and the position of its
 * words in that source's text. Sorting on it gives "the order the sources
 * report them" without inventing dates.
 */
export function reportedPosition(
  renderings: readonly PlacedRendering[],
  sourceTexts: ReadonlyMap<string, string>,
  sourceRank: ReadonlyMap<string, number>,
): [number, number] {
  let best: [number, number] = [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
  for (const rendering of renderings) {
    const rank = sourceRank.get(rendering.source) ?? Number.MAX_SAFE_INTEGER;
    const text = foldedText(sourceTexts.get(rendering.source) ?? '');
    const excerpt = foldForMatch(rendering.excerpt ?? '');
    const quote = foldForMatch(rendering.quotes[0] ?? '');
    // Statements may share an excerpt: place each by where its own words stand inside it.
    const excerptAt = excerpt ? text.indexOf(excerpt) : -1;
    const quoteInExcerpt = excerptAt >= 0 ? excerpt.indexOf(quote) : -1;
    const found = excerptAt >= 0 && quoteInExcerpt >= 0 ? excerptAt + quoteInExcerpt : text.indexOf(quote);
    const position: [number, number] = [rank, found < 0 ? Number.MAX_SAFE_INTEGER : found];
    if (comparePositions(position, best) < 0) best = position;
  }
  return best;
}

export function comparePositions(a: readonly [number, number], b: readonly [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}

/** Sorts by a key, keeping ties in id order so the result never depends on file-system order. */
export function sortByKey<T extends { id: string }, K>(items: readonly T[], key: (item: T) => K, compare: (a: K, b: K) => number): T[] {
  return [...items].sort((a, b) => compare(key(a), key(b)) || a.id.localeCompare(b.id));
}

/** Groups items by a key, in the order of `order` (keys not in it come last, alphabetically). */
export function groupInOrder<T, K extends string>(items: readonly T[], key: (item: T) => K, order: readonly K[]): [K, T[]][] {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  const rank = (k: K) => {
    const index = order.indexOf(k);
    return index < 0 ? order.length : index;
  };
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
}

/** How much of a speaker the sources report: their own statements, only their members', or a mention alone. */
export type Voice = 'statements' | 'members' | 'mentioned';
const VOICE_RANK: Record<Voice, number> = { statements: 0, members: 1, mentioned: 2 };

/**
 * How a side lists its speakers: those with statements first, then bodies
 * whose members spoke, then the ones only mentioned; within each, named
 * speakers before unnamed ones ("A source familiar with the talks"), by name.
 */
export function compareSpeakers(a: { name: string; kind: string; voice?: Voice }, b: { name: string; kind: string; voice?: Voice }): number {
  const unnamed = (actor: { kind: string }) => (actor.kind === 'unnamed-person' ? 1 : 0);
  return VOICE_RANK[a.voice ?? 'statements'] - VOICE_RANK[b.voice ?? 'statements'] || unnamed(a) - unnamed(b) || a.name.localeCompare(b.name);
}

/**
 * Everyone who belongs to a group, directly or through a body within it (the
 * delegation's members belong to the government too), from `memberOf` links.
 */
export function membersOf<T extends { id: string; memberOf: readonly string[] }>(groupId: string, actors: readonly T[]): T[] {
  const found = new Map<string, T>();
  const visit = (id: string) => {
    for (const actor of actors) {
      if (actor.id !== groupId && !found.has(actor.id) && actor.memberOf.includes(id)) {
        found.set(actor.id, actor);
        visit(actor.id);
      }
    }
  };
  visit(groupId);
  return [...found.values()];
}
