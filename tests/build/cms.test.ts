/**
 * The built /admin (what is deployed) in headless Chromium, against the local content server (`npm run cms
 * --server-only`: decap-server behind its guard) on a scratch git copy of the project. The CMS writes real files;
 * the test then checks them against the schema and builds the copy to see the new page. The dev path editors use,
 * `npm run cms` with the dev server, is tests/build/cms-editing.test.ts.
 */
import {
  createReadStream,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import sharp from 'sharp';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figure } from '../../cms/editor-components';
import englishLocale from 'decap-cms-locales/dist/esm/en/index.js';
import { REQUIRED_GROUP_TEXTS, viLocale } from '../../cms/locale-vi';
import { articleSchema } from '../../src/schemas/article';
import { adminPolicy } from '../../src/lib/security/csp';
import { launchBrowser } from '../helpers/browser';
import { alertText } from '../helpers/cms-browser';
import { startLocalCms, type LocalCms } from '../helpers/local-cms';
import { ROOT } from '../helpers/preview';
import { makeScratchCopy, type Scratch } from '../helpers/scratch';

const TITLE = 'Đảng ủy xã Cao Sơn khen thưởng tổ hòa giải';
const SLUG = 'dang-uy-xa-cao-son-khen-thuong-to-hoa-giai';
const ALT = 'Tổ hòa giải thôn Khau Cà nhận giấy khen tại nhà văn hóa';
const ARTICLES = 'src/content/articles';

let scratch: Scratch;
let server: LocalCms;
let preview: { url: string; close(): Promise<void> };
let browser: Browser;
let photo: string;
const git = (...args: string[]) => scratch.git(...args);

/** Yesterday in Vietnam, so the new article counts as published whenever the test runs. */
const yesterday = new Date(Date.now() - 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);

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
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
};

/**
 * Serves the copy's dist/ as a host would, with the admin policy on /admin/ (what public/_headers does in
 * production). A real loopback server, because Chromium refuses loopback requests from intercepted documents.
 */
async function serveDist(dir: string, port: number): Promise<{ url: string; close(): Promise<void> }> {
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
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}

async function openNewArticle(page: Page): Promise<void> {
  await page.goto(`${preview.url}/admin/`);
  await page.getByRole('button', { name: 'Đăng nhập' }).click({ timeout: 60_000 });
  await page.goto(`${preview.url}/admin/#/collections/articles/new`);
  await page.getByLabel('Tiêu đề').waitFor({ timeout: 60_000 });
}

/** Everything but the author, which each test fills (or not). */
/** Every entry names where its facts come from: one source, by title. */
async function addSource(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Thêm nguồn thông tin' }).click();
  await page.getByLabel('Tên tài liệu nguồn').fill('Biên bản họp thôn (tài liệu thử nghiệm)');
}

async function fillArticle(page: Page, title: string): Promise<void> {
  await page.getByLabel('Tiêu đề').fill(title);
  await page
    .getByLabel('Sapo (tóm tắt)')
    .fill('Tổ hòa giải thôn Khau Cà được khen thưởng vì đã hòa giải thành công nhiều vụ việc.');
  await addSource(page);
  await page.getByLabel('Ngày biên soạn, đăng').fill(yesterday);
  await page.getByLabel('Chuyên mục').click();
  await page.getByRole('option', { name: 'Biểu dương, khen thưởng' }).click();
  await page.locator('[data-slate-editor="true"]').click();
  await page.keyboard.type('Đảng ủy xã Cao Sơn đã khen thưởng tổ hòa giải thôn Khau Cà.');
}

beforeAll(async () => {
  scratch = makeScratchCopy({ git: true });
  // The content server answers the admin page's origin only: the built /admin is served on the port it expects.
  server = await startLocalCms({ serverOnly: true, scratch });
  backendOrigin = new URL(server.api).origin;
  buildEnv = { CMS_LOCAL_BACKEND: server.api, CMS_BRANCH: 'cms-main' };
  const build = await buildSite();
  if (build.code !== 0) throw new Error(build.output);
  preview = await serveDist(scratch.dir, server.sitePort);
  browser = await launchBrowser();
  photo = join(mkdtempSync(join(tmpdir(), 'antq-photo-')), 'anh-thu.jpg');
  await sharp({ create: { width: 800, height: 500, channels: 3, background: { r: 40, g: 110, b: 70 } } })
    .jpeg()
    .toFile(photo);
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
  await server?.stop();
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
      // Vietnamese messages: a toast (role=alert) and the error next to the empty field.
      await expect.poll(() => alertText(page)).toContain('Chưa lưu: có ô còn trống hoặc chưa đúng');
      await expect.poll(() => page.getByText('Tác giả / đơn vị bắt buộc nhập.').count()).toBe(1);
      expect(violations).toEqual([]);
    } finally {
      await page.close();
    }
    // Nothing of this article anywhere: no file, no draft branch (other tests' drafts may exist: any order).
    expect(git('status', '--porcelain', '--', ARTICLES)).toBe('');
    expect(git('branch', '--list', 'cms/articles/bai-thieu*')).toBe('');
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
      // Typed without diacritics, as the editors' guide says works.
      await page.keyboard.type('cao son');
      await page.getByRole('option', { name: 'Cao Sơn' }).click({ timeout: 60_000 });
      await page.getByRole('button', { name: 'Chọn một hình' }).click();
      await page.locator('input[type=file]').setInputFiles(photo);
      await page.getByRole('button', { name: 'Dùng ảnh đã chọn' }).click();
      await page.getByLabel('Mô tả ảnh (alt)').fill(ALT);
      // The preview pane shows the uploaded photo with its alt text.
      const frame = page.locator('iframe').first().contentFrame();
      await expect.poll(() => frame.getByRole('img', { name: ALT }).count()).toBe(1);

      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      await page.waitForURL(new RegExp(`/entries/${SLUG}$`), { timeout: 120_000 });
      // Each step waits for the state the previous one leads to: on a busy machine a commit can take many seconds.
      await expect.poll(() => git('branch', '--list', `cms/articles/${SLUG}`), { timeout: 120_000 }).toContain(SLUG);
      await page.getByRole('button', { name: /Trạng thái/ }).click({ timeout: 60_000 });
      await page.getByRole('menuitem', { name: /Sẵn sàng/ }).click();
      await expect
        .poll(() => page.getByRole('button', { name: 'Trạng thái: Sẵn sàng' }).count(), { timeout: 120_000 })
        .toBe(1);
      page.on('dialog', (dialog) => void dialog.accept());
      await page.getByRole('button', { name: 'Công bố', exact: true }).click({ timeout: 60_000 });
      await page.getByRole('menuitem', { name: 'Công bố ngay' }).click();
      await expect.poll(() => existsSync(join(scratch.dir, ARTICLES, `${SLUG}.mdx`)), { timeout: 120_000 }).toBe(true);
      expect(violations).toEqual([]);
    } catch (error) {
      // Leave a picture of the editor for whoever reads the failure.
      await page.screenshot({ path: join(ROOT, '.tmp', 'cms-test-failure.png') }).catch(() => undefined);
      throw new Error(`${(error as Error).message}\nVi phạm CSP: ${violations.join('\n') || 'không có'}`, {
        cause: error,
      });
    } finally {
      await page.close();
    }

    const file = join(scratch.dir, ARTICLES, `${SLUG}.mdx`);
    const source = readFileSync(file, 'utf8');
    expect(source.normalize('NFC')).toBe(source);
    const frontmatter = parseYaml(/^---\n([\s\S]*?)\n---/.exec(source)![1]!) as Record<string, unknown>;
    const exists = (path: string) => existsSync(path);
    const tools = {
      image: () =>
        z
          .string()
          .refine(
            (src) => src.startsWith('../../assets/images/articles/') && exists(resolve(dirname(file), src)),
            'ảnh không nằm trong src/assets/images/articles',
          ),
      reference: (collection: string) =>
        z
          .string()
          .refine(
            (id) =>
              exists(join(scratch.dir, 'src/content', collection, `${id}.json`)) ||
              exists(join(scratch.dir, 'src/content', collection, `${id}.mdx`)),
            `không có trong ${collection}`,
          )
          .transform((id) => ({ collection, id })),
    };
    const parsed = articleSchema(tools).parse(frontmatter);
    expect(parsed.title).toBe(TITLE);
    expect(parsed.localities).toEqual([{ collection: 'localities', id: 'xa-cao-son' }]);
    expect(parsed.cover?.alt).toBe(ALT);

    // The block the "Ảnh có chú thích" editor component writes renders through astro:assets like the cover.
    const figureBlock = figure.toBlock({
      src: (frontmatter.cover as { src: string }).src,
      alt: 'Giấy khen của Đảng ủy xã',
      caption: 'Ảnh: Công an xã Cao Sơn',
    });
    writeFileSync(file, `${source.trimEnd()}\n\n${figureBlock}\n`);

    // Same variables as the first build, so /admin/ in the new dist still talks to the local backend.
    const build = await buildSite();
    expect(build.code, build.output).toBe(0);
    const html = readFileSync(join(scratch.dir, 'dist/tin-tuc', SLUG, 'index.html'), 'utf8');
    expect(html).toContain(TITLE);
    expect(html).toContain(`alt="${ALT}"`);
    expect(html).toMatch(/<source[^>]+type="image\/avif"/);
    const figureHtml = /<figure class="figure[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
    expect(figureHtml, html.slice(html.indexOf('<main'), html.indexOf('</main>'))).toMatch(
      /<picture[^>]*>[\s\S]*?<source[^>]+type="image\/avif"[\s\S]*?alt="Giấy khen của Đảng ủy xã"/,
    );
    expect(figureHtml).toMatch(/<figcaption[^>]*>Ảnh: Công an xã Cao Sơn<\/figcaption>/);
    // The figure was written by hand, not through the CMS: the local backend cannot commit onto a changed work tree.
    git('checkout', '--', `${ARTICLES}/${SLUG}.mdx`);
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
      // The preview pane shows the guide's leaflet as it prints, and that it has enough text to be printed.
      const leafletPreview = page.frameLocator('iframe').locator('[data-leaflet-preview]');
      await expect
        .poll(() => leafletPreview.innerText(), { timeout: 30_000 })
        .toContain(String((before.data.leaflet as { headline: string }).headline));
      expect(await leafletPreview.innerText()).toMatch(/Đủ nội dung để in/);
      // The smallest edit that enables saving: the schema trims it away again.
      await summary.fill(`${await summary.inputValue()} `);
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      await expect
        .poll(() => git('branch', '--list', 'cms/guides/to-hoa-giai'), { timeout: 30_000 })
        .toContain('cms/guides/to-hoa-giai');
      expect(violations).toEqual([]);
    } finally {
      await page.close();
    }
    const after = split(git('show', `cms/guides/to-hoa-giai:${path}`) + '\n');
    expect(after.body.trimEnd()).toBe(before.body.trimEnd());
    expect({ ...after.data, summary: String(after.data.summary).trim() }).toEqual(before.data);
  });

  it('refuses to save an individual profile without consent, or with a phone number in the body: the message shows, nothing is written or committed', async () => {
    const { page } = await newPage();
    // Earlier tests' saves may still be landing in the copy: look only at what a profile save would leave.
    const profileCommits = () =>
      git('log', '--all', '--format=%H', '--', 'src/content/profiles', 'src/assets/images/profiles');
    const profileBranches = () => git('for-each-ref', '--format=%(refname:short)', 'refs/heads/cms/profiles');
    const commitsBefore = profileCommits();
    const branchesBefore = profileBranches();
    try {
      await page.goto(`${preview.url}/admin/`);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.goto(`${preview.url}/admin/#/collections/profiles/new`);
      const name = page.getByLabel('Họ tên / tên tập thể');
      await name.waitFor({ timeout: 60_000 });
      await name.fill('Nguyễn Văn Thử');
      // The consent group says it is optional until the profile is an individual's, then that it is required.
      const consentLabel = page.locator('label', { hasText: /^Đồng ý đăng tải/ }).first();
      const labelText = () => consentLabel.innerText().then((text) => text.toLowerCase());
      await expect.poll(labelText).toMatch(/không bắt buộc/);
      await page.getByLabel('Loại').click();
      await page.getByRole('option', { name: 'Cá nhân' }).click();
      await expect.poll(() => page.getByText(REQUIRED_GROUP_TEXTS.required).count(), { timeout: 30_000 }).toBe(1);
      expect(await labelText()).not.toMatch(/không bắt buộc/);
      expect(await labelText()).toContain(REQUIRED_GROUP_TEXTS.labelSuffix.trim().toLowerCase());
      await page.getByLabel('Chức danh / vai trò').fill('Tổ trưởng tổ hòa giải');
      await page.getByLabel('Địa bàn', { exact: true }).click();
      await page.keyboard.type('khau ca');
      await page
        .getByRole('option', { name: /Khau Cà/ })
        .first()
        .click({ timeout: 60_000 });
      await page.getByLabel('Tóm tắt').fill('Hòa giải thành nhiều vụ việc ở thôn.');
      await page.getByRole('button', { name: 'Thêm thành tích' }).click();
      await page.locator('input[id^="item-field"]').first().fill('Hòa giải thành 12 vụ việc');
      await addSource(page);
      await page.getByLabel('Ngày biên soạn, đăng').fill(yesterday);
      await page.locator('[data-slate-editor="true"]').click();
      await page.keyboard.type('Ông là tổ trưởng tổ hòa giải của thôn.');

      // No consent record: the build's rule, at the consent group.
      const save = page.getByRole('button', { name: 'Lưu', exact: true });
      await save.click();
      const fieldText = (label: RegExp) =>
        page.locator('label', { hasText: label }).first().locator('xpath=..').textContent();
      await expect
        .poll(() => fieldText(/^Đồng ý đăng tải/), { timeout: 60_000 })
        .toContain('Đồng ý đăng tải: bắt buộc với hồ sơ cá nhân');
      await expect.poll(() => alertText(page)).toContain('Chưa lưu: có ô còn trống hoặc chưa đúng');

      // Consent given, but a mobile number in the body: said at the body, with its line.
      await page.getByLabel('Người đồng ý').fill('Nguyễn Văn Thử');
      await page.getByLabel('Ngày đồng ý').fill(yesterday);
      await page.locator('[data-slate-editor="true"]').click();
      await page.keyboard.press('End');
      await page.keyboard.type(' Liên hệ: 0912 345 678.');
      await save.click();
      await expect
        .poll(() => fieldText(/^Nội dung$/), { timeout: 60_000 })
        .toContain('Dòng 1: "0912 345 678" có vẻ là số điện thoại di động cá nhân');
      // The consent given is accepted: its group no longer says anything is wrong.
      expect(await fieldText(/^Đồng ý đăng tải/)).not.toContain('bắt buộc với hồ sơ cá nhân');
    } finally {
      await page.close();
    }
    expect(git('status', '--porcelain', '--', 'src/content/profiles', 'src/assets/images/profiles')).toBe('');
    expect(profileCommits()).toBe(commitsBefore);
    expect(profileBranches()).toBe(branchesBefore);
    expect(branchesBefore).toBe('');
    expect(readdirSync(join(scratch.dir, 'src/content/profiles')).some((f) => f.startsWith('nguyen-van-thu'))).toBe(
      false,
    );
  });

  it('refuses to save the settings with a script URL or a personal mobile number in the alert shown on every page: nothing is written or committed', async () => {
    const { page } = await newPage();
    const settingsCommits = () => git('log', '--all', '--format=%H', '--', 'src/content/settings');
    const settingsBranches = () => git('for-each-ref', '--format=%(refname:short)', 'refs/heads/cms/settings');
    const commitsBefore = settingsCommits();
    try {
      await page.goto(`${preview.url}/admin/`);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.goto(`${preview.url}/admin/#/collections/settings/entries/site`);
      const link = page.getByLabel('Đường dẫn chi tiết');
      await link.waitFor({ timeout: 60_000 });
      await page.getByLabel('Nội dung', { exact: true }).fill('Cảnh giác lừa đảo: có gì gọi anh Nam 0987 654 321.');
      await link.fill('javascript:alert(document.cookie)');
      const save = page.getByRole('button', { name: 'Lưu', exact: true });
      await save.click();
      // The URL rule, while typing (the field's pattern) and before saving (the schema): the link is refused.
      // (textContent: the field's error is shown in capitals by CSS.)
      await expect
        .poll(() => page.locator('body').textContent(), { timeout: 60_000 })
        .toMatch(/Đường dẫn chi tiết: chỉ nhận địa chỉ bắt đầu bằng https:\/\/ hoặc http:\/\//);
      // A site path is accepted; the personal number in the message is not.
      // Typed as an editor types: select the address, type the new one over it.
      await link.click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('/lien-he/');
      await expect.poll(() => link.inputValue()).toBe('/lien-he/');
      await save.click();
      // Said at the alert's group, naming the field inside it (the build's rule, before saving).
      const alertGroup = page
        .locator('label', { hasText: /^Thông báo khẩn trên mọi trang/ })
        .first()
        .locator('xpath=..');
      await expect
        .poll(() => alertGroup.textContent(), { timeout: 60_000 })
        .toContain('Nội dung: "0987 654 321" có vẻ là số điện thoại di động cá nhân');
      await expect.poll(() => alertText(page)).toContain('Chưa lưu: có ô còn trống hoặc chưa đúng');
    } finally {
      await page.close();
    }
    expect(git('status', '--porcelain', '--', 'src/content/settings')).toBe('');
    expect(settingsCommits()).toBe(commitsBefore);
    expect(settingsBranches()).toBe('');
  });

  it("changes only the edited field's lines, for each widget type, and keeps a list item with a comma whole", async () => {
    const slug = 'ho-an-toan-thon-ban-binh-yen';
    const path = `src/content/guides/${slug}.mdx`;
    const branch = `cms/guides/${slug}`;
    /** Commits on the entry's branch since main: one per save. */
    const commits = () => (git('branch', '--list', branch) ? Number(git('rev-list', '--count', `main..${branch}`)) : 0);
    /** Lines the last commit of the entry's branch removed and added in the file. */
    const lastDiff = () => {
      const diff = git('diff', `${branch}~1`, branch, '--', path);
      const lines = diff.split('\n').filter((line) => /^[-+](?![-+]{2} )/.test(line));
      return {
        removed: lines.filter((l) => l.startsWith('-')).map((l) => l.slice(1)),
        added: lines.filter((l) => l.startsWith('+')).map((l) => l.slice(1)),
      };
    };
    const { page, violations } = await newPage();
    const edits: { widget: string; edit: () => Promise<void>; removed: RegExp[]; added: RegExp[] }[] = [
      {
        widget: 'text',
        edit: () =>
          page
            .getByLabel('Tóm tắt', { exact: true })
            .fill('Mỗi gia đình cam kết chấp hành pháp luật và giúp nhau cảnh giác.'),
        removed: [/^summary: "Mô hình do lực lượng Công an/],
        added: [/^summary: "Mỗi gia đình cam kết chấp hành pháp luật và giúp nhau cảnh giác\."$/],
      },
      {
        widget: 'number',
        edit: () => page.getByLabel('Thứ tự hiển thị').fill('3'),
        removed: [/^order: 1$/],
        added: [/^order: 3$/],
      },
      {
        widget: 'datetime',
        edit: () => page.getByLabel('Ngày biên soạn, đăng').fill('2026-11-26'),
        removed: [/^publishedAt: 2026-11-27$/],
        added: [/^publishedAt: 2026-11-26$/],
      },
      {
        widget: 'select',
        edit: async () => {
          await page.getByLabel('Lĩnh vực').click();
          await page
            .getByRole('option')
            .filter({ hasNotText: /phòng, chống tội phạm/i })
            .first()
            .click();
        },
        removed: [/^field: "phong-chong-toi-pham"$/],
        added: [/^field: "[a-z-]+"$/],
      },
      {
        widget: 'list of texts (an item with a comma)',
        edit: () =>
          page
            .getByLabel('Dấu hiệu hoạt động hiệu quả')
            .first()
            .fill('Số vụ trộm cắp, gây rối trật tự trên địa bàn giảm'),
        removed: [/^ {2}- "Các vụ trộm cắp tài sản trên địa bàn giảm"$/],
        added: [/^ {2}- "Số vụ trộm cắp, gây rối trật tự trên địa bàn giảm"$/],
      },
      {
        widget: 'relation (a legal document added)',
        edit: async () => {
          await page.getByLabel('Căn cứ pháp lý').click();
          await page.keyboard.type('35/2013');
          await page
            .getByRole('option', { name: /35\/2013\/QH13/ })
            .first()
            .click({ timeout: 60_000 });
        },
        removed: [],
        added: [/^ {2}- "?35-2013-qh13"?$/],
      },
      {
        widget: 'list of groups (a step’s title)',
        edit: async () => {
          // Items of a list of groups start collapsed: the first button of the item's bar opens it.
          await page
            .getByText('Chọn điểm xây dựng mô hình', { exact: true })
            .locator('xpath=preceding-sibling::*[1]')
            .getByRole('button')
            .first()
            .click();
          await page.getByLabel('Bước', { exact: true }).first().fill('Chọn nơi làm điểm');
        },
        removed: [/^ {2}- title: "Chọn điểm xây dựng mô hình"$/],
        added: [/^ {2}- title: "Chọn nơi làm điểm"$/],
      },
      {
        widget: 'image with alt text (the alt text)',
        edit: () => page.getByLabel('Mô tả ảnh (alt)').first().fill('Tranh vẽ một ngôi nhà mái đỏ và tấm khiên xanh'),
        removed: [/^ {2}alt: "Tranh minh họa/],
        added: [/^ {2}alt: "Tranh vẽ một ngôi nhà mái đỏ và tấm khiên xanh"$/],
      },
      {
        widget: 'image (another file for the cover)',
        edit: async () => {
          await page.getByRole('button', { name: 'Chọn hình khác' }).click();
          await page.locator('input[type=file]').setInputFiles(photo);
          await page.getByRole('button', { name: 'Dùng ảnh đã chọn' }).click();
        },
        removed: [/^ {2}src: "\.\.\/\.\.\/assets\/images\/guides\/ho-an-toan\.jpg"$/],
        added: [/^ {2}src: "?\.\.\/\.\.\/assets\/images\/guides\/anh-thu[\w-]*\.jpg"?$/],
      },
      {
        widget: 'markdown body (one sentence added to a paragraph)',
        edit: async () => {
          const paragraph = page.locator('[data-slate-editor="true"]').getByText('Bài viết cũng xếp', { exact: false });
          // A click just after the paragraph's last letter puts the caret at its end, as an editor would
          // (End stops at the end of the wrapped screen line; a script-set selection can reach Slate late).
          await paragraph.scrollIntoViewIfNeeded();
          const end = await paragraph.evaluate((element) => {
            const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
            let last: Text | undefined;
            while (walker.nextNode()) if (walker.currentNode.textContent?.trim()) last = walker.currentNode as Text;
            if (!last) throw new Error('đoạn văn không có chữ');
            const range = document.createRange();
            range.selectNodeContents(last);
            const rects = range.getClientRects();
            const box = rects[rects.length - 1]!;
            return { x: box.right - 1, y: box.top + box.height / 2 };
          });
          await page.mouse.click(end.x, end.y);
          await page.keyboard.press('End');
          await page.keyboard.type(' Câu thêm để thử.');
        },
        removed: [/^Bài viết cũng xếp .*nhân rộng ở tỉnh Bắc Kạn khi đó\.$/],
        added: [/^Bài viết cũng xếp .*nhân rộng ở tỉnh Bắc Kạn khi đó\. Câu thêm để thử\.$/],
      },
      { widget: 'boolean', edit: () => page.getByLabel('Bản nháp').click(), removed: [], added: [/^draft: true$/] },
    ];
    try {
      await page.goto(`${preview.url}/admin/`);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.goto(`${preview.url}/admin/#/collections/guides/entries/${slug}`);
      await page.getByLabel('Tóm tắt', { exact: true }).waitFor({ timeout: 60_000 });
      // The entry is ready once Decap knows its workflow status: a save clicked before that is dropped.
      await expect.poll(() => page.getByRole('button', { name: 'Đã công bố' }).count(), { timeout: 120_000 }).toBe(1);
      for (const { widget, edit, removed, added } of edits) {
        const before = commits();
        await edit().catch((error: Error) => {
          throw new Error(`sửa ô ${widget}: ${error.message}`, { cause: error });
        });
        await page
          .getByRole('button', { name: 'Lưu', exact: true })
          .click()
          .catch((error: Error) => {
            throw new Error(`lưu sau khi sửa ô ${widget}: ${error.message}`, { cause: error });
          });
        const seen = new Set<string>();
        const watch = setInterval(
          () =>
            void page
              .getByRole('alert')
              .allInnerTexts()
              .then(
                (texts) => texts.forEach((t) => seen.add(t)),
                () => undefined,
              ),
          500,
        );
        await expect
          .poll(commits, { timeout: 120_000 })
          .toBe(before + 1)
          .catch(async (error: Error) => {
            await page.screenshot({ path: join(ROOT, '.tmp', 'cms-diff-failure.png') }).catch(() => undefined);
            throw new Error(
              `lưu sau khi sửa ô ${widget}: ${error.message}\nThông báo: ${[...seen].join(' | ')}\n${git('branch', '-a')}\n${git('status', '--short')}`,
              { cause: error },
            );
          })
          .finally(() => clearInterval(watch));
        const diff = lastDiff();
        expect(diff.removed.length, `${widget}: ${git('diff', `${branch}~1`, branch, '--', path)}`).toBe(
          removed.length,
        );
        expect(diff.added.length, `${widget}: ${JSON.stringify(diff)}`).toBe(added.length);
        removed.forEach((pattern, i) => expect(diff.removed[i]).toMatch(pattern));
        added.forEach((pattern, i) => expect(diff.added[i]).toMatch(pattern));
        // Saved, the editor shows the entry again before the next edit.
        await expect.poll(() => page.getByText('Thay đổi đã được lưu').count(), { timeout: 60_000 }).toBe(1);
      }
      expect(violations).toEqual([]);
    } finally {
      await page.close();
    }
    // Commit messages in Vietnamese, naming the entry.
    expect(git('log', '-1', '--format=%s', branch)).toBe(`Sửa mô hình “${slug}”`);
    const saved = parseYaml(/^---\n([\s\S]*?)\n---/.exec(git('show', `${branch}:${path}`))![1]!) as {
      successSigns: string[];
    };
    expect(saved.successSigns[0]).toBe('Số vụ trộm cắp, gây rối trật tự trên địa bàn giảm');
    // The item with a comma stays one item: the list is as long as it was in main.
    const original = parseYaml(/^---\n([\s\S]*?)\n---/.exec(git('show', `main:${path}`))![1]!) as {
      successSigns: string[];
    };
    expect(saved.successSigns).toHaveLength(original.successSigns.length);
  });

  it('changes only the edited line of a JSON entry (a place), keeping its final newline', async () => {
    const slug = 'thon-khau-ca';
    const path = `src/content/localities/${slug}.json`;
    const branch = `cms/localities/${slug}`;
    const { page } = await newPage();
    try {
      await page.goto(`${preview.url}/admin/`);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.goto(`${preview.url}/admin/#/collections/localities/entries/${slug}`);
      await page.getByLabel('Tên đơn vị').waitFor({ timeout: 60_000 });
      await expect.poll(() => page.getByRole('button', { name: 'Đã công bố' }).count(), { timeout: 120_000 }).toBe(1);
      await page.getByLabel('Tên đơn vị').fill('Khau Cà Thử');
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      // Decap makes the entry's branch first, then commits to it.
      await expect
        .poll(() => (git('branch', '--list', branch) ? git('rev-list', '--count', `main..${branch}`) : '0'), {
          timeout: 120_000,
        })
        .toBe('1');
    } finally {
      await page.close();
    }
    const diff = git('diff', 'main', branch, '--', path)
      .split('\n')
      .filter((line) => /^[-+](?![-+]{2} )/.test(line));
    expect(diff, `${git('log', '--stat', '-2', branch)}\n${git('show', `${branch}:${path}`)}`).toEqual([
      '-  "title": "Khau Cà",',
      '+  "title": "Khau Cà Thử",',
    ]);
    // The last line, "}", is not in the diff: the file keeps its final newline.
    expect(git('log', '-1', '--format=%s', branch)).toMatch(/^Sửa .*“thon-khau-ca”$/);
  });

  it('shows no English text on the collection list, the editor, the media library or the relation picker', async () => {
    type Strings = { [key: string]: string | Strings };
    const flatten = (strings: Strings): string[] =>
      Object.values(strings).flatMap((value) => (typeof value === 'string' ? [value] : flatten(value)));
    const vietnamese = flatten(viLocale).join('\n');
    // Decap's English strings as patterns (placeholders match anything), leaving out names such as "Markdown"
    // that the Vietnamese texts use too; and react-select's own English texts.
    const english = [...flatten(englishLocale as unknown as Strings), 'No options', 'Loading options…', 'Loading...']
      .map((text) =>
        text
          .split(/%\{\w+\}/)
          .map((part) => part.trim())
          .filter((part) => /[a-z]{3}/i.test(part)),
      )
      .filter((parts) => parts.length > 0 && !parts.every((part) => vietnamese.includes(part)))
      .map((parts) => ({
        text: parts.join(' … '),
        pattern: new RegExp(
          parts.map((part) => `\\b${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).join('[\\s\\S]*?'),
        ),
      }));
    expect(english.length).toBeGreaterThan(150);
    const englishOn = async (page: Page) => {
      // Tooltips and labels that are not text on screen count too.
      const text = await page.evaluate(() =>
        [
          document.body.innerText,
          ...[...document.querySelectorAll('[title],[aria-label],[placeholder]')].flatMap((e) =>
            ['title', 'aria-label', 'placeholder'].map((a) => e.getAttribute(a) ?? ''),
          ),
        ].join('\n'),
      );
      return english.filter(({ pattern }) => pattern.test(text)).map(({ text: found }) => found);
    };
    const { page } = await newPage();
    try {
      await page.goto(`${preview.url}/admin/`);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.goto(`${preview.url}/admin/#/collections/articles`);
      await page.getByRole('link', { name: /Tạo tin bài mới/ }).waitFor({ timeout: 60_000 });
      await expect.poll(() => page.getByText('Đang tải...').count(), { timeout: 60_000 }).toBe(0);
      expect(await englishOn(page), 'danh sách tin bài').toEqual([]);

      await page.goto(`${preview.url}/admin/#/collections/articles/new`);
      await page.getByLabel('Tiêu đề').waitFor({ timeout: 60_000 });
      expect(await englishOn(page), 'trang soạn tin bài').toEqual([]);

      await page.getByLabel('Địa bàn liên quan').click();
      await page.keyboard.type('cao son');
      await page.getByRole('option', { name: 'Cao Sơn' }).waitFor({ timeout: 60_000 });
      expect(await englishOn(page), 'ô chọn địa bàn').toEqual([]);
      await page.keyboard.press('Control+A');
      await page.keyboard.type('khong co dia ban nay');
      await page.getByText('Không có lựa chọn nào').waitFor({ timeout: 60_000 });
      expect(await englishOn(page), 'ô chọn địa bàn, không có kết quả').toEqual([]);
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Chọn một hình' }).click();
      await page.getByRole('button', { name: 'Tải lên' }).waitFor({ timeout: 60_000 });
      expect(await englishOn(page), 'thư viện ảnh').toEqual([]);
    } finally {
      await page.close();
    }
  });
});
