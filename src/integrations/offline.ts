/**
 * Offline reading: after the build, Workbox writes dist/sw.js.
 *
 * - Precached (the shell only, never the whole site): CSS, the offline page and its script, icons, manifest.
 * - Pages: NetworkFirst without a timeout, so a reader online always gets the current page; the copy is
 *   kept (up to 80 pages) for when the network is gone. A page never opened falls back to /ngoai-tuyen/.
 * - /_astro/ files have content hashes in their names: CacheFirst is safe for them.
 * - /pagefind/ files: StaleWhileRevalidate, so a search already made works again offline.
 *
 * Ordering: the worker precaches nothing from /pagefind/ and reads nothing from other integrations' output
 * except the Astro build itself, so it gives the same result whether the search index is written before
 * or after it (an integration hook or a post-build script). It is listed last in astro.config.mjs anyway.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';

export const PAGE_CACHE = 'antq-trang';
export const OFFLINE_PATH = '/ngoai-tuyen/';

export async function buildServiceWorker(distDir: string) {
  return generateSW({
    globDirectory: distDir,
    globPatterns: ['_astro/*.css', 'ngoai-tuyen/index.html', 'offline-pages.js', 'favicon.svg', 'icons/*.png', 'manifest.webmanifest'],
    // Precache "ngoai-tuyen/" rather than "ngoai-tuyen/index.html", the URL the fallback asks for.
    manifestTransforms: [async (entries) => ({ manifest: entries.map((e) => ({ ...e, url: e.url.replace(/(^|\/)index\.html$/, '$1') })), warnings: [] })],
    swDest: join(distDir, 'sw.js'),
    mode: 'production',
    sourcemap: false,
    inlineWorkboxRuntime: true,
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    runtimeCaching: [
      {
        // The CMS at /admin/ is for editors online; it is not kept for offline reading.
        urlPattern: ({ request, url }) => request.mode === 'navigate' && !url.pathname.startsWith('/admin'),
        handler: 'NetworkFirst',
        options: { cacheName: 'antq-trang', expiration: { maxEntries: 80 }, precacheFallback: { fallbackURL: '/ngoai-tuyen/' } },
      },
      {
        urlPattern: ({ url }) => url.pathname.startsWith('/_astro/'),
        handler: 'CacheFirst',
        options: { cacheName: 'antq-tep', expiration: { maxEntries: 300 } },
      },
      {
        urlPattern: ({ url }) => url.pathname.startsWith('/pagefind/'),
        handler: 'StaleWhileRevalidate',
        options: { cacheName: 'antq-tim-kiem', expiration: { maxEntries: 300 } },
      },
    ],
  });
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
