/**
 * The service worker for offline reading, made of Workbox's own modules (bundled into dist/sw.js by
 * src/integrations/offline.ts, which also fills in the precache list where `self.__WB_MANIFEST` stands).
 *
 * - Precached (the shell only, never the whole site): CSS, the offline page and its script, icons, manifest.
 * - Pages: NetworkFirst without a timeout, so a reader online always gets the current page (an urgent alert
 *   with it); the copy is kept (up to 80 pages) for when the network is gone, one per path: the query string
 *   never changes a static page (/tim-kiem/?q=… reads it in the browser). A page never opened falls back to
 *   /ngoai-tuyen/.
 * - /_astro/ files have content hashes in their names: CacheFirst is safe for them.
 * - Pagefind: its hashed index chunks, fragments and filters CacheFirst; its other files (script, entry,
 *   metadata, WebAssembly, the sort orders) NetworkFirst, stored without their query string, since Pagefind
 *   asks for `pagefind-entry.json?ts=<now>` on every load. So a search made online works again offline, and a
 *   search needing chunks never fetched fails, which the search page reports as needing the network.
 *
 * The cache names are read by public/sw-register.js and public/offline-pages.js too.
 */
import { clientsClaim } from 'workbox-core';
import type { WorkboxPlugin } from 'workbox-core/types';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, precacheAndRoute, PrecacheFallbackPlugin } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';

// The few parts of ServiceWorkerGlobalScope used here: the project's TypeScript has the DOM library, and adding
// the WebWorker one next to it makes the two collide.
declare const self: {
  __WB_MANIFEST: { url: string; revision: string | null }[];
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install', listener: () => void): void;
};

// Workbox's plugin classes declare their optional hooks as `T | undefined`, which the project's strictest
// setting (exactOptionalPropertyTypes) will not take for its `WorkboxPlugin`; they are plugins all the same.
const plugins = (...list: object[]) => list as WorkboxPlugin[];

const PAGE_CACHE = 'antq-trang';
const ASSET_CACHE = 'antq-tep';
const SEARCH_CACHE = 'antq-tim-kiem';
const SEARCH_CHUNK_CACHE = 'antq-tim-kiem-manh';
const OFFLINE_PATH = '/ngoai-tuyen/';

/** One stored copy per path, whatever the query string: the key read and written is the URL without it. */
const withoutQuery: WorkboxPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => {
    const url = new URL(request.url);
    url.search = '';
    return url.href;
  },
};

/** Pagefind's files named by a hash of their content. */
const isSearchChunk = (pathname: string) => /\.pf_(?:index|fragment|filter)$/.test(pathname);

// A new version takes over at once: pages come from the network first, so no open tab depends on the old one.
self.addEventListener('install', () => void self.skipWaiting());
clientsClaim();

cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);

registerRoute(
  // The CMS at /admin/ is for editors online; it is not kept for offline reading.
  ({ request, url }) => request.mode === 'navigate' && !url.pathname.startsWith('/admin'),
  new NetworkFirst({
    cacheName: PAGE_CACHE,
    plugins: plugins(
      withoutQuery,
      new ExpirationPlugin({ maxEntries: 80 }),
      new PrecacheFallbackPlugin({ fallbackURL: OFFLINE_PATH }),
    ),
  }),
);
registerRoute(
  ({ url }) => url.pathname.startsWith('/_astro/'),
  new CacheFirst({ cacheName: ASSET_CACHE, plugins: plugins(new ExpirationPlugin({ maxEntries: 300 })) }),
);
registerRoute(
  ({ url }) => url.pathname.startsWith('/pagefind/') && isSearchChunk(url.pathname),
  new CacheFirst({ cacheName: SEARCH_CHUNK_CACHE, plugins: plugins(new ExpirationPlugin({ maxEntries: 300 })) }),
);
registerRoute(
  ({ url }) => url.pathname.startsWith('/pagefind/'),
  new NetworkFirst({
    cacheName: SEARCH_CACHE,
    plugins: plugins(withoutQuery, new ExpirationPlugin({ maxEntries: 30 })),
  }),
);
