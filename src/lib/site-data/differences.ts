/**
 * Where the sources differ, worked out from the content alone, so the page
 * grows with the sources: the same statement in different words, one actor
 * named or described differently, and the same fact of a talk or event
 * reported in different words (counts, times, outcomes). Nothing here judges
 * which source is right: each difference is both sources' words, verbatim.
 * Pure; build time (the differences page and the statement pages' links to it).
 */
import { foldForMatch, renderingsDiffer } from '../text/quote-match.ts';

/** Words one source gives for something: its own text, verbatim. */
export interface Reported {
  text: string;
  source: string;
}

/** One source's words for one thing, in the order the content lists them. */
export interface SourceWords {
  source: string;
  texts: string[];
}

/** The words grouped by source, each source once, in the order sources first appear. */
export function wordsBySource(reported: readonly Reported[]): SourceWords[] {
  const groups = new Map<string, string[]>();
  for (const { text, source } of reported) {
    const texts = groups.get(source) ?? [];
    if (!texts.includes(text)) texts.push(text);
    groups.set(source, texts);
  }
  return [...groups].map(([source, texts]) => ({ source, texts }));
}

/**
 * True when at least two sources give words and they do not all give the same
 * words (ignoring spacing and the style of quotation marks): then a
 * reader needs to see each source's.
 */
export function sourcesDiffer(groups: readonly SourceWords[]): boolean {
  if (groups.length < 2) return false;
  const key = (group: SourceWords) => group.texts.map(foldForMatch).sort().join('\u0000');
  return new Set(groups.map(key)).size > 1;
}

/** A statement two or more sources word differently. */
export interface WordingDifference {
  statement: string;
  renderings: { source: string; quotes: readonly string[] }[];
}

/** The statements whose renderings' quoted words differ between sources, in the order given. */
export function wordingDifferences(statements: readonly { id: string; renderings: readonly { source: string; quotes: readonly string[] }[] }[]): WordingDifference[] {
  return statements
    .filter((statement) => new Set(statement.renderings.map((rendering) => rendering.source)).size > 1)
    .filter((statement) => renderingsDiffer(statement.renderings))
    .map((statement) => ({ statement: statement.id, renderings: statement.renderings.map(({ source, quotes }) => ({ source, quotes })) }));
}

/** Two statements, from different sources, recorded as counterparts: read as the same warning or claim, worded apart. */
export interface CounterpartDifference {
  statements: [string, string];
}

/** Each recorded counterpart pair once (whichever side records it), in the order of the first statement listed. */
export function counterpartDifferences(statements: readonly { id: string; counterparts: readonly string[] }[]): CounterpartDifference[] {
  const seen = new Set<string>();
  const pairs: CounterpartDifference[] = [];
  for (const statement of statements) {
    for (const other of statement.counterparts) {
      const key = [statement.id, other].sort().join(' ');
      if (other === statement.id || seen.has(key)) continue;
      seen.add(key);
      pairs.push({ statements: [statement.id, other] });
    }
  }
  return pairs;
}

/** How the sources name or describe one actor, where they differ. */
export interface NameDifference {
  actor: string;
  /** `names`: what the sources call the actor; `roles`: how they describe the actor's office. */
  aspect: 'names' | 'roles';
  bySource: SourceWords[];
}

/** Names (aliases) and descriptions of office (roles as reported) that differ between sources, actor by actor. */
export function nameDifferences(actors: readonly { id: string; aliases: readonly Reported[]; roleAsReported: readonly Reported[] }[]): NameDifference[] {
  return actors.flatMap((actor) =>
    (
      [
        ['names', wordsBySource(actor.aliases)],
        ['roles', wordsBySource(actor.roleAsReported)],
      ] as const
    )
      .filter(([, bySource]) => sourcesDiffer(bySource))
      .map(([aspect, bySource]) => ({ actor: actor.id, aspect, bySource })),
  );
}

/** One fact of a talk or event (its length, its outcome, who mediated) in each source's words, where they differ. */
export interface AccountDifference {
  entry: { kind: 'talks' | 'events'; id: string };
  /** What the fact is, in the site's words: "How long, as reported". */
  aspect: string;
  bySource: SourceWords[];
}

/** The facts of one entry, each under the site's label for it; the differing ones become account differences. */
export function accountDifferences(entry: AccountDifference['entry'], facts: readonly { aspect: string; reported: readonly Reported[] }[]): AccountDifference[] {
  return facts
    .map(({ aspect, reported }) => ({ entry, aspect, bySource: wordsBySource(reported) }))
    .filter((difference) => sourcesDiffer(difference.bySource));
}

/** The anchor of a difference on the differences page. */
export const differenceAnchor = {
  wording: (statementId: string) => statementId,
  counterpart: (pair: CounterpartDifference) => `${pair.statements[0]}--${pair.statements[1]}`,
  name: (actorId: string, aspect: NameDifference['aspect']) => `${aspect}-${actorId}`,
  account: (entry: AccountDifference['entry'], aspect: string) => `${entry.kind}-${entry.id}-${aspect.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`,
};
