/**
 * What a statement shows, worked out once for every view (cards, the
 * statement page, previews, the quote card, the feed, citations, JSON-LD and
 * the data files): whose words, from which source, with which hedge, in how
 * many parts, who wrote them, and which other sources word it differently.
 * Pure; used at build time, and `segmentsText` in the browser's search cards.
 */
import { hedgePhrase } from './attribution.ts';
import { renderingsDiffer } from './quote-match.ts';
import { splitAround } from './text.ts';

/** A run of shown words: the speaker's (inside the source's quotation marks) or the source's own. */
export interface Segment {
  text: string;
  /** True for the speaker's words, which are shown in quotation marks; false for the source's. */
  quoted: boolean;
}

const QUOTE_MARKS = /["“”„«»]/g;

/**
 * The words of one rendering, in order. A direct quotation interrupted by the
 * source (`“…,” he said. “…”`) is its quoted parts with the source's own words
 * between them, outside the quotation marks, never bridged by an ellipsis.
 * Reported speech is one segment: the source's sentence.
 */
export function renderingSegments(kind: 'direct-quote' | 'paraphrase', quotes: readonly string[], excerpt?: string): Segment[] {
  if (kind === 'paraphrase') return quotes.map((text) => ({ text, quoted: false }));
  const segments: Segment[] = [];
  // What is left of the excerpt after the last part found in it.
  let rest = excerpt;
  quotes.forEach((quote, index) => {
    const found = rest === undefined ? null : splitAround(rest, quote);
    if (index > 0 && found) {
      const between = found[0].replace(QUOTE_MARKS, ' ').replace(/\s+/g, ' ').replace(/\s+([,.;:!?])/g, '$1').trim();
      if (between) segments.push({ text: between, quoted: false });
    }
    rest = found ? found[2] : undefined;
    segments.push({ text: quote, quoted: true });
  });
  return segments;
}

/** Each segment as written: the speaker's words in curly quotation marks, with the space that goes before it. */
export function segmentPieces(segments: readonly Segment[]): { before: string; text: string; quoted: boolean }[] {
  return segments.map((segment, index) => ({
    // The source's words that start with punctuation (", adding,") follow the closing mark directly.
    before: index === 0 || (!segment.quoted && /^[,.;:!?]/.test(segment.text)) ? '' : ' ',
    text: segment.quoted ? `“${segment.text}”` : segment.text,
    quoted: segment.quoted,
  }));
}

/** The segments as one line: `“A”, he said. “B”`; reported speech without quotation marks. */
export function segmentsText(segments: readonly Segment[]): string {
  return segmentPieces(segments)
    .map((piece) => piece.before + piece.text)
    .join('');
}

/** The speaker's own words alone (the quoted parts), for counting and matching; the source's sentence for reported speech. */
export const segmentWords = (segments: readonly Segment[]) => segments.filter((segment) => segment.quoted || segments.every((each) => !each.quoted)).map((segment) => segment.text);

/**
 * Shortens segments to at most `max` characters (as `segmentsText` writes
 * them), at a word boundary, with an ellipsis. A cut inside a quoted part
 * keeps the ellipsis inside its quotation marks: it omits only that part's own words.
 */
export function truncateSegments(segments: readonly Segment[], max: number): Segment[] {
  if (segmentsText(segments).length <= max) return [...segments];
  const kept: Segment[] = [];
  for (const segment of segments) {
    const candidate = [...kept, segment];
    if (segmentsText(candidate).length <= max) {
      kept.push(segment);
      continue;
    }
    const room = max - segmentsText([...kept, { ...segment, text: '' }]).length - 1;
    const words = segment.text.split(' ');
    let text = '';
    for (const word of words) {
      const next = text ? `${text} ${word}` : word;
      if (next.replace(/[\s,;:.–—-]+$/, '').length > room) break;
      text = next;
    }
    text = text.replace(/[\s,;:.–—-]+$/, '');
    // A cut that leaves nothing of a part drops it, and the source's words before it with it.
    if (text) kept.push({ ...segment, text: `${text}…` });
    else if (kept.length > 0 && !kept[kept.length - 1]!.quoted) kept.pop();
    break;
  }
  if (kept.length > 0 && !kept[kept.length - 1]!.text.endsWith('…')) kept[kept.length - 1] = { ...kept[kept.length - 1]!, text: `${kept[kept.length - 1]!.text}…` };
  return kept;
}

/** A statement as the content gives it, in both Astro's collections and the content check. */
export interface StatementFacts {
  kind: 'direct-quote' | 'paraphrase';
  summary: string;
  speaker: { id: string };
  renderings: readonly {
    source: { id: string };
    quotes: readonly string[];
    excerpt?: string | undefined;
    attribution?: string | undefined;
    via?: { id: string } | undefined;
  }[];
}

export interface ShownActor {
  name: string;
  role?: string | undefined;
  /** The actor's kind in the content ("person", "government", "unnamed-person"…). */
  kind: string;
}

/** One statement as one view shows it. */
export interface ShownStatement {
  kind: 'direct-quote' | 'paraphrase';
  speaker: ShownActor;
  /** The source's hedge on the shown rendering ("reportedly"), if any. */
  hedge?: string | undefined;
  segments: Segment[];
  /** The source whose words `segments` are. */
  source: { id: string; label: string };
  /**
   * Who wrote the words: the speaker for a direct quotation; for reported
   * speech the source, whose sentence it is. Citations and metadata credit this, never the speaker for a reporter's sentence.
   */
  author: { by: 'speaker'; name: string; namedPerson: boolean } | { by: 'source'; name: string };
  /** The statement's other sources, and whether each prints the same words. */
  others: { id: string; label: string; sameWords: boolean }[];
  summary: string;
}

/** Only a named person has a first and a last name; a government, body, group or unnamed speaker ("A Pakistani security official…") is one name, never split. */
export const isNamedPerson = (actorKind: string) => actorKind === 'person';

/**
 * What a view of a statement shows: the rendering of `sourceId` when given
 * (a source's own page shows that source's words), otherwise the first.
 */
export function shownStatement(
  statement: StatementFacts,
  actor: (id: string) => ShownActor,
  source: (id: string) => { label: string },
  sourceId?: string,
): ShownStatement {
  const speaker = actor(statement.speaker.id);
  const rendering = statement.renderings.find((each) => each.source.id === sourceId) ?? statement.renderings[0];
  if (!rendering) throw new Error('a statement needs at least one rendering');
  const label = source(rendering.source.id).label;
  return {
    kind: statement.kind,
    speaker,
    hedge: hedgePhrase(rendering, rendering.via ? actor(rendering.via.id).name : undefined),
    segments: renderingSegments(statement.kind, rendering.quotes, rendering.excerpt),
    source: { id: rendering.source.id, label },
    author: statement.kind === 'direct-quote' ? { by: 'speaker', name: speaker.name, namedPerson: isNamedPerson(speaker.kind) } : { by: 'source', name: label },
    others: statement.renderings
      .filter((each) => each !== rendering)
      .map((each) => ({ id: each.source.id, label: source(each.source.id).label, sameWords: !renderingsDiffer([rendering, each]) })),
    summary: statement.summary,
  };
}

/** Where the words come from, in one sentence: "As reported in A." and what the other sources do: "B words it differently." */
export function sourcesSentence(shown: { source: { label: string }; others: readonly { label: string; sameWords: boolean }[] }, hedge?: string): string {
  const lead = `As reported in ${shown.source.label}${hedge ? ` (${hedge})` : ''}.`;
  const differ = shown.others.filter((other) => !other.sameWords).map((other) => other.label);
  const same = shown.others.filter((other) => other.sameWords).map((other) => other.label);
  const notes = [
    ...(differ.length > 0 ? [`${listNames(differ)} ${differ.length === 1 ? 'words' : 'word'} it differently.`] : []),
    ...(same.length > 0 ? [`Also reported in ${listNames(same)} in the same words.`] : []),
  ];
  return [lead, ...notes].join(' ');
}

const listNames = (names: readonly string[]) => (names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);
