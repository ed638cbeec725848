import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../lib/content-files/content-check.ts';
import { ImportError } from '../../lib/import/article-text.ts';
import { importArticle } from '../../lib/import/import-article.ts';
import { loadSiteContent } from '../../lib/import/site-content.ts';
import { copyContent } from '../helpers/content-copy.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const ARTICLES = path.resolve(import.meta.dirname, 'articles');
const TODAY = '2026-12-03';

let fixture: ReturnType<typeof copyContent>;
beforeEach(() => {
  fixture = copyContent();
});
afterEach(() => fixture.remove());

/** Runs `npm run import` as an editor does, against the fixture's content folder. */
const runImport = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(ROOT, 'scripts/import.ts'), ...args, '--content', fixture.dir, '--today', TODAY], { cwd: ROOT, encoding: 'utf8' });
const plan = (file: string, options: { id?: string; sourceOnly?: boolean } = {}) =>
  importArticle({ bytes: readFileSync(path.join(ARTICLES, file)), file, today: TODAY, ...options }, loadSiteContent(fixture.dir));
const refusal = (file: string, options: { id?: string; sourceOnly?: boolean } = {}) => {
  try {
    plan(file, options);
  } catch (error) {
    if (error instanceof ImportError) return error.message;
    throw error;
  }
  throw new Error('expected the import to be refused');
};
const filesUnder = (folder: string): string[] =>
  existsSync(folder) ? readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name))).sort() : [];

/** Accepts every draft as an editor would: a summary and a topic for each statement, then each file moved to its collection. */
function acceptAll(): void {
  const drafts = path.join(fixture.dir, 'drafts');
  for (const file of filesUnder(drafts)) {
    const [collection] = file.split(path.sep);
    const from = path.join(drafts, file);
    if (collection === 'statements') {
      const text = readFileSync(from, 'utf8')
        .replace(/^# summary: .*$/m, 'summary: "A test summary in the site’s own words."')
        .replace(/^# topics: .*$/m, 'topics: ["border-security"]');
      writeFileSync(from, text);
    }
    if (collection === 'renderings') continue; // accepted by adding them to their statement, which a test does by hand
    if (collection === 'sources' || collection === 'actors') {
      writeFileSync(from, readFileSync(from, 'utf8').replace(/^.*yours to write\.$/m, 'A description in the site’s words, attributed to the source.'));
    }
    mkdirSync(path.join(fixture.dir, collection!), { recursive: true });
    renameSync(from, path.join(fixture.dir, file));
  }
}

describe('npm run import', () => {
  it('drafts the source, its new speakers and its statements, which the content check accepts and the build leaves out', () => {
    const run = runImport(path.join(ARTICLES, 'wire-style.txt'));
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('7 proposals: 7 new statements');
    expect(run.stdout).toContain('write summary and topics');
    expect(filesUnder(path.join(fixture.dir, 'drafts'))).toEqual(
      [
        'actors/analysts-2.mdx', // the site has an actor "analysts" (another article's), so the id takes a number
        'actors/farid-mansoor.mdx',
        'actors/lina-okafor.mdx',
        'actors/two-officials-familiar-with-the-talks.mdx',
        'sources/freedonia-warns-sylvania-over-river-raids.mdx',
        'sources/freedonia-warns-sylvania-over-river-raids.txt',
        'statements/analysts-say-dispute-could-disrupt.mdx',
        'statements/mansoor-have-shown-patience-months.mdx',
        'statements/mansoor-talks-without-preconditions.mdx',
        'statements/mansoor-tolerate-another-raid-across.mdx',
        'statements/officials-according-two-familiar-talks.mdx',
        'statements/okafor-baseless-unfortunate.mdx',
        'statements/okafor-never-allowed-armed-groups.mdx',
      ].map((file) => file.split('/').join(path.sep)),
    );
    const checked = checkContent(fixture.dir);
    expect(checked.problems.map(formatProblem)).toEqual([]);
    expect(checked.drafts).toHaveLength(13 - 1); // the source's text is not an entry
    expect(checked.entries.some((entry) => entry.file.includes('drafts'))).toBe(false);
  });

  it('drafts each statement verbatim with its speaker, kind, attribution and hedge', () => {
    const result = plan('wire-style.txt');
    if (result.status !== 'planned') throw new Error(result.summary);
    const draft = (id: string) => result.plan.files.find((file) => file.path === `drafts/statements/${id}.mdx`)!.text;
    expect(draft('mansoor-have-shown-patience-months')).toContain('speaker: "farid-mansoor"');
    // A quotation interrupted by the attribution is one statement with two parts.
    expect(draft('mansoor-have-shown-patience-months')).toMatch(/quotes:\n {6}- "We have shown patience for months"\n {6}- "That patience has limits\."/);
    expect(draft('mansoor-have-shown-patience-months')).toContain('attribution: "Mansoor told reporters"');
    expect(draft('mansoor-have-shown-patience-months')).toContain('medium: "remarks-to-reporters"');
    // Reported speech is the source's sentence, with its hedge in the attribution.
    expect(draft('officials-according-two-familiar-talks')).toContain('kind: "paraphrase"');
    expect(draft('officials-according-two-familiar-talks')).toContain('attribution: "According to two officials familiar with the talks"');
    // "The minister" is the minister this article names, not a minister of another article.
    expect(draft('mansoor-talks-without-preconditions')).toContain('speaker: "farid-mansoor" # “The minister”: the article names them as “Interior Minister Farid Mansoor”');
    // What only a person may write is left for the editor.
    expect(draft('okafor-baseless-unfortunate')).toMatch(/^# summary: "" # yours to write/m);
  });

  it('reads an agency’s style: the name after "said", a colon before the quotation, a listener, a quotation over two paragraphs, a hedge set off by commas', () => {
    const result = plan('agency-style.txt');
    if (result.status !== 'planned') throw new Error(result.summary);
    const byQuote = (words: string) => result.proposals.find((proposal) => proposal.quotes.includes(words))!;
    expect(byQuote('Any aggression will be answered')).toMatchObject({ speaker: { actor: 'omar-haidari' }, attribution: 'said Deputy Defence Minister Omar Haidari' });
    expect(byQuote('Our forces remain on high alert. We will not be provoked.')).toMatchObject({ speaker: { actor: 'rustam-bekov' } });
    expect(byQuote('We urge both sides to exercise restraint')).toMatchObject({ attribution: 'a spokesperson for the regional council told IANS', speaker: { newActor: { name: 'A spokesperson for the regional council' } } });
    expect(byQuote('The shelling must stop.')).toMatchObject({ quotes: ['The shelling must stop.', 'Civilians are paying the price'], attribution: 'the spokesperson added' });
    const anonymous = result.proposals.find((proposal) => proposal.kind === 'paraphrase')!;
    expect(anonymous).toMatchObject({ attribution: 'Officials in Marktown, speaking on condition of anonymity, said', speaker: { newActor: { name: 'Officials in Marktown' } }, medium: 'unnamed-source' });
    expect(result.proposals.every((proposal) => proposal.speaker)).toBe(true);
    // A headline that opens with a quotation is labelled by its other part; the dateline and credit are furniture.
    const source = result.plan.files.find((file) => file.path === 'drafts/sources/sylvania-warns-over-border-strikes.mdx' || file.path.endsWith('.mdx'))!.text;
    expect(source).toContain('label: "Sylvania Warns Over Border Strikes"');
    expect(source).toContain('text: "NEW DELHI, Nov 5 (IANS) –"');
    expect(source).toContain('text: "(With inputs from agencies)"');
  });

  it('drafts a new rendering, not a new statement, where a statement on the site is reported again, and shows both wordings', () => {
    expect(runImport(path.join(ARTICLES, 'wire-style.txt')).status).toBe(0);
    acceptAll();
    expect(checkContent(fixture.dir).problems.map(formatProblem)).toEqual([]);
    const run = runImport(path.join(ARTICLES, 'glued-curly-crlf.txt'));
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('→ the same statement as mansoor-tolerate-another-raid-across, side by side:');
    expect(run.stdout).toContain('freedonia-warns-sylvania-over-river-raids: “will not tolerate another raid from across the river”');
    expect(run.stdout).toContain('→ the same statement as okafor-never-allowed-armed-groups, side by side:');
    const rendering = readFileSync(path.join(fixture.dir, 'drafts/renderings/mansoor-tolerate-another-raid-across--sylvania-rejects-freedonian-claims.mdx'), 'utf8');
    expect(rendering).toContain('setting: "In a post on Facebook"');
    expect(checkContent(fixture.dir).problems.map(formatProblem)).toEqual([]);
  });

  it('refuses to publish a draft whose description the editor has not written', () => {
    expect(runImport(path.join(ARTICLES, 'wire-style.txt')).status).toBe(0);
    const source = 'sources/freedonia-warns-sylvania-over-river-raids.mdx';
    renameSync(path.join(fixture.dir, 'drafts', source), path.join(fixture.dir, source));
    renameSync(path.join(fixture.dir, 'drafts', source.replace('.mdx', '.txt')), path.join(fixture.dir, source.replace('.mdx', '.txt')));
    expect(checkContent(fixture.dir).problems.map(formatProblem)).toEqual([
      `content/${source}: the body still holds the importer's placeholder ("…yours to write"): write it in your own words, attributed to the source`,
    ]);
  });

  it('changes nothing when the same article is imported again, and says so', () => {
    expect(runImport(path.join(ARTICLES, 'wire-style.txt')).status).toBe(0);
    const before = filesUnder(fixture.dir).map((file) => [file, readFileSync(path.join(fixture.dir, file), 'utf8')]);
    const again = runImport(path.join(ARTICLES, 'wire-style.txt'));
    expect(again.stdout).toContain('wire-style.txt is already imported as content/drafts/sources/freedonia-warns-sylvania-over-river-raids.mdx');
    expect(again.stdout).toContain('nothing was written');
    expect(filesUnder(fixture.dir).map((file) => [file, readFileSync(path.join(fixture.dir, file), 'utf8')])).toEqual(before);
  });

  it('never overwrites: an id in use is refused and nothing is written', () => {
    const before = filesUnder(fixture.dir);
    const run = runImport(path.join(ARTICLES, 'wire-style.txt'), '--id', 'istanbul-to-tora-bora');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Import refused: wire-style.txt: the id "istanbul-to-tora-bora" is already a source (content/sources/istanbul-to-tora-bora.mdx) with another text: choose another with --id');
    expect(filesUnder(fixture.dir)).toEqual(before);
  });

  it('reads standard input', () => {
    const output = execFileSync(process.execPath, [path.join(ROOT, 'scripts/import.ts'), '-', '--dry-run', '--content', fixture.dir], { cwd: ROOT, encoding: 'utf8', input: readFileSync(path.join(ARTICLES, 'wire-style.txt')) });
    expect(output).toContain('standard input → freedonia-warns-sylvania-over-river-raids: 7 proposals');
    expect(output).toContain('Dry run: nothing was written.');
    expect(existsSync(path.join(fixture.dir, 'drafts'))).toBe(false);
  });
});

describe('bad input gets one clear message and writes nothing', () => {
  it('an unclosed quotation mark, with where it is', () => {
    expect(refusal('unclosed.txt', { id: 'test-report' })).toBe(
      'unclosed.txt, paragraph 1, column 48: a quotation mark is never closed: "stay closed until further notice. — close it as the source does (or rejoin a paragraph broken inside the quotation) and import again',
    );
  });
  it('an article that quotes no one, unless the source alone is asked for', () => {
    expect(refusal('no-quotation.txt', { id: 'river-report' })).toBe(
      'no-quotation.txt: the article quotes no one (no quotation marks, no reported speech found); run again with --source-only to add it as a source without statements',
    );
    const sourceOnly = plan('no-quotation.txt', { id: 'river-report', sourceOnly: true });
    expect(sourceOnly.status === 'planned' && sourceOnly.plan.files.map((file) => file.path)).toEqual(['drafts/sources/river-report.txt', 'drafts/sources/river-report.mdx']);
  });
  it('an article with no headline and no id', () => {
    expect(refusal('no-quotation.txt')).toMatch(/^no-quotation\.txt: the article has no headline to name it by: give it an id with --id/);
  });
  it('an id that is not a slug', () => {
    expect(refusal('wire-style.txt', { id: 'Wire Report' })).toBe('--id "Wire Report": an id is lowercase words joined by hyphens, e.g. asif-warning-report');
  });
  it('a missing file, through the command', () => {
    const run = runImport(path.join(ARTICLES, 'missing.txt'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Import refused: ${path.join(ARTICLES, 'missing.txt')}: no such file`);
  });
});
