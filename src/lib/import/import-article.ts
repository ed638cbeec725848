/**
 * One article in, its drafts out: decode, remove furniture, find the
 * statements, resolve speakers, merge with statements on the site, plan the
 * files. No file is read or written here (see scripts/import.ts).
 */
import { SLUG_PATTERN } from '../../schemas/shared.ts';
import { foldForMatch } from '../text/quote-match.ts';
import { decodeArticle, ImportError } from './article-text.ts';
import { cleanArticle } from './furniture.ts';
import { StatementIndex } from './merge.ts';
import { planImport, reviewList, type ImportPlan } from './plan.ts';
import { propose, type Proposal } from './propose.ts';
import { findUnclosedQuotation, quotations } from './sentences.ts';
import { knownActor, SpeakerResolver, slugOf, titledMentions } from './speakers.ts';
import type { SiteContent } from './site-content.ts';

export interface ImportRequest {
  bytes: Uint8Array;
  /** The file name as received, or "standard input". */
  file: string;
  id?: string;
  today: string;
  /** Write the source even when the article quotes no one. */
  sourceOnly?: boolean;
}

export type ImportResult =
  | { status: 'planned'; sourceId: string; plan: ImportPlan; proposals: Proposal[]; review: string; summary: string }
  | { status: 'already-imported'; sourceId: string; summary: string };

const same = (a: string, b: string) => foldForMatch(a) === foldForMatch(b);

export function importArticle(request: ImportRequest, site: SiteContent): ImportResult {
  const text = decodeArticle(request.bytes, request.file);
  const article = cleanArticle(text);
  const keptText = article.paragraphs.join('\n');

  // The same article again: nothing to write, and say which entry holds it.
  for (const [id, source] of site.sources) {
    if (source.text && same(source.text, keptText)) {
      const drafted = site.statements.filter((statement) => statement.renderings.some((rendering) => rendering.source === id)).length;
      return { status: 'already-imported', sourceId: id, summary: `${request.file} is already imported as ${source.draft ? 'content/drafts/sources/' : 'content/sources/'}${id}.mdx (${drafted} statements cite it); nothing was written.` };
    }
  }

  const headlineSlug = article.headline ? slugOf(article.headline.split(/:\s+/)[0]!).split('-').slice(0, 6).join('-') : undefined;
  const sourceId = request.id ?? headlineSlug;
  if (!sourceId) {
    throw new ImportError(`${request.file}: the article has no headline to name it by: give it an id with --id <words-describing-the-article> (not the outlet, unless the text names it)`);
  }
  if (!SLUG_PATTERN.test(sourceId)) throw new ImportError(`--id "${sourceId}": an id is lowercase words joined by hyphens, e.g. asif-warning-report`);
  if (site.sources.has(sourceId)) {
    throw new ImportError(`${request.file}: the id "${sourceId}" is already a source (content/${site.sources.get(sourceId)?.draft ? 'drafts/' : ''}sources/${sourceId}.mdx) with another text: choose another with --id`);
  }

  const unclosed = findUnclosedQuotation(article.paragraphs);
  if (unclosed) {
    throw new ImportError(`${request.file}, paragraph ${unclosed.paragraph + 1}, column ${unclosed.column + 1}: a quotation mark is never closed: ${unclosed.excerpt} — close it as the source does (or rejoin a paragraph broken inside the quotation) and import again`);
  }
  const quotationCount = article.paragraphs.reduce((sum, paragraph, index) => sum + (article.headings.includes(index) ? 0 : quotations(paragraph, { continues: true }).length), 0);

  const actors = site.actors.map(knownActor);
  const resolver = new SpeakerResolver(actors, titledMentions(keptText));
  const proposals = propose(article, resolver);
  if (quotationCount === 0 && proposals.length === 0 && !request.sourceOnly) {
    throw new ImportError(`${request.file}: the article quotes no one (no quotation marks, no reported speech found); run again with --source-only to add it as a source without statements`);
  }
  const index = new StatementIndex(site.statements);
  const newActors = resolver.drafted().map((actor) => ({ id: actor.id, name: actor.name, kind: actor.kind, described: actor.phrases[1] ?? actor.name }));
  const plan = planImport({
    sourceId,
    receivedAs: /^[\w.-]+\.txt$/.test(request.file.split('/').at(-1)!) ? request.file.split('/').at(-1)! : `${sourceId}.txt`,
    article,
    proposals: request.sourceOnly && quotationCount === 0 ? [] : proposals,
    newActors,
    actors,
    statements: index,
    takenIds: { statements: new Set(site.ids.statements), actors: new Set(site.ids.actors) },
    today: request.today,
  });
  const names = (id: string) => actors.find((actor) => actor.id === id)?.name ?? newActors.find((actor) => actor.id === id)?.name ?? id;
  const count = (kind: string) => plan.items.filter((item) => item.outcome.kind === kind).length;
  const summary = [
    `${request.file} → ${sourceId}: ${plan.items.length} proposals: ${count('statement')} new statements, ${count('rendering')} new renderings of statements on the site, ${count('no-speaker')} quotations with no speaker found;`,
    `${plan.files.filter((file) => file.path.startsWith('drafts/actors/')).length} new speakers; ${article.removed.length} passages of page furniture removed${article.removed.length > 0 ? ` (${article.removed.map((item) => item.kind).join(', ')})` : ''}.`,
    quotationCount === 0 ? 'The article quotes no one in quotation marks.' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const notes = plan.actorNotes.length > 0 ? `\nSpeakers already on the site:\n${plan.actorNotes.map((note) => `  - ${note}`).join('\n')}` : '';
  return { status: 'planned', sourceId, plan, proposals, review: reviewList(plan, sourceId, names) + notes, summary };
}
