/**
 * The smaller things of the editor's path, under `npm run cms` in Chromium, each test in a repository of its own:
 * what a body keeps (links typed as Markdown, "<" as text), dates said as they are typed, a duplicate title
 * warned about, Decap's replace question in Vietnamese, one name per group for a screen reader, and Back landing
 * on a correct form.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { addSource, clickSave, expectUsable, openEditor, route, shot, upload, yesterday } from '../helpers/cms-browser';
import { commitsOn, withLocalCms } from '../helpers/local-cms';

let browser: Browser;
let files: string;

beforeAll(async () => {
  browser = await launchBrowser();
  files = mkdtempSync(join(tmpdir(), 'antq-cms-details-'));
  // Named as a photo the starter articles already use.
  await sharp({ create: { width: 640, height: 400, channels: 3, background: '#642' } })
    .jpeg()
    .toFile(join(files, 'ngay-hoi-toan-dan.jpg'));
});

afterAll(async () => {
  await browser?.close();
  if (files) rmSync(files, { recursive: true, force: true });
});

/** The text of a field's box (its label, its errors, its control, its notes). */
const fieldBox = (page: import('playwright-core').Page, label: RegExp) =>
  page.locator('label', { hasText: label }).first().locator('xpath=..');

describe('the details of editing with npm run cms', () => {
  it('keeps links typed as Markdown and "<" typed as text, says dates as DD/MM/YYYY at the field, warns of a duplicate title', () =>
    withLocalCms(async (cms) => {
      const { page } = await openEditor(browser, cms.site);
      const existing = /^title: "(.*)"$/m.exec(
        readFileSync(
          join(cms.scratch.dir, 'src/content/articles/ngay-hoi-toan-dan-bao-ve-an-ninh-to-quoc.mdx'),
          'utf8',
        ),
      )![1]!;
      await route(page, '#/collections/articles/new');
      await page.getByLabel('Tiêu đề').waitFor({ timeout: 120_000 });

      // The title of another article, typed in capitals: a warning with a link to it, not a refusal.
      await page.getByLabel('Tiêu đề').fill(existing.toUpperCase());
      const warning = page.getByRole('status').filter({ hasText: 'đã có tin bài cùng tiêu đề' });
      await warning.waitFor({ timeout: 120_000 });
      expect(await warning.getByRole('link').getAttribute('href')).toBe(
        '#/collections/articles/entries/ngay-hoi-toan-dan-bao-ve-an-ninh-to-quoc',
      );
      await shot(page, '12-tieu-de-trung');
      const TITLE = 'Thử ký hiệu và liên kết trong bài';
      const SLUG = 'thu-ky-hieu-va-lien-ket-trong-bai';
      await page.getByLabel('Tiêu đề').fill(TITLE);
      await expect.poll(() => warning.count()).toBe(0);

      await page.getByLabel('Sapo (tóm tắt)').fill('Bài thử các ký hiệu trong nội dung.');
      await addSource(page);
      await page.getByLabel('Tác giả / đơn vị').fill('Công an xã Cao Sơn');
      await page.getByLabel('Chuyên mục').click();
      await page.getByRole('option', { name: 'Biểu dương, khen thưởng' }).click();
      // A day that is not on the calendar: refused at the field, in the form editors type dates in.
      await page.getByLabel('Ngày biên soạn, đăng').fill('31/02/2026');
      // "<" and braces typed in the rich editor, then a link typed in Markdown mode (reached by its name).
      await page.locator('[data-slate-editor="true"]').click();
      await page.keyboard.type('Số vụ giảm: 3<4 năm trước, {theo báo cáo}.');
      await page.getByText('Mã Markdown', { exact: true }).click();
      await expect
        .poll(() => page.getByRole('switch', { name: 'Mã Markdown' }).getAttribute('aria-checked'))
        .toBe('true');
      await page.locator('.cms-editor-raw [data-slate-editor="true"]').click();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Xem [Cổng thông tin](https://example.vn/tin) để biết thêm.');
      await clickSave(page);
      await expect
        .poll(() => fieldBox(page, /^Ngày biên soạn, đăng$/).textContent(), { timeout: 60_000 })
        .toContain(
          'Ngày biên soạn, đăng: “31/02/2026” không phải một ngày có thật. Gõ theo dạng DD/MM/YYYY, ví dụ 05/12/2026.',
        );
      expect(await fieldBox(page, /^Ngày biên soạn, đăng$/).textContent()).not.toContain('YYYY-MM-DD');
      // The picture shows the message where the editor sees it: at the date field, not at the body typed last.
      await fieldBox(page, /^Ngày biên soạn, đăng$/).scrollIntoViewIfNeeded();
      await shot(page, '13-ngay-khong-co-that');

      await page.getByLabel('Ngày biên soạn, đăng').fill(yesterday.split('-').reverse().join('/'));
      await clickSave(page);
      await expect.poll(() => commitsOn(cms, `cms/articles/${SLUG}`), { timeout: 120_000 }).toBe(1);
      const saved = cms.git('show', `cms/articles/${SLUG}:src/content/articles/${SLUG}.mdx`);
      expect(saved).toContain('Số vụ giảm: 3\\<4 năm trước, \\{theo báo cáo\\}.');
      expect(saved).toContain('Xem [Cổng thông tin](https://example.vn/tin) để biết thêm.');
      expect(saved).toContain(`publishedAt: ${yesterday}`);
      await expectUsable(page);
    }));

  it('asks before replacing a file in Vietnamese and keeps the published one until the new one is published; names each group once; Back lands on a correct form', () =>
    withLocalCms(async (cms) => {
      const { page, dialogs } = await openEditor(browser, cms.site);
      const mainBefore = cms.git('rev-parse', 'main');

      // A new article's cover with the name of a photo the starter articles use.
      await route(page, '#/collections/articles/new');
      await page.getByLabel('Tiêu đề').waitFor({ timeout: 120_000 });
      await page.getByRole('button', { name: 'Chọn một hình' }).click();
      await page.getByText('ngay-hoi-toan-dan.jpg').first().waitFor({ timeout: 120_000 });
      await upload(page, join(files, 'ngay-hoi-toan-dan.jpg'));
      await expect
        .poll(() => dialogs.join('\n'))
        .toContain('Thư viện đã có ảnh tên “ngay-hoi-toan-dan.jpg”. Thay bằng tệp vừa chọn?');
      expect(dialogs.join('\n')).not.toMatch(/already exists/);
      await shot(page, '14-hoi-thay-tep');
      // The published photo is still there, in the CMS's branch and in the editor's folder.
      await new Promise((resolve) => setTimeout(resolve, 2000));
      expect(cms.git('rev-parse', 'main')).toBe(mainBefore);
      expect(cms.git('ls-tree', '--name-only', 'cms-main', 'src/assets/images/articles/')).toContain(
        'ngay-hoi-toan-dan.jpg',
      );
      expect(cms.git('status', '--porcelain', '--untracked-files=all')).toBe('');
      await page.getByRole('button', { name: 'Đóng' }).first().click();

      // The consent group is one group with one name: "(không bắt buộc)" or "(bắt buộc)", never both.
      await route(page, '#/collections/profiles/new');
      await page.getByLabel('Họ tên / tên tập thể').waitFor({ timeout: 120_000 });
      await expect
        .poll(() => page.getByRole('group', { name: 'Đồng ý đăng tải (không bắt buộc)', exact: true }).count())
        .toBe(1);
      await page.getByLabel('Loại').click();
      await page.getByRole('option', { name: 'Cá nhân' }).click();
      await expect
        .poll(() => page.getByRole('group', { name: 'Đồng ý đăng tải (bắt buộc)', exact: true }).count())
        .toBe(1);
      const snapshot = await page.locator('body').ariaSnapshot();
      expect(snapshot).not.toMatch(/không bắt buộc\)\s*\(bắt buộc/);
      expect(snapshot.split('\n').filter((line) => line.includes('Đồng ý đăng tải'))).toHaveLength(1);
      await shot(page, '15-nhom-dong-y');

      // Back from a new entry to "Cài đặt chung": the settings' own form, with their values.
      const settings = JSON.parse(readFileSync(join(cms.scratch.dir, 'src/content/settings/site.json'), 'utf8')) as {
        title: string;
        description: string;
      };
      await route(page, '#/collections/settings/entries/site');
      await expect
        .poll(() => page.getByLabel('Tên cổng thông tin').inputValue(), { timeout: 120_000 })
        .toBe(settings.title);
      await route(page, '#/collections/articles/new');
      await page.getByLabel('Tiêu đề').waitFor({ timeout: 120_000 });
      await page.getByLabel('Tiêu đề').fill('Bài đang viết dở');
      await page.goBack();
      await expect
        .poll(() => page.getByLabel('Tên cổng thông tin').inputValue(), { timeout: 120_000 })
        .toBe(settings.title);
      expect(await page.getByLabel('Giới thiệu ngắn').inputValue()).toBe(settings.description);
      expect(await page.getByLabel('Giới thiệu ngắn').evaluate((e) => e.tagName)).toBe('TEXTAREA');
      await shot(page, '16-quay-lai-cai-dat');
      await expectUsable(page);
    }));

  it('opens /admin even when an entry in the folder names an image that does not exist', () =>
    withLocalCms(
      async (cms) => {
        // The dev server cannot load that entry (Astro's ImageNotFound); the CMS does not depend on it.
        const { page } = await openEditor(browser, cms.site);
        await route(page, '#/collections/articles');
        await page.getByText('Bài có ảnh bị mất').first().waitFor({ timeout: 120_000 });
        await expectUsable(page);
        await route(page, '#/collections/articles/entries/bai-co-anh-bi-mat');
        await expect
          .poll(() => page.getByLabel('Tiêu đề').inputValue(), { timeout: 120_000 })
          .toBe('Bài có ảnh bị mất');
        // The preview says in Vietnamese what it cannot show, instead of a broken image.
        await expect
          .poll(() => page.locator('iframe').first().contentFrame().locator('body').innerText(), { timeout: 60_000 })
          .toContain('Chưa xem trước được ảnh này ở đây');
        await expectUsable(page);
        await shot(page, '17-anh-bi-mat-van-mo-duoc');
        const admin = await fetch(`${cms.site}/admin/`);
        expect(admin.status).toBe(200);
        expect(await admin.text()).not.toMatch(/ImageNotFound/);
      },
      (dir) => {
        const source = readFileSync(
          join(dir, 'src/content/articles/ngay-hoi-toan-dan-bao-ve-an-ninh-to-quoc.mdx'),
          'utf8',
        )
          .replace(/^title: .*$/m, 'title: "Bài có ảnh bị mất"')
          .replace(/ngay-hoi-toan-dan\.jpg/g, 'anh-khong-co.jpg');
        writeFileSync(join(dir, 'src/content/articles/bai-co-anh-bi-mat.mdx'), source);
        execFileSync('git', ['add', '-A'], { cwd: dir });
        execFileSync('git', ['commit', '-qm', 'Bài có ảnh bị mất'], { cwd: dir });
      },
    ));
});
