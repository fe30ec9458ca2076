/**
 * A worker thread that draws share cards (see og-card-pool.ts). It runs as plain Node, which strips the types,
 * so og-card.ts and what it imports name their files with the .ts extension.
 */
import { parentPort } from 'node:worker_threads';
import { cardPng, type CardText } from './og-card.ts';

export interface CardJob {
  id: number;
  text: CardText;
  cacheDir: string | undefined;
}
export type CardReply = { id: number; png: Uint8Array } | { id: number; error: string };

parentPort?.on('message', async ({ id, text, cacheDir }: CardJob) => {
  let reply: CardReply;
  try {
    reply = { id, png: await cardPng(text, cacheDir) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
