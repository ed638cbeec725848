import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishAtomically } from '../../lib/build/atomic-build.ts';

let root: string;
let dist: string;
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'atomic-build-'));
  dist = path.join(root, 'dist');
  mkdirSync(dist);
  writeFileSync(path.join(dist, 'index.html'), 'last good build');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const writeSite = (outDir: string, text: string) => {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'index.html'), text);
};

describe('publishAtomically', () => {
  it('replaces the site when the build succeeds, leaving no temporary folders', async () => {
    expect(await publishAtomically(dist, (outDir) => (writeSite(outDir, 'new build'), true))).toBe(true);
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('new build');
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('leaves the last good site as it was when the build fails half-way', async () => {
    expect(await publishAtomically(dist, (outDir) => (writeSite(outDir, 'half a build'), false))).toBe(false);
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('last good build');
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('leaves the last good site as it was when the build throws', async () => {
    await expect(
      publishAtomically(dist, (outDir) => {
        writeSite(outDir, 'broken');
        throw new Error('content check failed');
      }),
    ).rejects.toThrow('content check failed');
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('last good build');
  });

  it('publishes a first build when there was no site yet', async () => {
    rmSync(dist, { recursive: true });
    expect(await publishAtomically(dist, (outDir) => (writeSite(outDir, 'first'), true))).toBe(true);
    expect(existsSync(path.join(dist, 'index.html'))).toBe(true);
  });
});
