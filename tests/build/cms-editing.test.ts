/**
 * The editor's path as editors take it: `npm run cms` itself (the dev server and the local content server, not a
 * built /admin), in headless Chromium, each test in a scratch repository of its own. After every step /admin must
 * still be the same page (no reload, no error page), and the editor's folder must hold exactly what was published.
 * Each step leaves a screenshot (CMS_SHOTS, default .tmp/shots).
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countWords, scriptLengthProblem } from '../../src/lib/materials/bulletin';
import { silentMp3 } from '../helpers/audio-fixture';
import { launchBrowser } from '../helpers/browser';
import {
  addSource,
  alertText,
  clickSave,
  expectUsable,
  openEditor,
  pick,
  publish,
  route,
  shot,
  typeBody,
  upload,
  yesterday,
} from '../helpers/cms-browser';
import { commitsOn, withLocalCms } from '../helpers/local-cms';

let browser: Browser;
let files: string;
const file = (name: string) => join(files, name);

beforeAll(async () => {
  browser = await launchBrowser();
  files = mkdtempSync(join(tmpdir(), 'antq-cms-files-'));
  await sharp({ create: { width: 800, height: 500, channels: 3, background: { r: 40, g: 110, b: 70 } } })
    .jpeg()
    .toFile(file('anh-bia.jpg'));
  // A camera's photo: noise does not compress, so 2,600 × 2,000 px makes about 7 MB.
  const noise = Buffer.alloc(2600 * 2000 * 3);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 2_654_435_761) >>> 24;
  await sharp(noise, { raw: { width: 2600, height: 2000, channels: 3 } })
    .jpeg({ quality: 100 })
    .toFile(file('anh-nang.jpg'));
  await sharp({ create: { width: 4500, height: 600, channels: 3, background: '#246' } })
    .jpeg()
    .toFile(file('anh-rong.jpg'));
  writeFileSync(file('ban-tin-thu.mp3'), silentMp3(3));
  writeFileSync(file('ban-tin.wav'), Buffer.from('RIFF\0\0\0\0WAVEfmt '));
});

afterAll(async () => {
  await browser?.close();
  if (files) rmSync(files, { recursive: true, force: true });
});

/** The preview pane's document. */
const preview = (page: Page) => page.locator('iframe').first().contentFrame();

const SCRIPT = Array.from(
  { length: 14 },
  () =>
    'Bà con thôn Khau Cà chú ý giữ gìn an ninh trật tự, thấy người lạ hay việc bất thường thì báo ngay cho Công an xã.',
).join(' ');

async function fillBulletin(page: Page, title: string, script: string): Promise<void> {
  await route(page, '#/collections/bulletins/new');
  await page.getByLabel('Tiêu đề bản tin').waitFor({ timeout: 120_000 });
  await page.getByLabel('Tiêu đề bản tin').fill(title);
  await page.getByLabel('Tóm tắt').fill('Nhắc bà con giữ gìn an ninh trật tự ở thôn.');
  await page.getByLabel('Phát từ ngày').fill(yesterday);
  await page.getByLabel('Ngày biên soạn, đăng').fill(yesterday);
  await pick(page, 'Dựa trên mô hình', 'hoa giai', /Tổ hòa giải/);
  await addSource(page);
  await typeBody(page, script);
}

describe('editing with npm run cms', () => {
  it('creates, saves, previews and publishes an article with a new cover, /admin usable at every step', () =>
    withLocalCms(async (cms) => {
      const TITLE = 'Công an xã Cao Sơn ra mắt tổ tự quản mới';
      const SLUG = 'cong-an-xa-cao-son-ra-mat-to-tu-quan-moi';
      const ARTICLE = `src/content/articles/${SLUG}.mdx`;
      const PHOTO = 'src/assets/images/articles/anh-bia.jpg';
      const ALT = 'Tổ tự quản mới họp mặt tại nhà văn hóa thôn';
      const { page, violations } = await openEditor(browser, cms.site);
      const mainBefore = cms.git('rev-parse', 'main');

      await route(page, '#/collections/articles/new');
      await page.getByLabel('Tiêu đề').waitFor({ timeout: 120_000 });
      await page.getByLabel('Tiêu đề').fill(TITLE);
      await page.getByLabel('Sapo (tóm tắt)').fill('Tổ tự quản mới giúp giữ gìn an ninh trật tự ở thôn.');
      await addSource(page);
      await page.getByLabel('Ngày biên soạn, đăng').fill(yesterday);
      await page.getByLabel('Tác giả / đơn vị').fill('Công an xã Cao Sơn');
      await page.getByLabel('Chuyên mục').click();
      await page.getByRole('option', { name: 'Biểu dương, khen thưởng' }).click();
      await typeBody(page, 'Tổ tự quản mới gồm đại diện các hộ trong thôn.');
      await page.getByRole('button', { name: 'Chọn một hình' }).click();
      await upload(page, file('anh-bia.jpg'));
      await page.getByRole('button', { name: 'Dùng ảnh đã chọn' }).click();
      await page.getByLabel('Mô tả ảnh (alt)').fill(ALT);
      // The preview shows the new photo itself, loaded.
      const cover = preview(page).getByRole('img', { name: ALT });
      await expect.poll(() => cover.evaluate((img: HTMLImageElement) => img.naturalWidth).catch(() => 0)).toBe(800);
      await expectUsable(page);
      await shot(page, '1-bai-moi-xem-truoc');

      await clickSave(page);
      await page.waitForURL(new RegExp(`/entries/${SLUG}$`), { timeout: 120_000 });
      await expect.poll(() => commitsOn(cms, `cms/articles/${SLUG}`), { timeout: 120_000 }).toBe(1);
      await expect.poll(() => page.getByText('Mục đã được lưu').count()).toBeGreaterThan(0);
      // The draft lives on its branch: the editor's folder, which the dev server serves, did not change at all.
      expect(cms.git('status', '--porcelain', '--untracked-files=all')).toBe('');
      expect(cms.git('rev-parse', 'main')).toBe(mainBefore);
      expect(existsSync(join(cms.scratch.dir, ARTICLE))).toBe(false);
      expect(cms.git('diff', '--name-only', 'cms-main', `cms/articles/${SLUG}`).split('\n').sort()).toEqual([
        PHOTO,
        ARTICLE,
      ]);
      await expectUsable(page);
      await expect.poll(() => cover.evaluate((img: HTMLImageElement) => img.naturalWidth).catch(() => 0)).toBe(800);
      await shot(page, '2-bai-da-luu');

      // Opening the unpublished entry again, in a fresh page load, as after a restart.
      await page.reload();
      await page
        .getByRole('button', { name: 'Đăng nhập' })
        .click({ timeout: 10_000 })
        .catch(() => undefined);
      await page.evaluate(() => ((window as unknown as { antqSession: string }).antqSession = 'cùng-một-trang'));
      await route(page, `#/collections/articles/entries/${SLUG}`);
      await expect.poll(() => page.getByLabel('Tiêu đề').inputValue(), { timeout: 120_000 }).toBe(TITLE);
      await expect.poll(() => cover.evaluate((img: HTMLImageElement) => img.naturalWidth).catch(() => 0)).toBe(800);
      await expectUsable(page);
      await shot(page, '3-mo-lai-ban-nhap');

      await publish(page);
      await expect.poll(() => existsSync(join(cms.scratch.dir, ARTICLE)), { timeout: 120_000 }).toBe(true);
      expect(existsSync(join(cms.scratch.dir, PHOTO))).toBe(true);
      // A merge the editor sees: in the terminal and in the folder's history.
      await expect.poll(cms.output).toContain(`Đã công bố articles/${SLUG}: đã gộp nhánh cms-main vào main`);
      expect(cms.git('log', '-1', '--format=%s', 'main', '--', ARTICLE)).toBe(`Tạo tin bài “${SLUG}”`);
      expect(cms.git('status', '--porcelain', '--untracked-files=all')).toBe('');
      await expect.poll(() => page.getByText('Mục đã được công bố').count()).toBeGreaterThan(0);
      await expectUsable(page);
      await shot(page, '4-da-cong-bo');

      // Still usable afterwards: the list has the article, and the dev server shows its page with the photo.
      await route(page, '#/collections/articles');
      await page.getByText(TITLE).first().waitFor({ timeout: 120_000 });
      await expectUsable(page);
      await shot(page, '5-danh-sach-sau-cong-bo');
      const admin = await fetch(`${cms.site}/admin/`);
      expect(admin.status).toBe(200);
      expect(await admin.text()).toContain('id="cms-config"');
      await expect
        .poll(
          async () => {
            const response = await fetch(`${cms.site}/tin-tuc/${SLUG}/`);
            return response.ok ? await response.text() : '';
          },
          { timeout: 120_000 },
        )
        .toContain(`alt="${ALT}"`);
      expect(violations).toEqual([]);
    }));

  it('attaches an MP3 to a bulletin and plays it in the preview; other audio types are refused, with the accepted list', () =>
    withLocalCms(async (cms) => {
      const { page, dialogs, violations } = await openEditor(browser, cms.site);
      await fillBulletin(page, 'Bản tin thử có tệp âm thanh', SCRIPT);
      await page.getByRole('button', { name: 'Chọn tệp âm thanh' }).click();
      // The library of a bulletin's recording says so.
      await expect.poll(() => page.getByRole('button', { name: 'Dùng tệp âm thanh đã chọn' }).count()).toBe(1);
      expect(await page.getByRole('button', { name: /ảnh/ }).count()).toBe(0);
      await upload(page, file('ban-tin.wav'));
      await expect
        .poll(() => dialogs.join('\n'))
        .toContain('“ban-tin.wav” không phải tệp âm thanh được nhận. Chỉ nhận tệp âm thanh MP3, M4A hoặc OGG.');
      expect(await page.getByText('ban-tin.wav').count()).toBe(0);
      await upload(page, file('ban-tin-thu.mp3'));
      await page.getByText('ban-tin-thu.mp3').first().waitFor({ timeout: 60_000 });
      await shot(page, '6-thu-vien-tep-am-thanh');
      await page.getByRole('button', { name: 'Dùng tệp âm thanh đã chọn' }).click();
      await expect.poll(() => page.getByText('/audio/phat-thanh/ban-tin-thu.mp3').count()).toBe(1);

      // Played in the preview: it loads, lasts three seconds and its time moves (muted: no sound needed here).
      const audio = preview(page).locator('audio');
      await audio.waitFor({ timeout: 60_000 });
      const played = await audio.evaluate(async (element: HTMLAudioElement) => {
        element.muted = true;
        await element.play();
        await new Promise((resolve) => setTimeout(resolve, 1000));
        return { error: element.error?.code ?? null, duration: element.duration, time: element.currentTime };
      });
      expect(played.error).toBeNull();
      expect(played.duration).toBeCloseTo(3, 0);
      expect(played.time).toBeGreaterThan(0);
      await shot(page, '7-ban-tin-nghe-thu');

      await clickSave(page);
      const slug = 'ban-tin-thu-co-tep-am-thanh';
      await expect.poll(() => commitsOn(cms, `cms/bulletins/${slug}`), { timeout: 120_000 }).toBe(1);
      expect(cms.git('diff', '--name-only', 'cms-main', `cms/bulletins/${slug}`).split('\n').sort()).toEqual([
        'public/audio/phat-thanh/ban-tin-thu.mp3',
        `src/content/bulletins/${slug}.mdx`,
      ]);
      expect(cms.git('show', `cms/bulletins/${slug}:src/content/bulletins/${slug}.mdx`)).toMatch(
        /^audio: "?\/audio\/phat-thanh\/ban-tin-thu\.mp3"?$/m,
      );
      await expectUsable(page);
      expect(violations).toEqual([]);
    }));

  it('refuses to delete a cited law, listing the citing guide as a link; deletes what nobody cites', () =>
    withLocalCms(async (cms) => {
      const LAW = 'src/content/laws/35-2013-qh13.json';
      const { page } = await openEditor(browser, cms.site);
      const mainBefore = cms.git('rev-parse', 'main');
      await route(page, '#/collections/laws/entries/35-2013-qh13');
      await expect.poll(() => page.getByLabel('Số, ký hiệu').inputValue(), { timeout: 120_000 }).toBe('35/2013/QH13');
      await page.getByRole('button', { name: /Xo[aá] mục đã được công bố/ }).click();
      const refusal = page.getByRole('dialog', { name: 'Không xóa được “Luật Hòa giải ở cơ sở”.' });
      await refusal.waitFor({ timeout: 120_000 });
      const link = refusal.getByRole('link', { name: 'Tổ hòa giải ở cơ sở' });
      expect(await link.getAttribute('href')).toBe('#/collections/guides/entries/to-hoa-giai');
      expect(await refusal.innerText()).toContain('(Mô hình, ô Căn cứ pháp lý)');
      await expect
        .poll(() => page.getByText('Không xóa được: “Luật Hòa giải ở cơ sở” đang được dùng ở').count())
        .toBeGreaterThan(0);
      await shot(page, '8-xoa-van-ban-bi-tu-choi');
      // Nothing was deleted, anywhere.
      expect(existsSync(join(cms.scratch.dir, LAW))).toBe(true);
      expect(cms.git('show', `cms-main:${LAW}`)).toContain('35/2013/QH13');
      expect(cms.git('rev-parse', 'main')).toBe(mainBefore);

      // The link opens the guide, in an editor of its own.
      await link.click();
      await expect
        .poll(() => page.getByLabel('Tên mô hình').inputValue(), { timeout: 120_000 })
        .toBe('Tổ hòa giải ở cơ sở');
      await expectUsable(page);
      await shot(page, '9-mo-muc-dang-trich-dan');

      // A bulletin nobody cites is deleted, and the deletion reaches the editor's folder.
      const BULLETIN = 'src/content/bulletins/tu-giac-giao-nop-vu-khi.mdx';
      await route(page, '#/collections/bulletins/entries/tu-giac-giao-nop-vu-khi');
      await page.getByLabel('Tiêu đề bản tin').waitFor({ timeout: 120_000 });
      await page.getByRole('button', { name: /Xo[aá] mục đã được công bố/ }).click();
      await expect.poll(() => existsSync(join(cms.scratch.dir, BULLETIN)), { timeout: 120_000 }).toBe(false);
      await expect.poll(cms.output).toContain(`Đã xóa ${BULLETIN}: đã gộp nhánh cms-main vào main`);
      expect(cms.git('status', '--porcelain', '--untracked-files=all')).toBe('');
      await expectUsable(page);
    }));

  it('refuses a bulletin script that is too short, at its field, and commits nothing', () =>
    withLocalCms(async (cms) => {
      const { page } = await openEditor(browser, cms.site);
      const branches = () => cms.git('for-each-ref', '--format=%(refname)', 'refs/heads/cms/');
      const short = 'Bà con chú ý giữ gìn an ninh trật tự ở thôn bản.';
      await fillBulletin(page, 'Bản tin quá ngắn', short);
      await clickSave(page);
      await expect.poll(() => alertText(page)).toContain('Chưa lưu: có ô còn trống hoặc chưa đúng');
      const message = `Nội dung: ${scriptLengthProblem(countWords(short))!}`;
      expect(message).toContain('cần ít nhất 250');
      // At the field: in the body's own box, with its label (Decap lists a field's errors there).
      const field = page.locator('label', { hasText: /^Nội dung$/ }).locator('xpath=..');
      await expect.poll(() => field.textContent(), { timeout: 60_000 }).toContain(message);
      await shot(page, '10-ban-tin-qua-ngan');
      expect(branches()).toBe('');
      expect(cms.git('status', '--porcelain', '--untracked-files=all')).toBe('');
      await expectUsable(page);
    }));

  it('refuses an oversized photo before it is uploaded, naming the limit', () =>
    withLocalCms(async (cms) => {
      const { page, dialogs } = await openEditor(browser, cms.site);
      await route(page, '#/collections/articles/new');
      await page.getByLabel('Tiêu đề').waitFor({ timeout: 120_000 });
      await page.getByRole('button', { name: 'Chọn một hình' }).click();
      await upload(page, file('anh-nang.jpg'));
      await expect
        .poll(() => dialogs.join('\n'))
        .toMatch(/“anh-nang\.jpg” nặng [\d,]+ MB, quá giới hạn 5 MB cho một ảnh/);
      await upload(page, file('anh-rong.jpg'));
      await expect
        .poll(() => dialogs.join('\n'))
        .toContain('“anh-rong.jpg” có cạnh dài 4.500 điểm ảnh, quá giới hạn 4.000 điểm ảnh');
      expect(await page.getByText(/anh-nang|anh-rong/).count()).toBe(0);
      await shot(page, '11-anh-qua-lon');
      // A photo within the limits goes in as before.
      await upload(page, file('anh-bia.jpg'));
      await page.getByText('anh-bia.jpg').first().waitFor({ timeout: 60_000 });
      expect(await page.getByRole('button', { name: 'Dùng ảnh đã chọn' }).isEnabled()).toBe(true);
      await page.getByRole('button', { name: 'Dùng ảnh đã chọn' }).click();
      await expectUsable(page);
    }));
});
