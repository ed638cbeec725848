/**
 * `npm run build` with broken content fails, names the problem, and leaves
 * the last good `dist/` exactly as it was. Runs the real build script in a
 * throw-away copy of the project (node_modules linked, not copied).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const project = mkdtempSync(path.join(os.tmpdir(), 'broken-build-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('a failed build', () => {
  it('stops on the content problem and leaves the last good dist/ untouched', { timeout: 120_000 }, () => {
    for (const entry of ['content', 'src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
      cpSync(path.join(ROOT, entry), path.join(project, entry), { recursive: true });
    }
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'), 'dir');
    mkdirSync(path.join(project, 'dist'));
    writeFileSync(path.join(project, 'dist', 'index.html'), 'last good build');
    const statement = path.join(project, 'content/statements/asif-caves-warning.mdx');
    writeFileSync(statement, readFileSync(statement, 'utf8').replace('speaker: "khawaja-asif"', 'speaker: "nobody"'));

    const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: project, encoding: 'utf8' });

    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain('content/statements/asif-caves-warning.mdx › speaker: "nobody" is not an entry of actors');
    expect(result.stderr).toContain('Build failed: dist/ was left as it was.');
    expect(readFileSync(path.join(project, 'dist', 'index.html'), 'utf8')).toBe('last good build');
    expect(readdirSync(path.join(project, 'dist'))).toEqual(['index.html']);
    expect(readdirSync(project).filter((name) => name.startsWith('.dist'))).toEqual([]);
  });
});
