import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../lib/content-files/content-check.ts';
import { scaffoldEntry } from '../../lib/content-files/scaffold.ts';
import { copyContent } from '../helpers/content-copy.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
let fixture: ReturnType<typeof copyContent>;
beforeEach(() => {
  fixture = copyContent();
});
afterEach(() => fixture.remove());

/** Runs `npm run new` the way an author does, against the fixture's content folder. */
const scaffold = (...args: string[]) =>
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/new-entry.ts'), ...args, '--content', fixture.dir], { cwd: ROOT, encoding: 'utf8' });
const problems = () => checkContent(fixture.dir).problems.map(formatProblem);

describe('npm run new', () => {
  it('scaffolds a statement that the content check refuses until it is filled in', () => {
    expect(scaffold('statement', 'asif-new-warning')).toContain('created');
    const found = problems();
    expect(found).toContainEqual(expect.stringMatching(/^content\/statements\/asif-new-warning\.mdx › speaker: must name an entry/));
    expect(found).toContainEqual(expect.stringMatching(/asif-new-warning\.mdx › renderings\[0\]\.quotes\[0\]: is empty: copy the words as the source gives them/));
    expect(found.every((problem) => problem.startsWith('content/statements/asif-new-warning.mdx'))).toBe(true);
  });

  /** Fills in the scaffolded statement as an author would, quoting `words` from the second source. */
  const fillStatement = (words: string) => {
    const file = 'statements/asif-new-warning.mdx';
    fixture.edit(file, 'speaker: ""', 'speaker: "khawaja-asif"');
    fixture.edit(file, 'kind: ""', 'kind: "direct-quote"');
    fixture.edit(file, 'summary: ""', 'summary: "Khawaja Asif says the warmongers misunderstood Pakistan."');
    fixture.edit(file, '- source: ""', '- source: "istanbul-to-tora-bora"');
    fixture.edit(file, '      - "" #', `      - "${words}" #`);
    fixture.edit(file, /    excerpt: "".*\n/, '');
    fixture.edit(file, 'attribution: ""', 'attribution: "He cautioned that"');
    fixture.edit(file, 'topics: []', 'topics: ["taliban-government"]');
  };

  it('accepts the scaffolded statement once it is filled in with verbatim words', () => {
    scaffold('statement', 'asif-new-warning');
    fillStatement('warmongers');
    expect(problems()).toEqual([]);
  });

  it('refuses a scaffolded statement whose quotation is not verbatim', () => {
    scaffold('statement', 'asif-new-warning');
    fillStatement('war mongers');
    expect(problems()).toEqual([expect.stringMatching(/renderings\[0\]\.quotes\[0\]: not found verbatim in source "istanbul-to-tora-bora"/)]);
  });

  it('scaffolds an actor and a source with its text file, each refused while empty', () => {
    scaffold('actor', 'new-speaker');
    scaffold('source', 'new-article');
    const found = problems();
    expect(found).toContainEqual(expect.stringMatching(/^content\/actors\/new-speaker\.mdx › name: must not be empty/));
    expect(found).toContainEqual(expect.stringMatching(/^content\/sources\/new-article\.mdx › label: must not be empty/));
    expect(found).toContain('content/sources/new-article.txt: the source text is empty');
  });

  it('never overwrites an entry and refuses an id that is not a slug', () => {
    expect(() => scaffold('actor', 'khawaja-asif')).toThrow();
    expect(() => scaffoldEntry('actor', 'Khawaja Asif')).toThrow(/not a valid id/);
  });
  it("dates the entry with the day it is written, as the site's own date", () => {
    for (const kind of ['statement', 'actor', 'source'] as const) expect(scaffoldEntry(kind, 'x', '2026-12-01')[0]?.text).toMatch(/\nadded: "2026-12-01"\n---\n/);
  });
});
