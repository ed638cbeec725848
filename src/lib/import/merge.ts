/**
 * Statements reported again: a proposal by a speaker who already has a
 * statement in the same or similar words is a new rendering of that
 * statement (the caves warning is one statement in two wordings), not a new one.
 */

export interface ExistingStatement {
  id: string;
  speaker: string;
  kind: string;
  renderings: readonly { source: string; quotes: readonly string[] }[];
}

export interface StatementMatch {
  id: string;
  /** Shared words over the shorter wording's words. */
  score: number;
  shared: string[];
  /** The existing rendering it was compared with. */
  source: string;
  quotes: readonly string[];
}

const STOP_WORDS = new Set(
  'a an the and or but if of to in on at for from by with as is are was were be been being it its this that these those their them they we our us he she his her him not no do does did has have had will would could should can may might must than then so such even any all into over under up out back there here what which who whom whose when where how also only just very much more most'.split(' '),
);

/** The words that carry meaning, lowercased, with a plural's -s and a verb's -ing/-ed folded away. */
export function contentWords(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^a-z0-9\u00c0-\u024f]+/)
    .filter((word) => word.length > 2 && !STOP_WORDS.has(word))
    .map((word) => word.replace(/(?:ing|ed|es|s)$/, ''));
  return new Set(words.filter((word) => word.length > 2));
}

/** Two wordings are one statement's when they share at least three meaning words, and at least half the shorter one's. */
const MIN_SHARED = 3;
const MIN_SHARE = 0.5;

/** An index of the site's statements by speaker, so a proposal is compared only with its speaker's statements. */
export class StatementIndex {
  private readonly bySpeaker = new Map<string, { statement: ExistingStatement; words: Set<string>[] }[]>();

  constructor(statements: Iterable<ExistingStatement>) {
    for (const statement of statements) {
      const list = this.bySpeaker.get(statement.speaker) ?? [];
      list.push({ statement, words: statement.renderings.map((rendering) => contentWords(rendering.quotes.join(' '))) });
      this.bySpeaker.set(statement.speaker, list);
    }
  }

  /** The speaker's statement these words render, if one is close enough; the closest first. */
  match(speaker: string, quotes: readonly string[]): StatementMatch | undefined {
    const words = contentWords(quotes.join(' '));
    let best: StatementMatch | undefined;
    for (const { statement, words: renderings } of this.bySpeaker.get(speaker) ?? []) {
      renderings.forEach((other, index) => {
        const shared = [...words].filter((word) => other.has(word));
        const score = shared.length / Math.max(1, Math.min(words.size, other.size));
        const same = quotes.join(' ') === statement.renderings[index]!.quotes.join(' ');
        if (!same && (shared.length < MIN_SHARED || score < MIN_SHARE)) return;
        const candidate = { id: statement.id, score: same ? 1 : score, shared, source: statement.renderings[index]!.source, quotes: statement.renderings[index]!.quotes };
        if (!best || candidate.score > best.score) best = candidate;
      });
    }
    return best;
  }

  ids(): Set<string> {
    return new Set([...this.bySpeaker.values()].flatMap((list) => list.map((entry) => entry.statement.id)));
  }
}
