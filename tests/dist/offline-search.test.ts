/**
 * Search without a network, in Chromium, on the build served by Debian's nginx with the shipped configuration
 * (so with its cache policy): a search made online works again offline, although Pagefind asks for its entry
 * file with a new cache-busting query each time, and a search needing index files that were never fetched says
 * plainly that it needs the network.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/vi';
import { CHROMIUM_PATH } from '../helpers/browser';
import { startNginx, type Nginx } from '../helpers/nginx';
import { DIST } from '../helpers/preview';

// Two searches on the starter content; the second finds pages the first does not show (checked below, online).
const FIRST = 'liên gia';
const SECOND = 'vũ khí';

let nginx: Nginx;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const entryRequests: string[] = [];

beforeAll(async () => {
  nginx = await startNginx(DIST);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', ...nginx.chromiumArgs] });
  context = await browser.newContext();
  // Requests made by the service worker too: Pagefind's entry file, with the query it is asked for.
  context.on('request', (request) => {
    if (request.url().includes('/pagefind/pagefind-entry.json')) entryRequests.push(request.url());
  });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
});

const status = () => page.locator('#search-status');

async function settled(): Promise<string> {
  await page.waitForFunction(() => {
    const text = document.querySelector('#search-status')?.textContent ?? '';
    return text !== '' && !text.startsWith('Đang');
  });
  return (await status().textContent()) ?? '';
}

const resultPaths = () => page.locator('#search-results .result-title a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

async function search(query: string) {
  await page.locator('#search-q').fill(query);
  await page.locator('#search-q').press('Enter');
  return settled();
}

/** Pagefind result id (the fragment's file name) → page address, from the built index. */
function fragmentUrls(): Map<string, string> {
  const dir = join(DIST, 'pagefind', 'fragment');
  return new Map(
    readdirSync(dir).map((file) => {
      const raw = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
      return [file.replace(/\.pf_fragment$/, ''), (JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string }).url];
    }),
  );
}

const cachedPaths = (cache: string) => page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname + new URL(r.url).search), cache);

describe('search offline', () => {
  let online: string[];
  let fragmentsStored: string[];

  it('online: the worker takes over, and a search stores what it fetched', async () => {
    await page.goto(`${nginx.origin}/tim-kiem/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    });
    expect(await search(FIRST)).toMatch(/^Tìm thấy \d+ kết quả/);
    online = await resultPaths();
    expect(online.length).toBeGreaterThan(0);
    // Pagefind asked for its entry file with a cache-busting query…
    expect(entryRequests.some((url) => /pagefind-entry\.json\?ts=\d+/.test(url))).toBe(true);
    // …and the worker stored one copy, under the address without it.
    await expect.poll(() => cachedPaths('antq-tim-kiem')).toContain('/pagefind/pagefind-entry.json');
    expect((await cachedPaths('antq-tim-kiem')).filter((p) => p.includes('?'))).toEqual([]);
    fragmentsStored = (await cachedPaths('antq-tim-kiem-manh')).filter((p) => p.endsWith('.pf_fragment'));
    expect(fragmentsStored.length).toBeGreaterThanOrEqual(online.length);
  });

  it('offline: the same search on a reloaded page gives the same results', async () => {
    await context.setOffline(true);
    const before = entryRequests.length;
    await page.goto(`${nginx.origin}/tim-kiem/?q=${encodeURIComponent(FIRST)}`);
    expect(await settled()).toMatch(/^Tìm thấy \d+ kết quả/);
    expect(await resultPaths()).toEqual(online);
    // A new query string again, answered from the stored copy.
    const asked = entryRequests.slice(before);
    expect(asked.some((url) => /pagefind-entry\.json\?ts=\d+/.test(url))).toBe(true);
  });

  it('offline: a search needing files never fetched says it needs the network', async () => {
    expect(await search(SECOND)).toBe(t('search.offline'));
    expect(await page.locator('#search-results').isHidden()).toBe(true);
  });

  it('back online, that search works, and it did need files the first one had not fetched', async () => {
    await context.setOffline(false);
    expect(await search(SECOND)).toMatch(/^Tìm thấy \d+ kết quả/);
    const second = await resultPaths();
    const urls = fragmentUrls();
    const storedUrls = new Set(fragmentsStored.map((p) => urls.get(p.split('/').pop()!.replace(/\.pf_fragment$/, ''))));
    expect(second.filter((path) => !storedUrls.has(path)).length).toBeGreaterThan(0);
  });
});
