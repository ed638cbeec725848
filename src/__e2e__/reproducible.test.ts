/**
 * Two builds of the same commit are byte for byte the same: what is
 * published can be rebuilt and checked by anyone.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listBuiltFiles } from '../lib/build/url-manifest.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'reproducible-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Builds the site into `outDir` the way `npm run build` does, and hashes every file. */
function buildAndHash(outDir: string, cardCache: string): { hashes: Map<string, string>; cardLine: string; log: string } {
  let cardLine = '';
  let log = '';
  for (const [command, args] of [
    ['npx', ['astro', 'build', '--outDir', outDir]],
    ['npx', ['pagefind', '--site', outDir]],
  ] as const) {
    const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, QUOTE_CARDS_CACHE: cardCache } });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
    cardLine ||= /quote cards: .*/.exec(result.stdout)?.[0] ?? '';
    log += result.stdout + result.stderr;
  }
  const hashes = new Map(listBuiltFiles(outDir).map((file) => [file, createHash('sha256').update(readFileSync(path.join(outDir, file))).digest('hex')]));
  return { hashes, cardLine, log };
}

describe('reproducible builds', () => {
  it('two builds produce identical files, quote cards included, whether drawn or taken from the cache', { timeout: 240_000 }, () => {
    // The first build draws every card into an empty cache; the second copies them from it.
    const cache = path.join(scratch, 'card-cache');
    const { hashes: first, cardLine: drawn, log } = buildAndHash(path.join(scratch, 'a'), cache);
    // Without SITE_URL the build says so, once.
    if (!process.env['SITE_URL']) expect(log.match(/SITE_URL is not set/g)).toHaveLength(1);
    const { hashes: second, cardLine: cached } = buildAndHash(path.join(scratch, 'b'), cache);
    const cards = [...first.keys()].filter((file) => file.endsWith('card.png')).length;
    expect(cards).toBeGreaterThan(0);
    expect(drawn).toMatch(new RegExp(`^quote cards: ${cards} \\(0 cached, ${cards} drawn in [\\d.]+ s, \\d+ ms each\\)$`));
    expect(cached).toBe(`quote cards: ${cards} (${cards} cached, 0 drawn in 0.0 s)`);
    expect(first.size).toBeGreaterThan(100);
    expect([...second.keys()]).toEqual([...first.keys()]);
    const differing = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
    expect(differing, 'files that differ between two builds').toEqual([]);
  });
});
