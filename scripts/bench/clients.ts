/**
 * `npm run bench:clients`: what Zotero makes of every statement page and of
 * its BibTeX and RIS, read by Zotero's own translation-server (which runs the
 * same translators as the Zotero browser connector). Not a test: it needs a
 * translation-server running (https://github.com/zotero/translation-server;
 * `ZOTERO_SERVER`, default http://127.0.0.1:1969) and prints a summary to
 * compare with the figures in docs/clients.md.
 *
 *   npm run build && npm run bench:clients
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startStaticServer } from '../../src/__e2e__/helpers/server.ts';

const ZOTERO = process.env['ZOTERO_SERVER'] ?? 'http://127.0.0.1:1969';
const dist = path.resolve(import.meta.dirname, '../../dist');

interface Creator {
  firstName?: string;
  lastName?: string;
  name?: string;
}
interface Item {
  itemType: string;
  title?: string;
  websiteTitle?: string;
  date?: string;
  accessDate?: string;
  creators?: Creator[];
}

async function zotero(endpoint: 'web' | 'import', body: string): Promise<Item[]> {
  const response = await fetch(`${ZOTERO}/${endpoint}`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body });
  if (!response.ok) throw new Error(`${endpoint}: HTTP ${response.status} ${await response.text()}`);
  return ((await response.json()) as Item[]).filter((item) => item.itemType !== 'note');
}

/** The citation blocks of a page as a reader without JavaScript sees them (hidden lines left out). */
function citationsOf(html: string, format: 'bibtex' | 'ris'): string[] {
  const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return [...html.matchAll(new RegExp(`<pre id="cite-\\d+-${format}">([\\s\\S]*?)</pre>`, 'g'))].map((match) =>
    decode((match[1] ?? '').replace(/<span data-access-line hidden>[\s\S]*?<\/span><\/span>/g, '').replace(/<[^>]+>/g, '')),
  );
}

const creatorName = (creator: Creator) => (creator.name !== undefined ? `${creator.name} (one field)` : `${creator.lastName} | ${creator.firstName}`);

function summarise(label: string, items: Item[]) {
  const count = (values: string[]) => [...values.reduce((map, value) => map.set(value, (map.get(value) ?? 0) + 1), new Map<string, number>())].map(([value, n]) => `${value} ×${n}`);
  console.log(`\n${label}: ${items.length} items`);
  console.log(`  item types: ${count(items.map((item) => item.itemType)).join(', ')}`);
  console.log(`  website title: ${count(items.map((item) => item.websiteTitle ?? '(none)')).join(', ')}`);
  console.log(`  dates: ${count(items.map((item) => item.date ?? '(none)')).join(', ')}`);
  console.log(`  with no author: ${items.filter((item) => !item.creators?.length).length}`);
  console.log(`  authors: ${count(items.flatMap((item) => (item.creators ?? []).map(creatorName))).join('; ')}`);
}

const server = await startStaticServer(dist);
try {
  const ids = readdirSync(path.join(dist, 'statements'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'page')
    .map((entry) => entry.name);
  const pages: Item[] = [];
  const imported: Item[] = [];
  for (const id of ids) {
    pages.push(...(await zotero('web', `${server.origin}/statements/${id}/`)));
    const html = readFileSync(path.join(dist, 'statements', id, 'index.html'), 'utf8');
    for (const citation of [...citationsOf(html, 'bibtex'), ...citationsOf(html, 'ris')]) imported.push(...(await zotero('import', citation)));
  }
  console.log(`${ids.length} statement pages, read by ${ZOTERO}`);
  summarise('Saved from the page (Embedded Metadata)', pages);
  summarise('Imported from the BibTeX and RIS shown without JavaScript', imported);
} finally {
  await server.close();
}
