/**
 * An editor's session, end to end: /admin in headless Chromium against Decap's local backend (decap-server,
 * git mode, bound to 127.0.0.1) on a scratch git copy of the project. The CMS writes real files; the test then
 * checks them against the schema and builds the copy to see the new page.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import sharp from 'sharp';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figure } from '../../cms/editor-components';
import { articleSchema } from '../../src/schemas/article';
import { adminPolicy } from '../../src/lib/security/csp';
import { launchBrowser } from '../helpers/browser';
import { freePort, ROOT } from '../helpers/preview';
import { makeScratchCopy, type Scratch } from '../helpers/scratch';

const TITLE = 'Đảng ủy xã Cao Sơn khen thưởng tổ hòa giải';
const SLUG = 'dang-uy-xa-cao-son-khen-thuong-to-hoa-giai';
const ALT = 'Tổ hòa giải thôn Khau Cà nhận giấy khen tại nhà văn hóa';
const ARTICLES = 'src/content/articles';

let scratch: Scratch;
let server: ChildProcess;
let preview: { url: string; close(): Promise<void> };
let browser: Browser;
let photo: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: scratch.dir, encoding: 'utf8' }).trim();

/** Yesterday in Vietnam, so the new article counts as published whenever the test runs. */
const yesterday = new Date(Date.now() - 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);

async function startDecapServer(dir: string, port: number): Promise<ChildProcess> {
  const child = spawn(join(ROOT, 'node_modules', '.bin', 'decap-server'), [], {
    cwd: dir,
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: 'git', GIT_REPO_DIRECTORY: dir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}/api/v1`;
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`decap-server thoát sớm:\n${output}`);
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' });
      if (response.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`decap-server không phản hồi:\n${output}`);
}

let backendOrigin = '';

/** `npm run build` without the search index, which the CMS does not need: the site, then the CMS bundle. */
async function buildSite(): Promise<{ code: number; output: string }> {
  const site = await scratch.run(['build'], buildEnv);
  return site.code === 0 ? scratch.node(['scripts/build-cms.mjs']) : site;
}
let buildEnv: Record<string, string> = {};

async function newPage(): Promise<{ page: Page; violations: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return { page, violations };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.xml': 'application/xml', '.wasm': 'application/wasm', '.jpg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp', '.avif': 'image/avif',
};

/**
 * Serves the copy's dist/ as a host would, with the admin policy on /admin/ (what public/_headers does in
 * production). A real loopback server, because Chromium refuses loopback requests from intercepted documents.
 */
async function serveDist(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const root = join(dir, 'dist');
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404).end();
    const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
    if (path.startsWith('/admin/')) headers['content-security-policy'] = adminPolicy([backendOrigin]);
    response.writeHead(200, headers);
    createReadStream(file).pipe(response);
  });
  const port = await freePort();
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}

async function openNewArticle(page: Page): Promise<void> {
  await page.goto(`${preview.url}/admin/`);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.goto(`${preview.url}/admin/#/collections/articles/new`);
  await page.getByLabel('Tiêu đề').waitFor();
}

/** Everything but the author, which each test fills (or not). */
async function fillArticle(page: Page, title: string): Promise<void> {
  await page.getByLabel('Tiêu đề').fill(title);
  await page.getByLabel('Sapo (tóm tắt)').fill('Tổ hòa giải thôn Khau Cà được khen thưởng vì đã hòa giải thành công nhiều vụ việc.');
  await page.getByLabel('Ngày đăng').fill(yesterday);
  await page.getByLabel('Chuyên mục').click();
  await page.getByRole('option', { name: 'Biểu dương, khen thưởng' }).click();
  await page.locator('[data-slate-editor="true"]').click();
  await page.keyboard.type('Đảng ủy xã Cao Sơn đã khen thưởng tổ hòa giải thôn Khau Cà.');
}

beforeAll(async () => {
  scratch = makeScratchCopy();
  git('init', '-q', '-b', 'main');
  // The copy's own build cache and the linked node_modules are not content.
  writeFileSync(join(scratch.dir, '.git/info/exclude'), '.cache/\nnode_modules\n');
  git('config', 'user.name', 'Biên tập viên');
  git('config', 'user.email', 'bientap@example.org');
  git('add', '-A');
  git('commit', '-qm', 'Bản sao để thử CMS');
  const port = await freePort();
  server = await startDecapServer(scratch.dir, port);
  backendOrigin = `http://127.0.0.1:${port}`;
  buildEnv = { CMS_LOCAL_BACKEND: `http://127.0.0.1:${port}/api/v1` };
  const build = await buildSite();
  if (build.code !== 0) throw new Error(build.output);
  preview = await serveDist(scratch.dir);
  browser = await launchBrowser();
  photo = join(mkdtempSync(join(tmpdir(), 'antq-photo-')), 'anh-thu.jpg');
  await sharp({ create: { width: 800, height: 500, channels: 3, background: { r: 40, g: 110, b: 70 } } }).jpeg().toFile(photo);
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
  server?.kill();
  scratch?.remove();
  if (photo) rmSync(dirname(photo), { recursive: true, force: true });
});

describe('editing through /admin (Decap CMS, local git backend)', () => {
  it('refuses to save with a required field empty, in Vietnamese, and writes nothing', async () => {
    const { page, violations } = await newPage();
    try {
      await openNewArticle(page);
      await fillArticle(page, 'Bài thiếu tác giả');
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      // Decap's own Vietnamese messages: a toast (role=alert) and the error next to the empty field.
      await expect.poll(async () => (await page.getByRole('alert').allInnerTexts()).join(' | ')).toContain('Bạn còn thiếu vài thông tin bắt buộc');
      await expect.poll(() => page.getByText('Tác giả / đơn vị bắt buộc nhập.').count()).toBe(1);
      expect(violations).toEqual([]);
    } finally {
      await page.close();
    }
    expect(git('status', '--porcelain')).toBe('');
    expect(git('branch', '--list').split('\n').map((b) => b.replace('*', '').trim())).toEqual(['main']);
    expect(readdirSync(join(scratch.dir, ARTICLES)).some((f) => f.startsWith('bai-thieu'))).toBe(false);
  });

  it('creates an article with a relation and a photo, named by the slug rules, that passes the schema and builds', async () => {
    const { page, violations } = await newPage();
    try {
      await openNewArticle(page);
      // Typed decomposed (NFD), as some Vietnamese keyboards do: the file name and text must still be right.
      await fillArticle(page, TITLE.normalize('NFD'));
      await page.getByLabel('Tác giả / đơn vị').fill('Công an xã Cao Sơn');
      await page.getByLabel('Địa bàn liên quan').click();
      await page.keyboard.type('Cao');
      await page.getByRole('option', { name: 'Cao Sơn' }).click();
      await page.getByRole('button', { name: 'Chọn một hình' }).click();
      await page.locator('input[type=file]').setInputFiles(photo);
      await page.getByRole('button', { name: 'Lấy những cái đã chọn' }).click();
      await page.getByLabel('Mô tả ảnh (alt)').fill(ALT);
      // The preview pane shows the uploaded photo with its alt text.
      const frame = page.locator('iframe').first().contentFrame();
      await expect.poll(() => frame.getByRole('img', { name: ALT }).count()).toBe(1);

      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      await page.waitForURL(new RegExp(`/entries/${SLUG}$`), { timeout: 60_000 });
      await page.getByRole('button', { name: /Trạng/ }).click();
      await page.getByRole('menuitem', { name: /Sẵn sàng/ }).click();
      page.on('dialog', (dialog) => void dialog.accept());
      await page.getByRole('button', { name: 'Công bố', exact: true }).click();
      await page.getByRole('menuitem', { name: 'Công bố ngay' }).click();
      await expect.poll(() => existsSync(join(scratch.dir, ARTICLES, `${SLUG}.mdx`)), { timeout: 20_000 }).toBe(true);
      expect(violations).toEqual([]);
    } catch (error) {
      // Leave a picture of the editor for whoever reads the failure.
      await page.screenshot({ path: join(ROOT, '.tmp', 'cms-test-failure.png') }).catch(() => undefined);
      throw new Error(`${(error as Error).message}\nVi phạm CSP: ${violations.join('\n') || 'không có'}`, { cause: error });
    } finally {
      await page.close();
    }

    const file = join(scratch.dir, ARTICLES, `${SLUG}.mdx`);
    const source = readFileSync(file, 'utf8');
    expect(source.normalize('NFC')).toBe(source);
    const frontmatter = parseYaml(/^---\n([\s\S]*?)\n---/.exec(source)![1]!) as Record<string, unknown>;
    const exists = (path: string) => existsSync(path);
    const tools = {
      image: () => z.string().refine((src) => src.startsWith('../../assets/images/articles/') && exists(resolve(dirname(file), src)), 'ảnh không nằm trong src/assets/images/articles'),
      reference: (collection: string) =>
        z
          .string()
          .refine((id) => exists(join(scratch.dir, 'src/content', collection, `${id}.json`)) || exists(join(scratch.dir, 'src/content', collection, `${id}.mdx`)), `không có trong ${collection}`)
          .transform((id) => ({ collection, id })),
    };
    const parsed = articleSchema(tools).parse(frontmatter);
    expect(parsed.title).toBe(TITLE);
    expect(parsed.localities).toEqual([{ collection: 'localities', id: 'xa-cao-son' }]);
    expect(parsed.cover?.alt).toBe(ALT);

    // The block the "Ảnh có chú thích" editor component writes renders through astro:assets like the cover.
    const figureBlock = figure.toBlock({ src: (frontmatter.cover as { src: string }).src, alt: 'Giấy khen của Đảng ủy xã', caption: 'Ảnh: Công an xã Cao Sơn' });
    writeFileSync(file, `${source.trimEnd()}\n\n${figureBlock}\n`);

    // Same variables as the first build, so /admin/ in the new dist still talks to the local backend.
    const build = await buildSite();
    expect(build.code, build.output).toBe(0);
    const html = readFileSync(join(scratch.dir, 'dist/tin-tuc', SLUG, 'index.html'), 'utf8');
    expect(html).toContain(TITLE);
    expect(html).toContain(`alt="${ALT}"`);
    expect(html).toMatch(/<source[^>]+type="image\/avif"/);
    const figureHtml = /<figure class="figure[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
    expect(figureHtml, html.slice(html.indexOf('<main'), html.indexOf('</main>'))).toMatch(/<picture[^>]*>[\s\S]*?<source[^>]+type="image\/avif"[\s\S]*?alt="Giấy khen của Đảng ủy xã"/);
    expect(figureHtml).toMatch(/<figcaption[^>]*>Ảnh: Công an xã Cao Sơn<\/figcaption>/);
  });

  it('opens and saves an existing guide (Notice, Steps, lesson, quiz) without changing its data or body', async () => {
    const path = 'src/content/guides/to-hoa-giai.mdx';
    const split = (text: string) => {
      const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
      return { data: parseYaml(frontmatter!) as Record<string, unknown>, body: body ?? '' };
    };
    const before = split(readFileSync(join(scratch.dir, path), 'utf8'));
    expect(before.body).toMatch(/<Steps>|<Notice/);
    const { page, violations } = await newPage();
    try {
      await page.goto(`${preview.url}/admin/`);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.goto(`${preview.url}/admin/#/collections/guides/entries/to-hoa-giai`);
      const summary = page.getByLabel('Tóm tắt', { exact: true });
      await summary.waitFor();
      // The smallest edit that enables saving: the schema trims it away again.
      await summary.fill(`${await summary.inputValue()} `);
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      await expect.poll(() => git('branch', '--list', 'cms/guides/to-hoa-giai'), { timeout: 30_000 }).toContain('cms/guides/to-hoa-giai');
      expect(violations).toEqual([]);
    } finally {
      await page.close();
    }
    const after = split(git('show', `cms/guides/to-hoa-giai:${path}`) + '\n');
    expect(after.body.trimEnd()).toBe(before.body.trimEnd());
    expect({ ...after.data, summary: String(after.data.summary).trim() }).toEqual(before.data);
  });
});
