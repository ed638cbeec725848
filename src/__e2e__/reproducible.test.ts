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
import { listBuiltFiles } from '../lib/url-manifest.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'reproducible-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Builds the site into `outDir` the way `npm run build` does, and hashes every file. */
function buildAndHash(outDir: string): Map<string, string> {
  for (const [command, args] of [
    ['npx', ['astro', 'build', '--outDir', outDir]],
    ['npx', ['pagefind', '--site', outDir]],
  ] as const) {
    const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  }
  return new Map(listBuiltFiles(outDir).map((file) => [file, createHash('sha256').update(readFileSync(path.join(outDir, file))).digest('hex')]));
}

describe('reproducible builds', () => {
  it('two builds produce identical files', { timeout: 240_000 }, () => {
    const first = buildAndHash(path.join(scratch, 'a'));
    const second = buildAndHash(path.join(scratch, 'b'));
    expect(first.size).toBeGreaterThan(100);
    expect([...second.keys()]).toEqual([...first.keys()]);
    const differing = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
    expect(differing, 'files that differ between two builds').toEqual([]);
  });
});
