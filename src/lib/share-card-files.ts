/**
 * In a build, entry share cards are files, not Astro routes: the card route hands its list here, the worker pool
 * draws the cards while the pages render, and src/integrations/share-cards.ts writes them into dist/ once the
 * pages are done. Through Astro's route rendering each card cost about 1.5 ms more (5 s at 5,000 entries).
 * The route runs in the build's bundle and the integration in the config's, so they meet on a process-wide key.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { CardText } from './og-card.ts';

export interface CardSource {
  /** Starts drawing these cards in the background. */
  prefetch(texts: Iterable<CardText>): void;
  card(text: CardText): Promise<Buffer>;
}

export interface PlannedCard {
  /** Site path, e.g. /the-chia-se/articles/x.png */
  path: string;
  text: CardText;
}

interface CardPlan {
  source: CardSource;
  cards: PlannedCard[];
}

const KEY = Symbol.for('antq.share-card-files');
type WithPlan = { [KEY]?: CardPlan };

/** Starts drawing the cards and keeps the list for `writeCardFiles`. */
export function planCardFiles(source: CardSource, cards: PlannedCard[]): void {
  source.prefetch(cards.map((c) => c.text));
  (globalThis as WithPlan)[KEY] = { source, cards };
}

/** The planned cards, once: a second call (another build in the same process) starts from nothing. */
export function takeCardPlan(): CardPlan | undefined {
  const plan = (globalThis as WithPlan)[KEY];
  delete (globalThis as WithPlan)[KEY];
  return plan;
}

/**
 * Collects each planned card and writes it under `outDir`, in order and a few at a time: a card the workers
 * have not started is drawn by this thread, so asking for all of them at once would take every queued card away
 * from the workers.
 */
export async function writeCardFiles(plan: CardPlan, outDir: string, atOnce = 2): Promise<number> {
  const folders = new Map<string, Promise<unknown>>();
  let next = 0;
  const lane = async () => {
    while (next < plan.cards.length) {
      const { path, text } = plan.cards[next++]!;
      const file = join(outDir, ...path.split('/').filter(Boolean));
      const folder = dirname(file);
      if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
      const [png] = await Promise.all([plan.source.card(text), folders.get(folder)]);
      await writeFile(file, png);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, atOnce) }, lane));
  return plan.cards.length;
}
