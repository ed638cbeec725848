/**
 * The `quote-cards` Astro integration: draws each statement's 1200×630 link-preview card
 * (`/statements/<id>/card.png`) after the pages are built, reusing cached cards. Runs in the build (astro.config.mjs).
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { CheckedEntry } from '../lib/content-files/content-check.ts';
import { previewInputFor } from '../lib/sharing/previews.ts';
import { cachedCardFile, cardInputFor, cardModel, cardSummary, placeCard, storeCachedCard, type CardModel, type CardStats } from '../lib/sharing/quote-card.ts';
import { SIDES } from '../schemas/actors.ts';
import { readBuiltContent, statementsWithLookups } from './built-content.ts';
import { urls } from '../lib/routes/urls.ts';

/** Where drawn cards are kept between builds, keyed by a hash of what they show; `QUOTE_CARDS_CACHE` overrides it. */
export const CARD_CACHE_DIR = 'node_modules/.cache/quote-cards';

/** The card models of every statement, from the checked content: the same input as the statement page's preview. */
export function statementCards(entries: readonly CheckedEntry[], siteName: string): { id: string; model: CardModel }[] {
  const { statements, actor, source } = statementsWithLookups(entries);
  return statements.map(({ id, data }) => {
    const side = actor(data.speaker.id).side;
    const preview = previewInputFor(data, actor, source);
    return { id, model: cardModel(cardInputFor(preview, { id: side, label: SIDES[side] }, siteName)) };
  });
}

/**
 * Draws cards in worker threads (as many as there are cores, at most
 * `limit`), handing each PNG to `drawn` as it arrives, so that no more than
 * one card per worker is held in memory.
 */
async function drawAll(models: readonly CardModel[], limit: number, drawn: (index: number, png: Buffer) => void): Promise<void> {
  let next = 0;
  const size = Math.min(limit, availableParallelism(), models.length);
  const workerFile = fileURLToPath(new URL('./quote-card-worker.ts', import.meta.url));
  await Promise.all(
    Array.from({ length: size }, () =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(workerFile);
        const send = () => {
          if (next >= models.length) {
            void worker.terminate().then(() => resolve());
            return;
          }
          const index = next++;
          worker.postMessage({ index, model: models[index] });
        };
        worker.on('message', ({ index, png }: { index: number; png: Uint8Array }) => {
          drawn(index, Buffer.from(png.buffer, png.byteOffset, png.byteLength));
          send();
        });
        worker.on('error', reject);
        send();
      }),
    ),
  );
}

/**
 * Writes `statements/<id>/card.png`, the 1200×630 quote card a statement's
 * link preview shows (`og:image`). A card whose inputs are unchanged is
 * linked from the cache; the others are drawn in parallel. Prints one line:
 * "quote cards: 30 (28 cached, 2 drawn in 1.2 s, 40 ms each)".
 */
export function quoteCards(options: { siteName: string; workers?: number }): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'quote-cards',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const cacheDir = path.resolve(root, process.env['QUOTE_CARDS_CACHE'] || CARD_CACHE_DIR);
        const cards = statementCards(readBuiltContent(path.join(root, 'content')), options.siteName);
        const stats: CardStats = { cached: 0, drawn: 0, drawMs: 0 };
        const target = (id: string) => path.join(fileURLToPath(dir), urls.statementCard(id));
        const missing: { id: string; model: CardModel }[] = [];
        for (const card of cards) {
          const cached = cachedCardFile(card.model, cacheDir);
          if (cached) placeCard(cached, target(card.id));
          else missing.push(card);
        }
        stats.cached = cards.length - missing.length;
        if (missing.length > 0) {
          const started = performance.now();
          await drawAll(
            missing.map((card) => card.model),
            options.workers ?? 2,
            (index, png) => placeCard(storeCachedCard(missing[index]!.model, cacheDir, png), target(missing[index]!.id)),
          );
          stats.drawMs = performance.now() - started;
          stats.drawn = missing.length;
        }
        logger.info(cardSummary(stats));
      },
    },
  };
}
