/**
 * `npm run urls:update`: adds every URL of the current build (`dist/`) to
 * `published-urls.json`, including each statement's anchor on its speaker's
 * page. URLs are never removed: a rename needs a redirect (see README).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { listBuiltFiles, mergeManifest, publishedUrls, urlOfFile } from '../src/lib/url-manifest.ts';

const dist = path.resolve('dist');
const manifestFile = path.resolve('published-urls.json');
if (!existsSync(dist)) {
  console.error('No dist/: run npm run build first.');
  process.exit(1);
}
const files = listBuiltFiles(dist);
// Statement anchors on speaker pages are part of the contract: /speakers/<id>/#<statement-id>.
const anchors = files
  .filter((file) => /^speakers\/[^/]+\/index\.html$/.test(file.split(path.sep).join('/')))
  .flatMap((file) => {
    const html = readFileSync(path.join(dist, file), 'utf8');
    return [...html.matchAll(/<li class="statement-card[^"]*" id="([^"]+)"/g)].map((match) => `${urlOfFile(file)}#${match[1]}`);
  });
const existing: string[] = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : [];
const merged = mergeManifest(existing, publishedUrls(files, anchors));
writeFileSync(manifestFile, `${JSON.stringify(merged, null, 2)}\n`);
console.log(`published-urls.json: ${merged.length} URLs (${merged.length - existing.length} new)`);
