/**
 * Offline reading in a real browser, on a scratch copy of dist/ served by a small static server (so a
 * page can be changed on "the server" without touching the real build): pages opened before are readable
 * offline, a page never opened gives the offline page listing what is stored, and back online a changed
 * page comes fresh from the network, never from the cache.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { sourceEntries } from '../helpers/content';
import { DIST } from '../helpers/preview';
import { serveStatic, type StaticServer } from '../helpers/static-server';

// An article with a cover, so the test also sees its image (a hashed /_astro/ file) work offline.
const [article] = sourceEntries('articles').filter((e) => e.published && e.data.cover);
const [guide] = sourceEntries('guides').filter((e) => e.published);
const FIRST = '/';
const SECOND = article!.path;
const NEVER = guide!.path;

let dir: string;
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

/** Paths in the worker's page cache, as the page sees them. */
const storedPaths = () => page.evaluate(async () => (await (await caches.open('antq-trang')).keys()).map((r) => new URL(r.url).pathname));

async function waitForStored(path: string) {
  await expect.poll(storedPaths, { timeout: 20_000 }).toContain(path);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'antq-offline-'));
  cpSync(DIST, dir, { recursive: true });
  // A stand-in for a Pagefind index file (the search index is built by another step), to check its route.
  mkdirSync(join(dir, 'pagefind'), { recursive: true });
  writeFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), '{"version":"test","languages":{"vi":{"page_count":1}}}');
  server = await serveStatic(dir);
  browser = await launchBrowser();
  context = await browser.newContext();
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('offline reading', () => {
  it('installs the worker from the first page and keeps the pages a reader opens', async () => {
    await page.goto(server.url + FIRST);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    });
    await waitForStored(FIRST);
    await page.goto(server.url + SECOND);
    await waitForStored(SECOND);
    // A search made online fetches Pagefind files through the worker.
    expect(await page.evaluate(() => fetch('/pagefind/pagefind-entry.json').then((r) => r.json()))).toMatchObject({ version: 'test' });
    await expect.poll(() => page.evaluate(async () => (await (await caches.open('antq-tim-kiem')).keys()).length)).toBe(1);
    // Only the shell was precached: the unopened page is not stored.
    expect(await storedPaths()).not.toContain(NEVER);
  });

  it('offline, reloads a page it opened before', async () => {
    await context.setOffline(true);
    const requestsBefore = server.requests.length;
    await page.reload();
    expect(await page.locator('h1').first().textContent()).toBe(article!.data.title);
    // Its cover image came from the worker's cache of /_astro/ files, not a broken image.
    const cover = page.locator('article picture img').first();
    await expect.poll(() => cover.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    // A search already made still answers.
    expect(await page.evaluate(() => fetch('/pagefind/pagefind-entry.json').then((r) => r.json()))).toMatchObject({ version: 'test' });
    await page.goto(server.url + FIRST);
    expect(await page.title()).toContain('Toàn dân bảo vệ an ninh Tổ quốc');
    expect(server.requests.length, 'nothing reached the server while offline').toBe(requestsBefore);
  });

  it('offline, a page never opened gives the offline page listing the stored pages', async () => {
    await page.goto(server.url + NEVER);
    await expect.poll(() => page.locator('h1').first().textContent()).toBe('Không có kết nối mạng');
    const list = page.locator('#trang-da-luu a');
    await expect.poll(() => list.count()).toBeGreaterThanOrEqual(2);
    const links = await list.evaluateAll((as) => as.map((a) => ({ href: new URL((a as HTMLAnchorElement).href).pathname, text: a.textContent })));
    expect(links.map((l) => l.href)).toEqual(expect.arrayContaining([FIRST, SECOND]));
    expect(links.find((l) => l.href === SECOND)?.text).toContain(article!.data.title);
    expect(await page.locator('#chua-co-trang').isHidden()).toBe(true);
  });

  it('back online, a page changed on the server is served fresh, not from the cache', async () => {
    const file = join(dir, SECOND.slice(1), 'index.html');
    const changed = 'Bài đã được sửa trên máy chủ';
    writeFileSync(file, readFileSync(file, 'utf8').replace(`>${article!.data.title}</h1>`, `>${changed}</h1>`));
    await context.setOffline(false);
    await page.goto(server.url + SECOND);
    expect(await page.locator('h1').first().textContent()).toBe(changed);
    // And the stored copy is now the new one.
    const stored = await page.evaluate(async (path) => (await (await caches.open('antq-trang')).match(path))!.text(), SECOND);
    expect(stored).toContain(changed);
  });
});

describe('web app manifest', () => {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));
  it('is in Vietnamese, standalone, and its PNG icons exist at their stated sizes', async () => {
    expect(manifest).toMatchObject({ lang: 'vi', start_url: '/', display: 'standalone' });
    const pngs = manifest.icons.filter((i: { type: string }) => i.type === 'image/png');
    expect(pngs.map((i: { purpose: string }) => i.purpose)).toEqual(expect.arrayContaining(['any', 'maskable']));
    for (const icon of pngs) {
      const meta = await sharp(join(DIST, icon.src)).metadata();
      expect(`${meta.width}x${meta.height}`, icon.src).toBe(icon.sizes);
    }
  });
  it('is linked from every page, with the home-screen icon', () => {
    const home = readFileSync(join(DIST, 'index.html'), 'utf8');
    expect(home).toContain('<link rel="manifest" href="/manifest.webmanifest">');
    expect(home).toContain('<link rel="apple-touch-icon" href="/icons/apple-touch-icon.png">');
  });
});
