/**
 * `npm run check:content`: validates the content alone, in seconds, with the
 * same messages the build gives.
 */
import path from 'node:path';
import { checkContent, formatProblem } from '../src/lib/content-files/content-check.ts';

const contentDir = path.resolve(process.argv[2] ?? 'content');
const { problems, entries, drafts } = checkContent(contentDir);
if (problems.length > 0) {
  console.error(`Content check failed: ${problems.length} problem(s)\n`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}
const draftNote = drafts.length > 0 ? `, and ${drafts.length} draft(s) in drafts/ waiting for review (not built)` : '';
console.log(`Content check passed: ${entries.length} entries in ${path.relative(process.cwd(), contentDir) || '.'}${draftNote}`);
