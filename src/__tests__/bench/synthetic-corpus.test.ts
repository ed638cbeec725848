import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../lib/content-files/content-check.ts';
import { corpusCounts, syntheticCorpus } from '../../../scripts/bench/synthetic-corpus.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function writeCorpus(files: Map<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'synthetic-corpus-'));
  roots.push(root);
  for (const [file, text] of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return path.join(root, 'content');
}

describe('the synthetic corpus', () => {
  it('is the same for the same seed and differs for another', () => {
    const a = syntheticCorpus({ statements: 120, seed: 7 });
    const b = syntheticCorpus({ statements: 120, seed: 7 });
    const c = syntheticCorpus({ statements: 120, seed: 8 });
    expect([...a]).toEqual([...b]);
    expect([...a]).not.toEqual([...c]);
  });

  it('has the shape of the real content: N statements, N/20 sources with texts, speakers over several sides', () => {
    const files = [...syntheticCorpus({ statements: 400, seed: 1 }).keys()];
    const counts = corpusCounts(400);
    expect(counts).toEqual({ statements: 400, sources: 20, speakers: 15 });
    expect(files.filter((file) => file.startsWith('content/statements/'))).toHaveLength(400);
    expect(files.filter((file) => /^content\/sources\/.*\.txt$/.test(file))).toHaveLength(20);
    expect(files.filter((file) => /^content\/sources\/.*\.mdx$/.test(file))).toHaveLength(20);
    expect(files.filter((file) => file.startsWith('content/actors/syn-speaker-'))).toHaveLength(15);
    expect(corpusCounts(10_000)).toEqual({ statements: 10_000, sources: 500, speakers: 375 });
    const sides = new Set([...syntheticCorpus({ statements: 2000 })].filter(([file]) => file.startsWith('content/actors/')).map(([, text]) => /side: "([^"]+)"/.exec(text)?.[1]));
    expect(sides.size).toBeGreaterThanOrEqual(5);
  });

  it('passes the content check', () => {
    const { problems, entries } = checkContent(writeCorpus(syntheticCorpus({ statements: 200, seed: 3 })));
    expect(problems).toEqual([]);
    expect(entries.filter((entry) => entry.collection === 'statements')).toHaveLength(200);
  });

  it('beside the real content, files statements under its talks and events, gives bodies members and routes some words through intermediaries, and still passes the check', () => {
    const real = path.resolve(import.meta.dirname, '../../../content');
    const idsIn = (folder: string) => readdirSync(path.join(real, folder)).filter((file) => file.endsWith('.mdx')).map((file) => file.replace(/\.mdx$/, ''));
    const files = syntheticCorpus({ statements: 400, seed: 2, talks: idsIn('talks'), events: idsIn('events') });
    const content = writeCorpus(files);
    cpSync(real, content, { recursive: true });
    const { problems } = checkContent(content);
    expect(problems).toEqual([]);
    const statements = [...files].filter(([file]) => file.startsWith('content/statements/')).map(([, text]) => text);
    const share = (pattern: RegExp) => statements.filter((text) => pattern.test(text)).length / statements.length;
    expect(share(/^talks:/m)).toBeGreaterThan(0.6);
    expect(share(/^events:/m)).toBeGreaterThan(0.2);
    expect(share(/^ {4}via: /m)).toBeGreaterThan(0);
    const actors = [...files].filter(([file]) => file.startsWith('content/actors/')).map(([, text]) => text);
    expect(actors.filter((text) => /^memberOf:/m.test(text)).length).toBeGreaterThan(0);
  });

  it('would fail the content check if a quotation were not verbatim (the check sees the corpus)', () => {
    const files = syntheticCorpus({ statements: 40, seed: 3 });
    const [file, text] = [...files].find(([name]) => name.startsWith('content/statements/')) ?? ['', ''];
    files.set(file, text.replace(/quotes:\n {6}- "/, 'quotes:\n      - "not in any source '));
    const { problems } = checkContent(writeCorpus(files));
    expect(problems.map((problem) => problem.message).join('\n')).toContain('not found verbatim');
  });
});
