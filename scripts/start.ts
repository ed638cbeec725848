/**
 * `npm start`: builds the site when `dist/` is missing or older than the
 * project's files, then serves `dist/` at http://localhost:4321.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const INPUTS = ['content', 'src', 'public', 'astro.config.mjs', 'package-lock.json'];

function newestChange(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
}

const builtAt = existsSync('dist/pagefind') ? statSync('dist/pagefind').mtimeMs : 0;
const run = (script: string, ...args: string[]) => {
  const { status } = spawnSync('npm', ['run', script, ...args], { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
};

if (builtAt < Math.max(...INPUTS.map(newestChange))) run('build');
else console.log('dist/ is up to date; serving it.');
run('preview', '--', '--port', '4321', '--host', '127.0.0.1');
