/**
 * `npm run build`: the content check (beside Astro's start), Astro's build
 * and the Pagefind index, into a new folder that replaces `dist/` only if
 * every step succeeds.
 *
 * The log stays short at any size: one line per built page only with
 * `npm run build -- --pages` (or `BUILD_PAGES=1`). Content problems are listed
 * alone, followed by the "left as it was" line.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { publishAtomically } from '../src/lib/build/atomic-build.ts';
import { buildLogFilter, heldOutput, pagesWrittenWatcher, wantsPageLines } from '../src/lib/build/build-log.ts';
import { checkContent, formatProblem, type ContentProblem } from '../src/lib/content-files/content-check.ts';
import { SEARCHABLE_GLOB } from '../src/lib/routes/urls.ts';
import { mergePublishedWords, PUBLISHED_WORDS_FILE, readPublishedWords, writePublishedWords, type GuardedStatement } from '../src/lib/corrections/published-words.ts';

const args = process.argv.slice(2);
const target = path.resolve(args.find((arg) => !arg.startsWith('--')) ?? 'dist');
const shown = buildLogFilter(wantsPageLines(args, process.env));
const failed = () => {
  console.error(`\nBuild failed: ${path.relative(process.cwd(), target) || target}/ was left as it was.`);
  process.exit(1);
};

/**
 * Astro's and Pagefind's lines wait here until the content check has passed
 * (it runs beside Astro's start, on the other core), so that a content error
 * prints its problems and nothing else.
 */
const checked = heldOutput((write) => write());
const emit = checked.write;
/** Pagefind's lines also wait for Astro's last line, so that the two logs do not interleave. */
const pagefindLog = heldOutput(emit);

const running = new Set<ChildProcess>();
// If the build stops early (a thrown error, a signal), Astro must not go on writing into a folder already removed.
const stopChildren = () => {
  for (const child of running) child.kill();
};
process.on('exit', stopChildren);
// A signal ends Node without its 'exit' event unless it is handled.
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
  process.once(signal, () => {
    stopChildren();
    process.exit(code);
  });
}
/** Runs a command, passing its output through the log filter (and each line to `onLine`); resolves to whether it succeeded. */
const run = (command: string, commandArgs: string[], { onLine, write = emit }: { onLine?: (line: string) => void; write?: typeof emit } = {}) =>
  new Promise<boolean>((resolve) => {
    // CONTENT_CHECKED: the content-integrity integration need not check again what the build checks beside it.
    const child = spawn(command, commandArgs, { stdio: ['inherit', 'pipe', 'pipe'], env: { ...process.env, CONTENT_CHECKED: '1' } });
    running.add(child);
    const forward = (stream: NodeJS.ReadableStream, out: NodeJS.WriteStream) =>
      createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
        onLine?.(line);
        if (shown(line)) write(() => out.write(`${line}\n`));
      });
    forward(child.stdout, process.stdout);
    forward(child.stderr, process.stderr);
    child.on('close', (code) => {
      running.delete(child);
      resolve(code === 0);
    });
  });

// Node itself, not npx, runs Astro and Pagefind, so that stopping the child stops the build.
const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');
const PAGEFIND = path.resolve('node_modules/pagefind/lib/runner/bin.cjs');
// Pagefind always writes its ready-made search UIs (pagefind-ui.js, pagefind-modular-ui.css…); the site uses its JS API
// (and its highlighter), so these are not published.
const PAGEFIND_UI_FILE = /^pagefind-.*ui\.(js|css)$/;

/** Drafts are checked but never built; the log says how many wait for review. */
const draftsLine = (count: number) => (count === 0 ? '' : `; ${count} draft${count === 1 ? '' : 's'} in content/drafts/ checked and left out of the build (accept one by moving it to its collection's folder)`);

let problems: ContentProblem[] = [];
let statements: GuardedStatement[] = [];
const published = await publishAtomically(target, async (outDir) => {
  // Pagefind starts once every page is written, beside Astro's closing hooks; or when Astro exits, if that line never comes.
  const watch = pagesWrittenWatcher();
  const pagesReady = Promise.withResolvers<boolean>();
  const astro = run(process.execPath, [ASTRO, 'build', '--outDir', outDir], { onLine: (line) => watch(line) && pagesReady.resolve(true) });
  const content = checkContent(path.resolve('content'));
  problems = content.problems;
  if (problems.length > 0) {
    for (const child of running) child.kill();
    await astro;
    return false;
  }
  statements = content.entries.filter((entry) => entry.collection === 'statements') as unknown as GuardedStatement[];
  console.log(`${content.entries.length} entries passed the content check${draftsLine(content.drafts.length)}`);
  checked.release();
  if (!(await Promise.race([pagesReady.promise, astro]))) return false;
  const pagefind = run(process.execPath, [PAGEFIND, '--site', outDir, '--glob', SEARCHABLE_GLOB], { write: pagefindLog.write });
  const astroSucceeded = await astro;
  pagefindLog.release();
  const indexed = await pagefind;
  const pagefindDir = path.join(outDir, 'pagefind');
  if (indexed) for (const file of readdirSync(pagefindDir).filter((name) => PAGEFIND_UI_FILE.test(name))) rmSync(path.join(pagefindDir, file));
  return indexed && astroSucceeded;
});
if (problems.length > 0) {
  console.error(`The content check found ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
}
if (!published) failed();
// What is now published becomes the record later changes are checked against (corrections/published-words.ts).
const wordsFile = path.resolve(PUBLISHED_WORDS_FILE);
const recorded = readPublishedWords(wordsFile);
const record = mergePublishedWords(recorded, statements);
if (JSON.stringify(record) !== JSON.stringify(recorded)) {
  writePublishedWords(wordsFile, record);
  console.log(`${PUBLISHED_WORDS_FILE}: the words of ${Object.keys(record).length} statements recorded as published`);
}
console.log(`\nBuilt ${path.relative(process.cwd(), target) || target}/`);
