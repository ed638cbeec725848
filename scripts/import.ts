/**
 * `npm run import -- <article.txt | -> [--id <source-id>] [--source-only] [--dry-run] [--content <folder>]`:
 * drafts a source, its speakers and its statements from an article as
 * received, under content/drafts/, and prints the list an editor reviews.
 * Nothing is published until the editor accepts a draft (moves it to its
 * collection's folder); nothing that exists is overwritten.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ImportError } from '../src/lib/import/article-text.ts';
import { importArticle } from '../src/lib/import/import-article.ts';
import { loadSiteContent } from '../src/lib/import/site-content.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const flags = new Set(args.filter((arg) => arg === '--source-only' || arg === '--dry-run'));
const valued = new Set(['--id', '--content', '--today']);
const positional = args.filter((arg, index) => !arg.startsWith('--') && !valued.has(args[index - 1] ?? ''));

if (positional.length !== 1) {
  console.error('Usage: npm run import -- <article.txt | -> [--id <source-id>] [--source-only] [--dry-run]');
  process.exit(2);
}
const [input] = positional as [string];
const contentDir = path.resolve(option('content') ?? 'content');
const today = option('today') ?? new Date().toISOString().slice(0, 10);

try {
  let bytes: Uint8Array;
  if (input === '-') bytes = readFileSync(0);
  else if (!existsSync(input)) throw new ImportError(`${input}: no such file`);
  else bytes = readFileSync(input);
  const result = importArticle({ bytes, file: input === '-' ? 'standard input' : path.basename(input), ...(option('id') ? { id: option('id')! } : {}), today, sourceOnly: flags.has('--source-only') }, loadSiteContent(contentDir));
  if (result.status === 'already-imported') {
    console.log(result.summary);
    process.exit(0);
  }
  const existing = result.plan.files.filter((file) => existsSync(path.join(contentDir, file.path)));
  if (existing.length > 0) throw new ImportError(`these drafts exist already and are left as they are; nothing was written: ${existing.map((file) => `content/${file.path}`).join(', ')}`);
  console.log(result.summary);
  console.log(`\n${result.review}\n`);
  if (flags.has('--dry-run')) {
    console.log('Dry run: nothing was written.');
    process.exit(0);
  }
  for (const file of result.plan.files) {
    const target = path.join(contentDir, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.text, { flag: 'wx' });
  }
  console.log(`Wrote ${result.plan.files.length} draft files under ${path.relative(process.cwd(), path.join(contentDir, 'drafts')) || 'drafts'}/. Next: npm run check:content, then review each draft as listed above.`);
} catch (error) {
  if (error instanceof ImportError) {
    console.error(`Import refused: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
