/**
 * The contract that a published statement's words never change silently.
 * `published-words.json` records, for every statement the site has
 * published, its speaker, kind and each source's quoted words, attribution
 * and intermediary, and how many corrections it carried. The content check
 * refuses an entry whose guarded fields differ from the record unless a new
 * correction names the field (and, for words, gives what was published);
 * the build then records the new values. Nothing is ever removed from the record.
 * Used by the content check and `npm run build`; runs in Node.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { CORRECTED_FIELDS, RENDERING_FIELDS, type Correction, type CorrectedField } from '../../schemas/corrections.ts';

/** The record's file, at the project's root beside `published-urls.json`. */
export const PUBLISHED_WORDS_FILE = 'published-words.json';

export interface PublishedRendering {
  quotes: string[];
  attribution: string | null;
  via: string | null;
}

export interface PublishedStatement {
  speaker: string;
  kind: string;
  /** By source id, in the order of the entry's renderings. */
  renderings: Record<string, PublishedRendering>;
  /** How many corrections the entry carried: a published correction is never removed. */
  corrections: number;
}

export type PublishedWords = Record<string, PublishedStatement>;

/** What the record needs of a statement entry: its parsed data with references as `{ id }`. */
export interface GuardedStatement {
  id: string;
  data: {
    speaker: { id: string };
    kind: string;
    renderings: readonly { source: { id: string }; quotes: readonly string[]; attribution?: string | undefined; via?: { id: string } | undefined }[];
    corrections: readonly Correction[];
  };
}

/** A statement as the record keeps it. */
export function publishedFormOf(statement: GuardedStatement): PublishedStatement {
  return {
    speaker: statement.data.speaker.id,
    kind: statement.data.kind,
    renderings: Object.fromEntries(
      statement.data.renderings.map((rendering) => [
        rendering.source.id,
        { quotes: [...rendering.quotes], attribution: rendering.attribution ?? null, via: rendering.via?.id ?? null },
      ]),
    ),
    corrections: statement.data.corrections.length,
  };
}

/** The record after a build: every statement it had, with the current values of those published now. */
export function mergePublishedWords(existing: PublishedWords, statements: readonly GuardedStatement[]): PublishedWords {
  const merged: PublishedWords = { ...existing };
  for (const statement of statements) merged[statement.id] = publishedFormOf(statement);
  return Object.fromEntries(Object.keys(merged).sort().map((id) => [id, merged[id]!]));
}

/** A guarded change with no correction to account for it. */
export interface UnrecordedChange {
  /** The entry's field, as the content check names fields (`speaker`, `renderings[1].quotes`, `corrections`). */
  field: string;
  message: string;
}

const shorten = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);
const shownList = (words: readonly string[]) => words.map((each) => `"${shorten(each)}"`).join(', ');
const sameList = (a: readonly string[] | undefined, b: readonly string[]) => a !== undefined && a.length === b.length && a.every((each, index) => each === b[index]);

/**
 * The changes to a published statement's guarded fields that no new
 * correction accounts for. Only corrections added since the record was made
 * (beyond its count) can account for a change; a change of words or speaker
 * needs `before` to be exactly what was published, so the page shows the
 * old wording truthfully.
 */
export function unrecordedChanges(statement: GuardedStatement, published: PublishedStatement): UnrecordedChange[] {
  const problems: UnrecordedChange[] = [];
  const corrections = statement.data.corrections;
  if (corrections.length < published.corrections) {
    problems.push({
      field: 'corrections',
      message: `has ${corrections.length} correction(s) where ${published.corrections} were published: a published correction is never removed (add a new one instead)`,
    });
  }
  const fresh = corrections.slice(published.corrections);
  const hint = (field: CorrectedField, source?: string, before?: readonly string[]) =>
    `add a correction to "corrections" with fields: ["${field}"]${source ? `, source: "${source}"` : ''}${before ? `, before: [${before.map((each) => JSON.stringify(each)).join(', ')}]` : ''}, what and why; or put back what was published`;
  const accountedFor = (field: CorrectedField, source: string | undefined, before: readonly string[] | undefined): boolean =>
    fresh.some((correction) => correction.fields.includes(field) && correction.source === source && (before === undefined || sameList(correction.before, before)));
  const guard = (field: string, corrected: CorrectedField, was: string | null, now: string | null, options: { source?: string; needsBefore: boolean }) => {
    if (was === now) return;
    const before = options.needsBefore && was !== null ? [was] : undefined;
    if (accountedFor(corrected, options.source, before)) return;
    problems.push({
      field,
      message: `changes ${CORRECTED_FIELDS[corrected]}${options.source ? ` of source "${options.source}"` : ''} from ${was === null ? 'none' : `"${shorten(was)}"`} to ${now === null ? 'none' : `"${shorten(now)}"`} without a correction: ${hint(corrected, options.source, before)}`,
    });
  };
  guard('speaker', 'speaker', published.speaker, statement.data.speaker.id, { needsBefore: true });
  guard('kind', 'kind', published.kind, statement.data.kind, { needsBefore: false });
  const current = new Map(statement.data.renderings.map((rendering, index) => [rendering.source.id, { rendering, index }]));
  for (const [source, was] of Object.entries(published.renderings)) {
    const now = current.get(source);
    const at = now === undefined ? 'renderings' : `renderings[${now.index}]`;
    const quotes = now?.rendering.quotes ?? [];
    if (!sameList(was.quotes, quotes) && !accountedFor('quotes', source, was.quotes)) {
      problems.push({
        field: `${at}.quotes`,
        message: `${now === undefined ? `removes source "${source}"'s rendering, whose quoted words were` : `changes the quoted words of source "${source}" from`} ${shownList(was.quotes)}${now === undefined ? '' : ` to ${shownList(quotes)}`} without a correction: ${hint('quotes', source, was.quotes)}`,
      });
    }
    if (now === undefined) continue;
    guard(`${at}.attribution`, 'attribution', was.attribution, now.rendering.attribution ?? null, { source, needsBefore: true });
    guard(`${at}.via`, 'via', was.via, now.rendering.via?.id ?? null, { source, needsBefore: false });
  }
  return problems;
}

/** Problems with corrections themselves: a rendering field names its source, and `changed` is not before the last correction. */
export function correctionProblems(entry: { data: { corrections: readonly Correction[]; changed?: string | undefined } }, sourcesOfEntry: ReadonlySet<string>): UnrecordedChange[] {
  const problems: UnrecordedChange[] = [];
  entry.data.corrections.forEach((correction, index) => {
    const renderingFields = correction.fields.filter((field) => (RENDERING_FIELDS as readonly string[]).includes(field));
    if (renderingFields.length > 0 && correction.source === undefined) {
      problems.push({ field: `corrections[${index}].source`, message: `a correction of ${renderingFields.map((field) => CORRECTED_FIELDS[field]).join(' and ')} names the source whose rendering changed` });
    }
    if (correction.source !== undefined && !sourcesOfEntry.has(correction.source)) {
      problems.push({ field: `corrections[${index}].source`, message: `"${correction.source}" is not a source this entry renders or rendered` });
    }
  });
  const last = entry.data.corrections.at(-1);
  if (last !== undefined && (entry.data.changed === undefined || entry.data.changed < last.day)) {
    problems.push({ field: 'changed', message: `must be the day of the last correction (${last.day}) or later: a corrected entry has changed` });
  }
  return problems;
}

/** Reads the record; an absent file is an empty record, a malformed one an error naming the file. */
export function readPublishedWords(file: string): PublishedWords {
  if (!existsSync(file)) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('expected an object of statement ids');
    return parsed as PublishedWords;
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)} (restore it from git: it records what the site published)`);
  }
}

export function writePublishedWords(file: string, words: PublishedWords): void {
  writeFileSync(file, `${JSON.stringify(words, null, 2)}\n`);
}
