/**
 * A deploy as an operator makes it, seen by a reader who had the site open: releases installed with
 * deploy/antq-release behind Debian's nginx (shipped configuration), Chromium with the service worker in
 * control. A changed page (an urgent alert) shows on the next reload and the next page opened; a page of the
 * previous release still finds the hashed stylesheet the new one no longer has; an unchanged page keeps its
 * ETag across the deploy; and a rollback brings the previous text back.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH } from '../helpers/browser';
import { sourceEntries } from '../helpers/content';
import { NGINX_HOST, startNginx, type Nginx } from '../helpers/nginx';
import { DIST, ROOT } from '../helpers/preview';

const SCRIPT = join(ROOT, 'deploy', 'antq-release');
const ALERT = 'Cảnh báo mới: đã dựng lại cổng';
const [article] = sourceEntries('articles').filter((e) => e.published);
const UNCHANGED = '/gioi-thieu/';

let work: string;
let base: string;
let nginx: Nginx;
let browser: Browser;
let page: Page;
let oldStylesheet: string;

const deploy = (source: string) => execFileSync(SCRIPT, ['install', source], { env: { ...process.env, ANTQ_BASE: base }, encoding: 'utf8' });

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * The next build: the stylesheet has a new hashed name and every page carries the alert, but one page left as
 * it was, byte for byte (it keeps the old stylesheet's name, which the deploy keeps serving).
 */
function nextBuild(): string {
  const dir = join(work, 'build-2');
  cpSync(DIST, dir, { recursive: true });
  const renamed = oldStylesheet.replace(/\.css$/, 'X.css');
  renameSync(join(dir, oldStylesheet), join(dir, renamed));
  for (const file of htmlFiles(dir)) {
    if (file.endsWith(join(UNCHANGED.slice(1), 'index.html'))) continue;
    const html = readFileSync(file, 'utf8').replaceAll(oldStylesheet, renamed).replace('<main ', `<p id="canh-bao-thu">${ALERT}</p><main `);
    writeFileSync(file, html);
  }
  return dir;
}

function head(path: string, headers: Record<string, string> = {}): Promise<{ status: number; etag?: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: nginx.httpsPort, path, method: 'HEAD', ca: nginx.ca, servername: NGINX_HOST, headers: { host: NGINX_HOST, ...headers }, agent: false },
      (res) => {
        res.resume();
        resolve({ status: res.statusCode!, etag: res.headers.etag });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'antq-release-nginx-'));
  base = join(work, 'www');
  oldStylesheet = join('_astro', readdirSync(join(DIST, '_astro')).find((f) => f.endsWith('.css') && readFileSync(join(DIST, 'index.html'), 'utf8').includes(f))!);
  deploy(DIST);
  nginx = await startNginx(join(base, 'current'));
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', ...nginx.chromiumArgs] });
  page = await (await browser.newContext()).newPage();
});

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

const alertShown = () => page.locator('#canh-bao-thu').count();

describe('a deploy reaches a reader who has the site open', () => {
  let unchangedEtag: string | undefined;

  it('the first release, with the service worker in control and the pages stored', async () => {
    await page.goto(`${nginx.origin}/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    });
    await page.goto(`${nginx.origin}${article!.path}`);
    await page.goto(`${nginx.origin}/`);
    expect(await alertShown()).toBe(0);
    unchangedEtag = (await head(UNCHANGED)).etag;
    expect(unchangedEtag).toBeTruthy();
  });

  it('after the deploy, a reload shows the alert, and so does the next page opened', async () => {
    deploy(nextBuild());
    await page.reload();
    expect(await alertShown()).toBe(1);
    await page.goto(`${nginx.origin}${article!.path}`);
    expect(await alertShown()).toBe(1);
  });

  it('a page of the previous release still gets its stylesheet, which the new build renamed', async () => {
    expect((await head(`/${oldStylesheet}`)).status).toBe(200);
    expect(readFileSync(join(base, 'current', 'index.html'), 'utf8')).not.toContain(oldStylesheet);
  });

  it('an unchanged page keeps its ETag across the deploy: browsers get 304, not the page again', async () => {
    const now = await head(UNCHANGED);
    expect(now.etag).toBe(unchangedEtag);
    expect((await head(UNCHANGED, { 'if-none-match': unchangedEtag! })).status).toBe(304);
  });

  it('after a rollback, a reload shows the previous release', async () => {
    execFileSync(SCRIPT, ['rollback'], { env: { ...process.env, ANTQ_BASE: base } });
    await page.reload();
    expect(await alertShown()).toBe(0);
  });
});
