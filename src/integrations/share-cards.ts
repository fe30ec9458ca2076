/**
 * Tells the share-card routes where to keep drawn cards between builds: a folder in Astro's cacheDir
 * (node_modules/.astro by default), which CI already keeps for optimised images; and where the worker that
 * draws them is (src/lib/og-card-worker.ts, run by Node as it is). Exposed to the routes as the build-time
 * constants __SHARE_CARD_CACHE__ and __SHARE_CARD_WORKER__ (declared in src/env.d.ts).
 * When the pages are built, writes the entries' cards into dist/ (see src/lib/share-card-files.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { takeCardPlan, writeCardFiles } from '../lib/share-card-files';

export function shareCards(): AstroIntegration {
  return {
    name: 'antq-share-cards',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const dir = fileURLToPath(new URL('share-cards/', config.cacheDir));
        const worker = fileURLToPath(new URL('lib/og-card-worker.ts', config.srcDir));
        updateConfig({ vite: { define: { __SHARE_CARD_CACHE__: JSON.stringify(dir), __SHARE_CARD_WORKER__: JSON.stringify(worker) } } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const plan = takeCardPlan();
        if (!plan) return;
        const started = performance.now();
        const written = await writeCardFiles(plan, fileURLToPath(dir));
        logger.info(`${written} thẻ chia sẻ trong ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
