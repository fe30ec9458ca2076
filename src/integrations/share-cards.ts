/**
 * Tells the share-card routes where to keep drawn cards between builds: a folder in Astro's cacheDir
 * (node_modules/.astro by default), which CI already keeps for optimised images; and where the worker that
 * draws them is (src/lib/og-card-worker.ts, run by Node as it is). Exposed to the routes as the build-time
 * constants __SHARE_CARD_CACHE__ and __SHARE_CARD_WORKER__ (declared in src/env.d.ts).
 * Also has Astro prerender the cards after every page (see src/lib/build-order.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { shareCardsLast } from '../lib/build-order';

export function shareCards(): AstroIntegration {
  return {
    name: 'antq-share-cards',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const dir = fileURLToPath(new URL('share-cards/', config.cacheDir));
        const worker = fileURLToPath(new URL('lib/og-card-worker.ts', config.srcDir));
        updateConfig({ vite: { define: { __SHARE_CARD_CACHE__: JSON.stringify(dir), __SHARE_CARD_WORKER__: JSON.stringify(worker) } } });
      },
      'astro:build:start': ({ setPrerenderer }) => {
        // Astro's own prerenderer, only with the paths in another order.
        setPrerenderer((standard) => ({ ...standard, name: 'antq-share-cards-last', getStaticPaths: async () => shareCardsLast(await standard.getStaticPaths()) }));
      },
    },
  };
}
