/**
 * `npm run screenshots [-- <path>…] [--out=<folder>] [--widths=390,1280] [--dark] [--first-screen] [--slice=<px>]`:
 * full-page screenshots of the built site in headless Chromium, one per page
 * and width (and colour scheme with `--dark`), for looking at a design change
 * as readers see it. Without paths it takes one page of every page type.
 * `--slice=1600` cuts a long page into numbered pieces of that height, which
 * an image viewer shows at full size instead of shrunk to fit.
 * Writes PNGs to `screenshots/` (not committed) and prints their names.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../src/__e2e__/helpers/browser.ts';
import { assertBuilt, distDir, representativePages } from '../src/__e2e__/helpers/dist.ts';
import { startStaticServer } from '../src/__e2e__/helpers/server.ts';

const args = process.argv.slice(2);
const option = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const out = option('out') ?? 'screenshots';
const widths = (option('widths') ?? '390,1280').split(',').map(Number);
const slice = Number(option('slice') ?? 0);
const schemes: ('light' | 'dark')[] = args.includes('--dark') ? ['light', 'dark'] : ['light'];
const given = args.filter((arg) => !arg.startsWith('--'));

assertBuilt();
const paths = given.length > 0 ? given : representativePages().map((page) => page.path);
mkdirSync(out, { recursive: true });
const server = await startStaticServer(distDir());
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
try {
  for (const urlPath of paths) {
    for (const width of widths) {
      for (const colorScheme of schemes) {
        const context = await browser.newContext({ viewport: { width, height: width < 700 ? 844 : 900 }, colorScheme });
        const page = await context.newPage();
        await page.goto(server.origin + urlPath, { waitUntil: 'networkidle' });
        const name = `${urlPath.replace(/^\/|\/$/g, '').replace(/[^\w.-]+/g, '_') || 'home'}-${width}${colorScheme === 'dark' ? '-dark' : ''}.png`;
        if (slice > 0) {
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          for (let top = 0, piece = 1; top < height; top += slice, piece++) {
            const pieceName = name.replace(/\.png$/, `-${piece}.png`);
            await page.screenshot({ path: path.join(out, pieceName), fullPage: true, clip: { x: 0, y: top, width, height: Math.min(slice, height - top) } });
            console.log(path.join(out, pieceName));
          }
        } else {
          await page.screenshot({ path: path.join(out, name), fullPage: !args.includes('--first-screen') });
          console.log(path.join(out, name));
        }
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
