/**
 * The content check: everything that must hold before the site is built.
 *
 * It validates every entry against the same zod schemas Astro uses, then adds
 * what Astro does not enforce: references that resolve, quotations verbatim in
 * the sources they cite, one file per id, no unknown folders or files, and no
 * active markup in MDX bodies. Each problem names the file and the field.
 * Used by `npm run check:content`, `npm run build` and the content-integrity integration; runs in plain Node (no Astro), so it imports no `astro:` module.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { actorSchema } from '../../schemas/actors.ts';
import { eventSchema } from '../../schemas/events.ts';
import { COLLECTIONS, SLUG_PATTERN, type CollectionName } from '../../schemas/shared.ts';
import { sourceSchema } from '../../schemas/sources.ts';
import { renderingSchema, statementSchema } from '../../schemas/statements.ts';
import { talksSchema } from '../../schemas/talks.ts';
import { SPEAKER_PAGE_SECTIONS } from '../routes/anchor-fallback.ts';
import { EntryFileError, parseEntryFile } from './frontmatter.ts';
import { isQuotedBySource, isVerbatimIn } from '../text/quote-match.ts';
import { correctionProblems, PUBLISHED_WORDS_FILE, readPublishedWords, unrecordedChanges, type GuardedStatement, type PublishedWords } from '../corrections/published-words.ts';

export interface ContentProblem {
  /** Path of the file, relative to the content folder's parent (e.g. `content/statements/x.mdx`). */
  file: string;
  /** Dotted path of the field (`renderings[0].quote`), where the problem is in one. */
  field?: string;
  message: string;
}

export interface EntryRef {
  collection: CollectionName;
  id: string;
}

export interface CheckedEntry {
  collection: CollectionName | 'renderings';
  id: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
}

export interface ContentCheckResult {
  problems: ContentProblem[];
  /** The published entries: what the site is built from. */
  entries: CheckedEntry[];
  /** Entries under content/drafts/, checked like the others but never built. */
  drafts: CheckedEntry[];
}

/**
 * Drafts (written by `npm run import`) wait in content/drafts/<collection>/ until an editor accepts them by moving the
 * file to content/<collection>/. A rendering draft (content/drafts/renderings/<statement>--<source>.mdx) is a new
 * source's wording of a statement already published; accepting it means adding it to that statement's renderings.
 */
export const DRAFTS_FOLDER = 'drafts';
/** How a draft marks what only the editor may write (a source's or speaker's description). */
export const EDITOR_PLACEHOLDER = 'yours to write';
export const DRAFT_COLLECTIONS = ['sources', 'actors', 'statements', 'renderings'] as const;
type DraftCollection = (typeof DRAFT_COLLECTIONS)[number];

/** A reference keeps its target so the check can prove it exists; Astro's `reference()` has the same output shape. */
const checkRef = (collection: CollectionName) =>
  z
    .string()
    .min(1, `must name an entry: the id of a file in content/${collection}/`)
    .transform((id): EntryRef => ({ collection, id }));

const SCHEMAS: Record<CollectionName, z.ZodType> = {
  sources: sourceSchema,
  actors: actorSchema(checkRef),
  statements: statementSchema(checkRef),
  talks: talksSchema(checkRef),
  events: eventSchema(checkRef),
};

/** Drafts are checked as published entries are, except for what only a person may write: a statement's summary and topics. */
const DRAFT_SCHEMAS: Record<DraftCollection, z.ZodType> = {
  sources: sourceSchema,
  actors: actorSchema(checkRef),
  statements: statementSchema(checkRef).partial({ summary: true, topics: true }),
  renderings: z.strictObject({
    statement: checkRef('statements'),
    rendering: renderingSchema(checkRef),
    added: z.string(),
  }),
};

/** Fields whose text must stand verbatim in the source named beside them. */
const VERBATIM_FIELDS = ['text', 'quotes', 'excerpt', 'setting', 'when', 'attribution'] as const;

/** The prose of an MDX body, without markup, attribute values or link targets. */
const proseOnly = (body: string) => body.replace(/<[^>]*>/g, ' ').replace(/\]\([^)]*\)/g, ']');

/** Words the site's own prose puts in quotation marks; "a … b" quotes two passages. */
export function quotedInProse(body: string): string[] {
  const prose = proseOnly(body);
  const quoted = [...prose.matchAll(/“([^”]+)”|"([^"\n]+)"/g)].map((match) => match[1] ?? match[2] ?? '');
  return quoted.flatMap((words) => words.split(/\s*…\s*/)).filter((words) => words.trim().length > 0);
}

/** The clause of `prose` before `at`: from the start of its sentence or the last ";". */
function clauseBefore(prose: string, at: number): string {
  const start = Math.max(prose.lastIndexOf('. ', at), prose.lastIndexOf('\n', at), prose.lastIndexOf(';', at)) + 1;
  return prose.slice(start, at);
}

/** A sentence that gives quoted words as a source's own ("the second source says…", "described in the report as…"). */
const QUOTES_THE_SOURCE = /\b(source|sources|source's|article|report|reports|headline|heading|first|second|gives|writes|mentions|uses?|attributed|spell\w*|describ\w*|calls?|called|phrase|according to)\b/i;

/**
 * Quotation marks in the site's prose mean a speaker's words: a quoted
 * passage must be words a cited source itself puts in quotation marks, or, in
 * a sentence that gives them as the source's ("the first source says the
 * border closed "for over two weeks""), words of the source's narrative.
 * Returns the passages that are neither (those not verbatim at all are reported apart).
 */
export function quotedAsSpeakersWords(prose: string, citedTexts: readonly string[]): string[] {
  const plain = proseOnly(prose);
  const found: string[] = [];
  for (const match of plain.matchAll(/“([^”]+)”|"([^"\n]+)"/g)) {
    const givenAsTheSource = QUOTES_THE_SOURCE.test(clauseBefore(plain, match.index ?? 0));
    for (const words of (match[1] ?? match[2] ?? '').split(/\s*…\s*/).filter((each) => each.trim())) {
      if (!citedTexts.some((text) => isVerbatimIn(words, text))) continue;
      if (citedTexts.some((text) => isQuotedBySource(words, text)) || givenAsTheSource) continue;
      found.push(words);
    }
  }
  return found;
}

/** One side's words ("regime") in the site's own voice, outside quotation marks. */
export function oneSidedTerms(prose: string): string[] {
  const outside = proseOnly(prose).replace(/“[^”]*”|"[^"\n]*"/g, ' ');
  return [...new Set([...outside.matchAll(/\bregimes?\b/gi)].map((match) => match[0].toLowerCase()))];
}

const NUMBER_WORDS =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?|millions?';
/**
 * The site counting its own material ("two sources", "three paragraphs") is not a
 * fact about the dispute, so these nouns after a number are not checked.
 */
const OWN_MATERIAL = /^[\s-]+(?:sources?|articles?|paragraphs?|sentences?|renderings?|statements?|wordings?|names?|entries|quotations?|calendar days)\b/i;

/**
 * Numbers the site's prose gives (digits or number words; "one" is left out as
 * it is mostly a pronoun) that none of the cited source texts gives: counts and
 * roles only as the source gives them ("included six names" is not "six members").
 */
export function numbersNotInSources(text: string, sourceTexts: readonly string[]): string[] {
  const prose = proseOnly(text);
  const numbers = new RegExp(`\\b(?:\\d[\\d,.]*\\d|\\d|${NUMBER_WORDS})\\b`, 'gi');
  const missing = new Set<string>();
  for (const match of prose.matchAll(numbers)) {
    const after = prose.slice((match.index ?? 0) + match[0].length);
    if (OWN_MATERIAL.test(after)) continue;
    const escaped = match[0].replace(/[.,]/g, (char) => `\\${char}`);
    const word = new RegExp(`(?<![\\w])${escaped}(?![\\w])`, 'i');
    if (!sourceTexts.some((text) => word.test(text))) missing.add(match[0].toLowerCase());
  }
  return [...missing];
}

/** A schema issue in an editor's words, with what to do about it. */
function issueMessage(issue: z.core.$ZodIssue, collection: CollectionName): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown field(s): ${issue.keys.join(', ')}; check the spelling against ${FIELD_LIST[collection]}; dates and similar facts go in the fields that quote the source`;
  }
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) {
    return `is required but missing (see ${FIELD_LIST[collection]})`;
  }
  return issue.message;
}

/** Where an editor finds every field of an entry: the scaffold where there is one, the schema otherwise. */
const FIELD_LIST: Record<CollectionName, string> = {
  sources: '`npm run new -- source <id>`, which writes every field',
  actors: '`npm run new -- actor <id>`, which writes every field',
  statements: '`npm run new -- statement <id>`, which writes every field',
  talks: 'the fields in src/schemas/talks.ts',
  events: 'the fields in src/schemas/events.ts',
};

/** Markup an MDX body may not carry: it would run in readers' browsers. */
const ACTIVE_MARKUP: [RegExp, string][] = [
  [/<script\b/i, 'a <script> element'],
  [/<iframe\b/i, 'an <iframe> element'],
  [/<(?:object|embed)\b/i, 'an <object> or <embed> element'],
  [/<[a-z][^>]*\son[a-z]+\s*=/i, 'an event-handler attribute (on…=)'],
  [/javascript:/i, 'a javascript: URL'],
];

export function formatField(fieldPath: readonly PropertyKey[]): string {
  return fieldPath
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}${problem.field ? ` › ${problem.field}` : ''}: ${problem.message}`;
}

const isEntryRef = (value: unknown): value is EntryRef =>
  typeof value === 'object' &&
  value !== null &&
  Object.keys(value).length === 2 &&
  typeof (value as EntryRef).id === 'string' &&
  (COLLECTIONS as readonly string[]).includes((value as EntryRef).collection);

/** Calls `visit` on every object inside `value`, with its field path. */
function walk(value: unknown, fieldPath: PropertyKey[], visit: (node: object, at: PropertyKey[]) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, [...fieldPath, index], visit));
  } else if (typeof value === 'object' && value !== null) {
    visit(value, fieldPath);
    if (isEntryRef(value)) return;
    for (const [key, child] of Object.entries(value)) walk(child, [...fieldPath, key], visit);
  }
}

/** The id the glob loader gives a file: its name without extension, slugged. */
export function idFromFileName(fileName: string): string {
  return path
    .parse(fileName)
    .name.toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export interface ContentCheckOptions {
  /**
   * What the site has published of each statement (see corrections/published-words.ts);
   * by default read from `published-words.json` beside the content folder.
   */
  publishedWords?: PublishedWords;
}

export function checkContent(contentDir: string, options: ContentCheckOptions = {}): ContentCheckResult {
  const problems: ContentProblem[] = [];
  const entries: CheckedEntry[] = [];
  const relative = (file: string) => path.join(path.basename(contentDir), path.relative(contentDir, file));
  const report = (file: string, message: string, field?: string) =>
    problems.push(field === undefined ? { file: relative(file), message } : { file: relative(file), field, message });

  if (!existsSync(contentDir)) {
    return { problems: [{ file: path.basename(contentDir), message: 'the content folder does not exist' }], entries, drafts: [] };
  }

  for (const name of readdirSync(contentDir).sort()) {
    const full = path.join(contentDir, name);
    if (name.startsWith('.')) continue;
    if (![...COLLECTIONS, DRAFTS_FOLDER].includes(name)) {
      report(full, `unknown ${statSync(full).isDirectory() ? 'folder' : 'file'}: content/ holds only the folders ${COLLECTIONS.join(', ')} and ${DRAFTS_FOLDER}`);
    }
  }
  const draftsDir = path.join(contentDir, DRAFTS_FOLDER);
  if (existsSync(draftsDir)) {
    for (const name of readdirSync(draftsDir).sort()) {
      if (!name.startsWith('.') && !(DRAFT_COLLECTIONS as readonly string[]).includes(name)) {
        report(path.join(draftsDir, name), `unknown ${statSync(path.join(draftsDir, name)).isDirectory() ? 'folder' : 'file'}: content/drafts/ holds only the folders ${DRAFT_COLLECTIONS.join(', ')}`);
      }
    }
  }

  const sourceTexts = new Map<string, string>();
  const sourceTextFiles = new Map<string, string>();
  // Ids of every entry file, valid or not: a reference to a broken entry is reported at that entry, not as dangling.
  const known = new Set<string>();
  // Drafts' ids, with their files: a draft may refer to a draft, a published entry may not.
  const draftFiles = new Map<string, string>();
  const drafts: CheckedEntry[] = [];
  const folders = [
    ...COLLECTIONS.map((collection) => ({ collection, draft: false, folder: path.join(contentDir, collection) })),
    ...DRAFT_COLLECTIONS.map((collection) => ({ collection, draft: true, folder: path.join(draftsDir, collection) })),
  ];
  for (const { collection, draft, folder } of folders) {
    if (!existsSync(folder)) continue;
    const idsSeen = new Map<string, string>();
    for (const fileName of readdirSync(folder).sort()) {
      if (fileName.startsWith('.')) continue;
      const file = path.join(folder, fileName);
      const extension = path.extname(fileName);
      if (collection === 'sources' && extension === '.txt') {
        const text = readFileSync(file, 'utf8');
        if (text.trim() === '') report(file, 'the source text is empty');
        const textId = path.parse(fileName).name;
        if (sourceTextFiles.has(textId)) report(file, `duplicate source text "${textId}": ${relative(sourceTextFiles.get(textId)!)} has the same id`);
        sourceTexts.set(textId, text);
        sourceTextFiles.set(textId, file);
        continue;
      }
      if (extension !== '.mdx') {
        report(file, `unexpected file: entries are .mdx files${collection === 'sources' ? ' (and each source has its text as <id>.txt)' : ''}`);
        continue;
      }
      const id = collection === 'renderings' ? path.parse(fileName).name : idFromFileName(fileName);
      const earlier = idsSeen.get(id);
      if (earlier) {
        report(file, `duplicate id "${id}": ${relative(earlier)} has the same id`);
        continue;
      }
      idsSeen.set(id, file);
      if (draft) {
        if (known.has(`${collection}/${id}`)) {
          report(file, `"${id}" is already published as content/${collection}/${id}.mdx: delete this draft, or import under another id`);
          continue;
        }
        draftFiles.set(`${collection}/${id}`, file);
      } else known.add(`${collection}/${id}`);
      if (collection === 'renderings' ? !/^[a-z0-9-]+--[a-z0-9-]+$/.test(id) : path.parse(fileName).name !== id || !SLUG_PATTERN.test(id)) {
        report(file, `the file name must be the entry's id, lowercase words joined by hyphens (here "${id}.mdx")`);
      }
      if (collection === 'statements' && SPEAKER_PAGE_SECTIONS.includes(id)) {
        report(file, `the id "${id}" names a section of every speaker page (${SPEAKER_PAGE_SECTIONS.join(', ')}), so a link to the statement there would open that section instead: choose another file name`);
      }

      let parsed;
      try {
        parsed = parseEntryFile(readFileSync(file, 'utf8'));
      } catch (error) {
        if (error instanceof EntryFileError) {
          report(file, error.message, error.field);
          continue;
        }
        throw error;
      }
      const schema = draft ? DRAFT_SCHEMAS[collection as DraftCollection] : SCHEMAS[collection as CollectionName];
      const result = schema.safeParse(parsed.data);
      if (!result.success) {
        for (const issue of result.error.issues) {
          const field = formatField(issue.path);
          report(file, issueMessage(issue, collection === 'renderings' ? 'statements' : collection), field || undefined);
        }
        continue;
      }
      const dates = result.data as { added: string; changed?: string };
      if (dates.changed !== undefined && dates.changed < dates.added) report(file, `is before added (${dates.added}): an entry cannot change before it is published`, 'changed');
      for (const [pattern, what] of ACTIVE_MARKUP) {
        if (pattern.test(parsed.body)) report(file, `the body contains ${what}; MDX bodies may not carry active markup`);
      }
      (draft ? drafts : entries).push({ collection, id, file, data: result.data as Record<string, unknown>, body: parsed.body });
    }
  }

  const draftSet = new Set(drafts);
  for (const entry of [...entries, ...drafts]) {
    const isDraft = draftSet.has(entry);
    // The importer leaves the editor's parts marked; a published entry must not carry the mark.
    if (!isDraft && entry.body.includes(EDITOR_PLACEHOLDER)) {
      report(entry.file, `the body still holds the importer's placeholder ("…${EDITOR_PLACEHOLDER}"): write it in your own words, attributed to the source`);
    }
    if (entry.collection === 'sources') {
      const text = sourceTexts.get(entry.id);
      if (text === undefined) report(entry.file, `the source has no text file: add content/sources/${entry.id}.txt`);
      else {
        if (typeof entry.data.headline === 'string' && !isVerbatimIn(entry.data.headline, text)) {
          report(entry.file, 'the headline is not in the source text', 'headline');
        }
        const boilerplate = (entry.data.boilerplate as { text: string }[]).map((item) => item.text).join(' ');
        for (const words of quotedInProse(entry.body)) {
          if (!isVerbatimIn(words, text) && !isVerbatimIn(words, boilerplate)) {
            report(entry.file, `the body quotes words that are not verbatim in this source: "${words}"`);
          }
        }
      }
      continue;
    }
    // Words the prose quotes must stand in a source the entry cites.
    const cited = new Set<string>();
    walk(entry.data, [], (node) => {
      if (isEntryRef(node) && node.collection === 'sources') cited.add(node.id);
    });
    const inCitedSource = (words: string) => [...cited].some((id) => isVerbatimIn(words, sourceTexts.get(id) ?? ''));
    for (const words of quotedInProse(entry.body)) {
      if (!inCitedSource(words)) report(entry.file, `the body quotes words that are not verbatim in any source the entry cites: "${words}"`);
    }
    const citedTexts = [...cited].map((id) => sourceTexts.get(id) ?? '');
    for (const [field, prose] of [['body', entry.body], ['summary', entry.data.summary], ['title', entry.data.title]] as const) {
      if (typeof prose !== 'string') continue;
      const at = field === 'body' ? undefined : field;
      for (const words of quotedAsSpeakersWords(prose, citedTexts)) {
        report(entry.file, `puts in quotation marks words the source does not quote: "${words}"; quotation marks mean a speaker's words as the source quotes them, and the source's own narrative may be quoted only as the source's ("the second source says …")`, at);
      }
      for (const term of oneSidedTerms(prose)) {
        report(entry.file, `uses "${term}", one side's word, in the site's own voice: write "Taliban government", or keep the word inside a speaker's quoted words`, at);
      }
    }
    const proseToCount: [string, string | undefined][] = [['summary', entry.data.summary as string | undefined]];
    if (entry.collection === 'actors') proseToCount.push(['body', entry.body]);
    for (const [field, prose] of proseToCount) {
      if (typeof prose !== 'string') continue;
      for (const number of numbersNotInSources(prose, citedTexts)) {
        const message = `gives the number "${number}", which no source the entry cites gives: counts and roles only as the source words them ("included six names" is not "six members")`;
        report(entry.file, message, field === 'body' ? undefined : field);
      }
    }
    for (const field of ['summary', 'title'] as const) {
      const prose = entry.data[field];
      if (typeof prose !== 'string') continue;
      for (const words of quotedInProse(prose)) {
        if (!inCitedSource(words)) report(entry.file, `quotes words that are not verbatim in any source the entry cites: "${words}"`, field);
      }
    }
    walk(entry.data, [], (node, at) => {
      if (isEntryRef(node)) {
        const key = `${node.collection}/${node.id}`;
        const draftFile = draftFiles.get(key);
        if (draftFile && !isDraft) {
          report(entry.file, `"${node.id}" is still a draft (${relative(draftFile)}): accept it first by moving it to content/${node.collection}/`, formatField(at));
        } else if (!known.has(key) && !draftFile) {
          report(entry.file, `"${node.id}" is not an entry of ${node.collection} (no content/${node.collection}/${node.id}.mdx)`, formatField(at));
        }
        return;
      }
      const source = (node as { source?: unknown }).source;
      if (!isEntryRef(source) || source.collection !== 'sources') return;
      const text = sourceTexts.get(source.id);
      if (text === undefined) return; // reported above as a dangling reference
      const fields = node as Record<string, unknown>;
      for (const key of VERBATIM_FIELDS) {
        const value = fields[key];
        const passages = typeof value === 'string' ? [[key, value] as const] : Array.isArray(value) ? value.map((words, index) => [`${key}[${index}]`, words] as const) : [];
        for (const [field, words] of passages) {
          if (typeof words !== 'string') continue;
          if (!isVerbatimIn(words, text)) {
            report(entry.file, `not found verbatim in source "${source.id}" (content/sources/${source.id}.txt): "${words}"`, formatField([...at, field]));
          } else if (key === 'quotes' && typeof fields.excerpt === 'string' && !isVerbatimIn(words, fields.excerpt)) {
            report(entry.file, `the quoted words are not inside the rendering's excerpt: "${words}"`, formatField([...at, field]));
          }
        }
      }
    });
  }
  const publishedWords = options.publishedWords ?? readPublishedWords(path.join(path.dirname(contentDir), PUBLISHED_WORDS_FILE));
  for (const entry of entries) {
    const data = entry.data as GuardedStatement['data'] & { changed?: string; sources?: EntryRef[] };
    const published = entry.collection === 'statements' ? publishedWords[entry.id] : undefined;
    const sourcesOfEntry = new Set(
      entry.collection === 'statements'
        ? [...data.renderings.map((rendering) => rendering.source.id), ...Object.keys(published?.renderings ?? {})]
        : entry.collection === 'sources'
          ? [entry.id]
          : (data.sources ?? []).map((ref) => ref.id),
    );
    for (const problem of correctionProblems({ data }, sourcesOfEntry)) report(entry.file, problem.message, problem.field);
    if (published !== undefined) {
      for (const problem of unrecordedChanges({ id: entry.id, data }, published)) report(entry.file, problem.message, problem.field);
    }
  }
  for (const [id, file] of sourceTextFiles) {
    if (!known.has(`sources/${id}`) && !draftFiles.has(`sources/${id}`)) report(file, `a source text without its entry: add ${relative(file).replace(/\.txt$/, '.mdx')}`);
  }
  return { problems, entries, drafts };
}
