// Bytes a reader downloads for the search page and for a first query, measured in Chromium.
// Needs a server for dist/ on PREVIEW_URL (e.g. `npm run preview -- --port 4400`).
// node scripts/search-bytes.mjs ["hoa giai"]  → JSON: bytes per phase (page load, first query) and per file.
import { chromium } from 'playwright-core';
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const base = process.env.PREVIEW_URL ?? 'http://127.0.0.1:4321';
const query = process.argv[2] ?? 'hoa giai';
const dist = join(import.meta.dirname, '..', 'dist');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
const page = await context.newPage();
// Playwright reports the Web Worker's requests (Pagefind searches in one) on the page too.
let finished = [];
page.on('requestfinished', (request) => {
  finished.push(
    request
      .sizes()
      .then((sizes) => ({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize })),
  );
});
async function snapshot() {
  const list = await Promise.all(finished);
  finished = [];
  return list;
}
function gzipOf(url) {
  const path = new URL(url).pathname;
  const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
  return existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0;
}
function summary(list) {
  return {
    requests: list.length,
    bytes: list.reduce((s, r) => s + r.bytes, 0),
    gzipBytes: list.reduce((s, r) => s + gzipOf(r.url), 0),
    note: 'bytes = transferred (headers + body as served); gzipBytes = gzip -9 of the same files in dist/',
    files: list.map((r) => `${new URL(r.url).pathname} ${r.bytes}`),
  };
}

await page.goto(`${base}/tim-kiem/`, { waitUntil: 'networkidle' });
const pageLoad = summary(await snapshot());
await page.fill('#search-q', query);
await page.press('#search-q', 'Enter');
await page.waitForFunction(() => {
  const text = document.querySelector('#search-status')?.textContent ?? '';
  return text !== '' && !text.startsWith('Đang');
});
await page.waitForLoadState('networkidle');
const firstQuery = summary(await snapshot());
console.log(JSON.stringify({ query, searchPage: pageLoad, firstQuery }, null, 1));
await browser.close();
