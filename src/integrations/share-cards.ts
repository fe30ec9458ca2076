/**
 * Tells the share-card routes where to keep drawn cards between builds: a folder in Astro's cacheDir
 * (node_modules/.astro by default), which CI already keeps for optimised images. Exposed to the routes as the
 * build-time constant __SHARE_CARD_CACHE__ (declared in src/env.d.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

export function shareCards(): AstroIntegration {
  return {
    name: 'antq-share-cards',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const dir = fileURLToPath(new URL('share-cards/', config.cacheDir));
        updateConfig({ vite: { define: { __SHARE_CARD_CACHE__: JSON.stringify(dir) } } });
      },
    },
  };
}
