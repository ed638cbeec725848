/**
 * A worker thread that draws quote cards for the `quote-cards` integration, one model per message.
 * Runs in a Node worker thread during the build.
 */
import { parentPort } from 'node:worker_threads';
import { renderCard } from '../lib/sharing/quote-card-render.ts';
import type { CardModel } from '../lib/sharing/quote-card.ts';

parentPort?.on('message', async (job: { index: number; model: CardModel }) => {
  const png = await renderCard(job.model);
  parentPort?.postMessage({ index: job.index, png });
});
