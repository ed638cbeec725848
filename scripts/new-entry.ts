/**
 * `npm run new -- <statement|actor|source> <id> [--content <folder>]`:
 * writes a new entry with every required field and comments on what goes
 * where. It never overwrites an existing file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SCAFFOLD_KINDS, scaffoldEntry, type ScaffoldKind } from '../src/lib/content-files/scaffold.ts';

const args = process.argv.slice(2);
const contentFlag = args.indexOf('--content');
const contentDir = path.resolve(contentFlag >= 0 ? (args[contentFlag + 1] ?? 'content') : 'content');
const [kind, id] = args.filter((_, index) => contentFlag < 0 || (index !== contentFlag && index !== contentFlag + 1));

if (!kind || !(SCAFFOLD_KINDS as readonly string[]).includes(kind) || !id) {
  console.error(`Usage: npm run new -- <${SCAFFOLD_KINDS.join('|')}> <id>\nExample: npm run new -- statement asif-new-warning`);
  process.exit(2);
}
try {
  const files = scaffoldEntry(kind as ScaffoldKind, id);
  const taken = files.filter(({ file }) => existsSync(path.join(contentDir, file)));
  if (taken.length) throw new Error(`already exists: ${taken.map(({ file }) => file).join(', ')}`);
  for (const { file, text } of files) {
    mkdirSync(path.dirname(path.join(contentDir, file)), { recursive: true });
    writeFileSync(path.join(contentDir, file), text);
    console.log(`created ${path.join(path.relative(process.cwd(), contentDir) || '.', file)}`);
  }
  console.log('Fill in every field, then run: npm run check:content');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
