/**
 * Link previews: the words, title and description a shared statement link shows (`<title>`,
 * Open Graph, Twitter), from one PreviewInput. Used by the statement page, SeoHead, cards and the feed; build time.
 */
import { speakerWithHedge } from '../text/attribution.ts';
import { truncate } from '../text/text.ts';
import { segmentWords, segmentsText, shownStatement, sourcesSentence, truncateSegments, type Segment, type ShownActor, type ShownStatement, type StatementFacts } from '../text/shown.ts';

export type { StatementFacts } from '../text/shown.ts';

/** Below this many words a quotation is a fragment: previews and cards lead with the summary instead. */
export const MIN_QUOTATION_WORDS = 8;

export interface PreviewInput {
  speaker: string;
  /** The speaker's role, in the site's words, where there is one. */
  role?: string | undefined;
  /** The source's hedge on the shown rendering ("reportedly"), from `hedgePhrase`. */
  hedge?: string | undefined;
  kind: 'direct-quote' | 'paraphrase';
  /** The shown rendering's words: quoted parts and the source's words between them. */
  segments: readonly Segment[];
  summary: string;
  /** The source whose words `segments` are. */
  sourceLabel: string;
  /** The statement's other sources, and whether each prints the same words. */
  others: readonly { label: string; sameWords: boolean }[];
}

/** A preview's input from the statement shown (see `shownStatement`): one source's words with that source's name. */
export function previewInputOfShown(shown: ShownStatement): PreviewInput {
  return {
    speaker: shown.speaker.name,
    role: shown.speaker.role,
    hedge: shown.hedge,
    kind: shown.kind,
    segments: shown.segments,
    summary: shown.summary,
    sourceLabel: shown.source.label,
    others: shown.others,
  };
}

/** A statement's preview input: the words and hedge of the rendering of `sourceId`, or of the first. */
export function previewInputFor(
  statement: StatementFacts,
  actor: (id: string) => ShownActor,
  source: (id: string) => { label: string },
  sourceId?: string,
): PreviewInput {
  return previewInputOfShown(shownStatement(statement, actor, source, sourceId));
}

/** Whether the words already say the source's hedge ("Pakistan reportedly warned…"). */
const carriesHedge = (text: string, hedge: string | undefined) => !!hedge && text.toLowerCase().includes(hedge.toLowerCase());

/** Whether a summary opens with the speaker's name ("Khawaja Asif says…", "Khawaja Asif, as paraphrased, …"). */
const opensWithName = (text: string, name: string) => text.startsWith(name) && /^[\s,]/.test(text.slice(name.length));

const wordCount = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** Straight quote marks in the site's prose as typographic ones: "x" → “x”, it's → it’s. */
export function curlyQuotes(text: string): string {
  return text
    .replace(/(^|[\s(\[{—–-])"/g, '$1“')
    .replace(/"/g, '”')
    .replace(/(^|[\s(\[{—–-])'/g, '$1‘')
    .replace(/'/g, '’');
}

/** "Khawaja Asif, Pakistan's Defence Minister" or "Government of Pakistan (reportedly)". */
export function speakerLine(input: Pick<PreviewInput, 'speaker' | 'role' | 'hedge'>): string {
  return speakerWithHedge(input.role ? `${input.speaker}, ${curlyQuotes(input.role)}` : input.speaker, input.hedge);
}

/**
 * The words a preview leads with: the quotation when it says something on its
 * own, otherwise (a fragment under eight words, or reported speech, whose
 * words are the reporter's) the site's one-line summary.
 */
export function previewWords(input: Pick<PreviewInput, 'kind' | 'segments' | 'summary'>, max = 200): { text: string; isQuotation: boolean } {
  if (input.kind === 'direct-quote' && wordCount(segmentWords(input.segments).join(' ')) >= MIN_QUOTATION_WORDS) {
    return { text: segmentsText(truncateSegments(input.segments, max)), isQuotation: true };
  }
  return { text: truncate(curlyQuotes(input.summary), max), isQuotation: false };
}

/**
 * What a shared link to a statement shows: the speaker (with role and the
 * source's hedge) and the words in the title; the summary and where it was
 * reported (with the hedge) in the description. A summary that opens with the
 * speaker's name takes the role after it instead of repeating the name.
 */
export function statementPreview(fullInput: PreviewInput): { title: string; description: string } {
  const words = previewWords(fullInput);
  // Say the hedge once: not again beside the speaker when the words already carry it.
  const input = carriesHedge(words.text, fullInput.hedge) ? { ...fullInput, hedge: undefined } : fullInput;
  const named = !words.isQuotation && !input.hedge && opensWithName(words.text, input.speaker);
  const rest = words.text.slice(input.speaker.length);
  const title = named
    ? input.role
      ? `${input.speaker}, ${curlyQuotes(input.role)}${rest.startsWith(',') ? '' : ','}${rest}`
      : words.text
    : `${speakerLine(input)}: ${words.text}`;
  const hedgeNote = fullInput.hedge && !carriesHedge(fullInput.summary, fullInput.hedge) ? fullInput.hedge : undefined;
  const reported = curlyQuotes(sourcesSentence({ source: { label: fullInput.sourceLabel }, others: fullInput.others }, hedgeNote));
  const summary = truncate(curlyQuotes(input.summary), 200).replace(/([^.!?…”])$/, '$1.');
  return { title, description: `${summary} ${reported}` };
}

/** How long a string is once escaped in HTML (`'` is written `&#39;`): what html-validate measures a title by. */
export const escapedLength = (text: string) => text.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;').length;

/**
 * Cuts text to fit `max` at the last phrase boundary (after , ; : or a dash)
 * that keeps at least half of it, otherwise at the last word boundary, and
 * adds an ellipsis; a quotation keeps its closing mark. Never mid-word.
 */
export function cutAtPhrase(text: string, max: number, measure: (text: string) => number = (value) => value.length): string {
  if (measure(text) <= max) return text;
  const quoted = text.endsWith('”');
  const close = quoted ? '”' : '';
  const body = quoted ? text.slice(0, -1) : text;
  const fits = (cut: string) => measure(`${cut}…${close}`) <= max;
  const words = body.split(' ');
  let kept = '';
  let phrase = '';
  for (const word of words) {
    const next = kept ? `${kept} ${word}` : word;
    if (!fits(next.replace(/[\s,;:.–—-]+$/, ''))) break;
    kept = next;
    if (/[,;:]$/.test(word) || word === '–' || word === '—') phrase = kept;
  }
  const choice = phrase && measure(phrase) >= max / 2 ? phrase : kept;
  return `${choice.replace(/[\s,;:.–—-]+$/, '')}…${close}`;
}

export const TITLE_MAX = 70;

/**
 * The `<title>` of a statement page, at most 70 characters (as html-validate
 * counts them): the speaker with the hedge and the words, and the site's
 * short name when it fits; otherwise without it, the words cut at a phrase or
 * word boundary. A summary that opens with the speaker's name is not prefixed
 * with it again. The speaker and hedge are never cut.
 */
export function statementTitle(input: PreviewInput, suffix: string): string {
  // Say the hedge once: where the words, as cut, already carry it, not again beside the speaker.
  if (input.hedge) {
    const plain = titleWithPrefix({ ...input, hedge: undefined }, suffix);
    if (carriesHedge(plain, input.hedge)) return plain;
  }
  return titleWithPrefix(input, suffix);
}

function titleWithPrefix(input: PreviewInput, suffix: string): string {
  const words = previewWords(input, 400);
  const named = !words.isQuotation && !input.hedge && opensWithName(words.text, input.speaker);
  const prefix = named ? '' : `${speakerWithHedge(input.speaker, input.hedge)}: `;
  if (escapedLength(prefix + words.text + suffix) <= TITLE_MAX) return prefix + words.text + suffix;
  const room = TITLE_MAX - escapedLength(prefix);
  if (room >= 24) return prefix + cutAtPhrase(words.text, room, escapedLength);
  // A long name or hedge leaves little room: the summary (which names who says what), then the hedge.
  const hedge = input.hedge ? ` (${input.hedge})` : '';
  return cutAtPhrase(curlyQuotes(input.summary), TITLE_MAX - escapedLength(hedge), escapedLength) + hedge;
}

export interface RenderingFacts {
  medium: string;
  setting?: string | undefined;
  when?: string | undefined;
}

/** One labelled fact of a rendering; `quoted` when the value is the source's own words. */
export interface RenderingFact {
  label: string;
  value: string;
  quoted: boolean;
}

/**
 * The how, where and when of a rendering, as a labelled list: the site's
 * label for the medium, then the setting and time in the source's own words
 * (shown in quotation marks), and a plain "not stated" where the source says neither.
 */
export function renderingFacts(rendering: RenderingFacts, mediumLabels: Record<string, string>): RenderingFact[] {
  const facts: RenderingFact[] = [];
  if (rendering.medium !== 'not-stated') facts.push({ label: 'How', value: mediumLabels[rendering.medium] ?? rendering.medium, quoted: false });
  if (rendering.setting) facts.push({ label: 'Where', value: rendering.setting, quoted: true });
  if (rendering.medium === 'not-stated' && !rendering.setting) facts.push({ label: 'How and where', value: 'not stated by the source', quoted: false });
  if (rendering.when) facts.push({ label: 'When', value: rendering.when, quoted: true });
  return facts;
}

/** How an outlet is named in citations: "MENAFN" or "distributed by MENAFN". */
export function outletPhrase(outlet: { name: string; role: 'publisher' | 'distributor' } | undefined): string | undefined {
  if (!outlet) return undefined;
  return outlet.role === 'distributor' ? `distributed by ${outlet.name}` : outlet.name;
}
