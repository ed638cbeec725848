/**
 * `npm run build`: the content check and Astro build, then the Pagefind index,
 * into a new folder that replaces `dist/` only if every step succeeds.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { publishAtomically } from '../src/lib/atomic-build.ts';

const run = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'inherit' }).status === 0;
const target = path.resolve(process.argv[2] ?? 'dist');

const published = await publishAtomically(
  target,
  (outDir) => run('npx', ['astro', 'build', '--outDir', outDir]) && run('npx', ['pagefind', '--site', outDir]),
);
if (!published) {
  console.error(`\nBuild failed: ${path.relative(process.cwd(), target) || target}/ was left as it was.`);
  process.exit(1);
}
console.log(`\nBuilt ${path.relative(process.cwd(), target) || target}/`);
