/**
 * `npm run bench:import`: how well `npm run import` drafts the two source
 * articles (../shared/sources/, as received) against the entries the site has
 * for them. Each article is imported, in memory, into the site minus that
 * article's source, statements and renderings; once with the site's actors
 * kept, once with them removed (every speaker drafted from the text alone).
 * Then the same against the 10,000-statement synthetic corpus of bench:scale,
 * for time. A benchmark, not a test: it prints figures and never fails.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkContent, formatProblem } from '../../src/lib/content-files/content-check.ts';
import { importArticle } from '../../src/lib/import/import-article.ts';
import type { Proposal } from '../../src/lib/import/propose.ts';
import { loadSiteContent, type SiteContent } from '../../src/lib/import/site-content.ts';
import { knownActor, SpeakerResolver } from '../../src/lib/import/speakers.ts';
import { cleanArticle } from '../../src/lib/import/furniture.ts';
import { decodeArticle } from '../../src/lib/import/article-text.ts';
import { foldForMatch, isVerbatimIn } from '../../src/lib/text/quote-match.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';

const CONTENT = path.resolve('content');
const RECEIVED = path.resolve('..', 'shared', 'sources');
const scaleArg = process.argv.find((arg) => /^\d+$/.test(arg));
const SCALE = scaleArg ? Number(scaleArg) : 10_000;

const fold = (text: string) => foldForMatch(text).replace(/\s+/g, ' ').trim().toLowerCase();
const contains = (a: string, b: string) => fold(a).includes(fold(b)) || fold(b).includes(fold(a));

/** The site without one source's entries: what the importer would have faced before that article was added. */
function withoutSource(site: SiteContent, sourceId: string, keepActors: boolean): SiteContent {
  const statements = site.statements
    .map((statement) => ({ ...statement, renderings: statement.renderings.filter((rendering) => rendering.source !== sourceId) }))
    .filter((statement) => statement.renderings.length > 0);
  const sources = new Map([...site.sources].filter(([id]) => id !== sourceId));
  return {
    actors: keepActors ? site.actors : [],
    statements,
    sources,
    ids: { statements: new Set(statements.map((statement) => statement.id)), actors: new Set(keepActors ? site.actors.map((actor) => actor.id) : []) },
  };
}

interface Expected {
  statement: string;
  speaker: string;
  kind: string;
  quotes: readonly string[];
  attribution?: string;
  via?: string;
  otherSources: number;
}

function expectedFor(site: SiteContent, sourceId: string): Expected[] {
  return site.statements.flatMap((statement) =>
    statement.renderings
      .filter((rendering) => rendering.source === sourceId)
      .map((rendering) => {
        const full = rendering as { attribution?: string; via?: string };
        return {
          statement: statement.id,
          speaker: statement.speaker,
          kind: statement.kind,
          quotes: rendering.quotes,
          ...(full.attribution ? { attribution: full.attribution } : {}),
          ...(full.via ? { via: full.via } : {}),
          otherSources: statement.renderings.filter((other) => other.source !== sourceId).length,
        };
      }),
  );
}

const percent = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${Math.round((100 * part) / whole)} % (${part}/${whole})`);

function score(articleFile: string, sourceId: string, keepActors: boolean, site: SiteContent) {
  const bytes = readFileSync(path.join(RECEIVED, articleFile));
  const before = withoutSource(site, sourceId, keepActors);
  const started = performance.now();
  const result = importArticle({ bytes, file: articleFile, id: sourceId, today: '2026-12-03' }, before);
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 'planned') throw new Error(result.summary);
  const proposals = result.proposals;
  const expected = expectedFor(site, sourceId);
  const sourceText = site.sources.get(sourceId)!.text;
  // A drafted speaker is right when the site's actor list resolves its name to the site's speaker.
  const realResolver = new SpeakerResolver(site.actors.map(knownActor), [], { acrossSources: true });
  const speakerOf = (proposal: Proposal | undefined, field: 'speaker' | 'via'): string | undefined => {
    const choice = proposal?.[field];
    if (!choice) return undefined;
    const drafted = choice.newActor;
    if (!drafted) return choice.actor;
    return realResolver.resolve(drafted.name, { draft: false })?.actor ?? realResolver.resolve(drafted.described, { draft: false })?.actor;
  };
  const found = expected.map((item) => {
    const proposal =
      item.kind === 'direct-quote'
        ? proposals.find((each) => each.kind === 'direct-quote' && item.quotes.every((quote) => each.quotes.some((words) => fold(words) === fold(quote))))
          ?? proposals.find((each) => item.quotes.some((quote) => each.quotes.some((words) => fold(words) === fold(quote))))
        : proposals.find((each) => each.kind === 'paraphrase' && each.quotes.some((words) => contains(words, item.quotes[0]!)));
    return { item, proposal };
  });
  const direct = found.filter(({ item }) => item.kind === 'direct-quote');
  const passages = direct.flatMap(({ item }) => item.quotes.map((quote) => ({ quote, proposed: proposals.some((each) => each.quotes.some((words) => fold(words) === fold(quote))) })));
  const matched = found.filter(({ proposal }) => proposal);
  const rightSpeaker = matched.filter(({ item, proposal }) => speakerOf(proposal, 'speaker') === item.speaker);
  const rightKind = matched.filter(({ item, proposal }) => proposal!.kind === item.kind);
  const withAttribution = matched.filter(({ item }) => item.attribution);
  const exactAttribution = withAttribution.filter(({ item, proposal }) => proposal!.attribution && fold(proposal!.attribution) === fold(item.attribution!));
  const coreAttribution = withAttribution.filter(({ item, proposal }) => proposal!.attribution && contains(proposal!.attribution, item.attribution!));
  const rightVia = matched.filter(({ item, proposal }) => (speakerOf(proposal, 'via') ?? undefined) === item.via);
  const paraphrases = found.filter(({ item }) => item.kind === 'paraphrase');
  const used = new Set(found.map(({ proposal }) => proposal));
  const spurious = proposals.filter((proposal) => !used.has(proposal) && !expected.some((item) => proposal.quotes.some((words) => item.quotes.some((quote) => contains(words, quote)))));
  const merges = found.filter(({ item }) => item.otherSources > 0);
  const mergesFound = merges.filter(({ item, proposal }) => proposal && result.plan.items.some((each) => each.proposal === proposal && each.outcome.kind === 'rendering' && each.outcome.statement === item.statement));
  const notVerbatim = proposals.flatMap((proposal) => [...proposal.quotes, proposal.excerpt, proposal.attribution ?? '', proposal.setting ?? '', proposal.when ?? ''].filter((text) => text && !isVerbatimIn(text, sourceText)));
  // Furniture: the site's boilerplate for the source, and its kept text line for line.
  const siteEntry = readFileSync(path.join(CONTENT, 'sources', `${sourceId}.mdx`), 'utf8');
  const boilerplate = [...siteEntry.matchAll(/^\s+text: "(.*)"$/gm)].map((match) => JSON.parse(`"${match[1]}"`) as string);
  const article = cleanArticle(decodeArticle(bytes, articleFile));
  const furnitureFound = boilerplate.filter((text) => article.removed.some((item) => fold(item.text) === fold(text)));
  const keptLines = sourceText.trimEnd().split('\n');
  const keptSame = article.paragraphs.length === keptLines.length && article.paragraphs.every((line, index) => line === keptLines[index]);
  return {
    label: `${articleFile} (${sourceId}), actors ${keepActors ? 'kept' : 'removed'}`,
    rows: [
      ['quoted passages proposed, verbatim', percent(passages.filter((each) => each.proposed).length, passages.length)],
      ['right speaker', percent(rightSpeaker.length, expected.length)],
      ['right kind', percent(rightKind.length, expected.length)],
      ['attribution exactly the site’s', percent(exactAttribution.length, withAttribution.length)],
      ['attribution containing or inside the site’s', percent(coreAttribution.length, withAttribution.length)],
      ['right via (or none)', percent(rightVia.length, matched.length)],
      ['reported-speech statements proposed', percent(paraphrases.filter(({ proposal }) => proposal).length, paraphrases.length)],
      ['proposals matching no statement on the site', percent(spurious.length, proposals.length)],
      ['cross-source merges found', percent(mergesFound.length, merges.length)],
      ['furniture removed (of the site’s boilerplate)', percent(furnitureFound.length, boilerplate.length)],
      ['kept text the same as the site’s, line for line', keptSame ? 'yes' : 'no'],
      ['texts not verbatim in the source', String(notVerbatim.length)],
      ['drafts that the content check refuses', draftProblems(result.plan.files, sourceId)],
      ['seconds for the article', seconds.toFixed(3)],
    ] as [string, string][],
    misses: [
      ...found.filter(({ proposal }) => !proposal).map(({ item }) => `not proposed: ${item.statement} (${item.kind}) “${item.quotes[0]!.slice(0, 70)}”`),
      ...matched.filter(({ item, proposal }) => speakerOf(proposal, 'speaker') !== item.speaker).map(({ item, proposal }) => `speaker: ${item.statement} is ${item.speaker}, proposed ${proposal!.speaker?.actor ?? 'none'} (${proposal!.speaker?.reason ?? 'no speaker'})`),
      ...withAttribution.filter(({ item, proposal }) => !(proposal!.attribution && contains(proposal!.attribution, item.attribution!))).map(({ item, proposal }) => `attribution: ${item.statement} “${item.attribution}”, proposed “${proposal!.attribution ?? ''}”`),
      ...spurious.map((proposal) => `spurious: paragraph ${proposal.paragraph + 1} ${proposal.kind} “${proposal.quotes[0]!.slice(0, 70)}”`),
      ...notVerbatim.map((text) => `not verbatim: “${text.slice(0, 70)}”`),
    ],
  };
}

/**
 * The drafts, written beside the real content under a new source id (the real one holds the same article), checked as
 * the content check checks drafts. Only problems in the drafts count.
 */
function draftProblems(files: readonly { path: string; text: string }[], sourceId: string): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'bench-import-drafts-'));
  try {
    const copy = path.join(root, 'content');
    cpSync(CONTENT, copy, { recursive: true });
    const renamed = `${sourceId}-again`;
    for (const file of files) {
      const target = path.join(copy, file.path.split(sourceId).join(renamed));
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, file.text.split(`"${sourceId}"`).join(`"${renamed}"`).split(`${sourceId}.txt`).join(`${renamed}.txt`));
    }
    // Beside the real content, a draft given the very id the site's entry has is refused as a duplicate: that is the
    // importer choosing the site's own id, counted apart.
    const all = checkContent(copy).problems.filter((problem) => problem.file.includes('drafts'));
    const sameId = all.filter((problem) => problem.message.includes('is already published as'));
    const problems = all.filter((problem) => !sameId.includes(problem));
    return `${problems.length === 0 ? 'none' : `${problems.length}: ${problems.slice(0, 3).map(formatProblem).join(' | ')}`} (and ${sameId.length} drafts with the very id of the site's entry)`;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const site = loadSiteContent(CONTENT);
const articles = [...site.sources].filter(([, source]) => source.receivedAs && existsSync(path.join(RECEIVED, source.receivedAs))).map(([id, source]) => [source.receivedAs!, id] as const);
if (articles.length === 0) {
  console.log(`No received articles found in ${RECEIVED}: nothing to measure.`);
  process.exit(0);
}
for (const keepActors of [true, false]) {
  for (const [file, id] of articles) {
    const result = score(file, id, keepActors, site);
    console.log(`\n${result.label}`);
    for (const [what, figure] of result.rows) console.log(`  ${what.padEnd(50)} ${figure}`);
    for (const miss of result.misses) console.log(`    · ${miss}`);
  }
}

// Time against a large site: the real content plus the synthetic corpus of bench:scale.
const root = mkdtempSync(path.join(os.tmpdir(), 'bench-import-'));
try {
  const large = path.join(root, 'content');
  cpSync(CONTENT, large, { recursive: true });
  // The corpus's paths start with content/, like the project's.
  for (const [file, text] of syntheticCorpus({ statements: SCALE, prefix: 'syn-' })) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  const loadStart = performance.now();
  const largeSite = loadSiteContent(large);
  const loadSeconds = (performance.now() - loadStart) / 1000;
  console.log(`\nAgainst ${largeSite.statements.length} statements (${SCALE} synthetic): reading the site ${loadSeconds.toFixed(2)} s`);
  for (const [file, id] of articles) {
    const before = withoutSource(largeSite, id, true);
    const started = performance.now();
    importArticle({ bytes: readFileSync(path.join(RECEIVED, file)), file, id, today: '2026-12-03' }, before);
    console.log(`  ${file}: ${((performance.now() - started) / 1000).toFixed(3)} s to draft (plus the read above, once per import)`);
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
