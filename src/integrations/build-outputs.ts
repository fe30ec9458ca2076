/**
 * Tells the routes where to keep what they draw between builds (share cards, leaflet PDFs): a folder in Astro's
 * cacheDir (node_modules/.astro by default), which CI already keeps for optimised images. Exposed to the routes as
 * the build-time constant __BUILD_OUTPUTS_CACHE__, beside __LEAFLET_WORKER__, the source file of the thread that
 * draws leaflet PDFs (the bundled routes cannot find it from their own address). Both declared in src/env.d.ts.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

export function buildOutputsCache(): AstroIntegration {
  return {
    name: 'antq:build-outputs-cache',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const dir = fileURLToPath(new URL('antq-outputs/', config.cacheDir));
        const leafletWorker = fileURLToPath(new URL('../build/leaflet-worker.ts', import.meta.url));
        updateConfig({
          vite: {
            define: {
              __BUILD_OUTPUTS_CACHE__: JSON.stringify(dir),
              __LEAFLET_WORKER__: JSON.stringify(leafletWorker),
            },
          },
        });
      },
    },
  };
}
