/**
 * `npm run urls:update`: adds every URL of the current build (`dist/`) to
 * `published-urls.json`, including each statement's anchor on its speaker's
 * page. URLs are never removed: a rename needs a redirect (see docs/how-it-works.md, "Links that never break").
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { anchorsOfBuild, listBuiltFiles, mergeManifest, publishedUrls } from '../src/lib/build/url-manifest.ts';

const dist = path.resolve('dist');
const manifestFile = path.resolve('published-urls.json');
if (!existsSync(dist)) {
  console.error('No dist/: run npm run build first.');
  process.exit(1);
}
const files = listBuiltFiles(dist);
// Statement anchors on speaker pages are part of the contract: /speakers/<id>/#<statement-id>.
const anchors = anchorsOfBuild(dist);
const existing: string[] = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : [];
const merged = mergeManifest(existing, publishedUrls(files, anchors));
writeFileSync(manifestFile, `${JSON.stringify(merged, null, 2)}\n`);
console.log(`published-urls.json: ${merged.length} URLs (${merged.length - existing.length} new)`);
