/**
 * `npm run build`: the content check, then Astro's build and the Pagefind
 * index, into a new folder that replaces `dist/` only if every step succeeds.
 *
 * The log stays short at any size: one line per built page only with
 * `npm run build -- --pages` (or `BUILD_PAGES=1`). Content problems are listed
 * alone, followed by the "left as it was" line.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { publishAtomically } from '../src/lib/atomic-build.ts';
import { buildLogFilter, wantsPageLines } from '../src/lib/build-log.ts';
import { checkContent, formatProblem } from '../src/lib/content-check.ts';

const args = process.argv.slice(2);
const target = path.resolve(args.find((arg) => !arg.startsWith('--')) ?? 'dist');
const shown = buildLogFilter(wantsPageLines(args, process.env));
const failed = () => {
  console.error(`\nBuild failed: ${path.relative(process.cwd(), target) || target}/ was left as it was.`);
  process.exit(1);
};

const { problems, entries } = checkContent(path.resolve('content'));
if (problems.length > 0) {
  console.error(`The content check found ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  failed();
}
console.log(`${entries.length} entries passed the content check`);

/** Runs a command, passing its output through the log filter; resolves to whether it succeeded. */
const run = (command: string, commandArgs: string[]) =>
  new Promise<boolean>((resolve) => {
    // CONTENT_CHECKED: the content-integrity integration need not check again what was just checked.
    const child = spawn(command, commandArgs, { stdio: ['inherit', 'pipe', 'pipe'], env: { ...process.env, CONTENT_CHECKED: '1' } });
    const forward = (stream: NodeJS.ReadableStream, out: NodeJS.WriteStream) =>
      createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
        if (shown(line)) out.write(`${line}\n`);
      });
    forward(child.stdout, process.stdout);
    forward(child.stderr, process.stderr);
    child.on('close', (code) => resolve(code === 0));
  });

const published = await publishAtomically(
  target,
  async (outDir) => (await run('npx', ['astro', 'build', '--outDir', outDir])) && (await run('npx', ['pagefind', '--site', outDir])),
);
if (!published) failed();
console.log(`\nBuilt ${path.relative(process.cwd(), target) || target}/`);
