/**
 * Offline reading: after the build, dist/sw.js is made from src/client/service-worker.ts (what is cached, and
 * how). esbuild bundles the Workbox modules it uses, then Workbox's injectManifest writes the precache list of
 * the shell into it. (workbox-build's generateSW made the same worker with Rollup, Babel and Terser, more than
 * ten times slower: docs/performance.md.)
 *
 * Ordering: the worker precaches nothing from /pagefind/ and reads nothing from other integrations' output
 * except the Astro build itself, so it gives the same result whether the search index is written before
 * or after it (an integration hook or a post-build script). It is listed last in astro.config.mjs anyway.
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { injectManifest } from 'workbox-build';

const WORKER_SOURCE = fileURLToPath(new URL('../client/service-worker.ts', import.meta.url));

/** The shell, precached on install: small, and needed by every page or by the offline fallback. */
const PRECACHED = [
  '_astro/*.css',
  'ngoai-tuyen/index.html',
  'offline-pages.js',
  'favicon.svg',
  'icons/*.png',
  'manifest.webmanifest',
];

/** The worker's code, bundled and minified; `self.__WB_MANIFEST` is left for injectManifest to fill. */
async function bundleServiceWorker(): Promise<string> {
  const result = await build({
    entryPoints: [WORKER_SOURCE],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2020',
    // Workbox keeps its logging and assertions behind this; production leaves them out.
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

export async function buildServiceWorker(distDir: string) {
  const temp = await mkdtemp(join(tmpdir(), 'antq-sw-'));
  try {
    const swSrc = join(temp, 'sw.js');
    await writeFile(swSrc, await bundleServiceWorker());
    return await injectManifest({
      swSrc,
      swDest: join(distDir, 'sw.js'),
      globDirectory: distDir,
      globPatterns: PRECACHED,
      // Precache "ngoai-tuyen/" rather than "ngoai-tuyen/index.html", the URL the fallback asks for.
      manifestTransforms: [
        async (entries) => ({
          manifest: entries.map((e) => ({ ...e, url: e.url.replace(/(^|\/)index\.html$/, '$1') })),
          warnings: [],
        }),
      ],
    });
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

export default function offline(): AstroIntegration {
  return {
    name: 'antq-offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, warnings } = await buildServiceWorker(fileURLToPath(dir));
        for (const w of warnings) logger.warn(w);
        logger.info(`sw.js: ${count} tệp dựng sẵn (${Math.round(size / 1024)} KB)`);
      },
    },
  };
}
