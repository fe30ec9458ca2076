/** The built site has every page type, renders the starter content, and reading pages ship no script. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { builtHtmlFiles, readBuilt } from '../helpers/dist';
import { DIST, ROOT, startPreview, type Preview } from '../helpers/preview';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { slugify } from '../../src/lib/text/vietnamese';
import { formatNumber } from '../../src/lib/text/format';

let preview: Preview;
let browser: Browser;
beforeAll(async () => {
  [preview, browser] = await Promise.all([startPreview(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

const PAGE_TYPES = [
  ['/', 'Tin nổi bật'],
  ['/tin-tuc/', 'Tin tức'],
  ['/tin-tuc/chuyen-muc/tin-phong-trao/', 'Tin phong trào'],
  ['/guong-dien-hinh/', 'Gương điển hình'],
  ['/guong-dien-hinh/xa-cao-son/', 'Xã Cao Sơn'],
  ['/mo-hinh/', 'Mô hình tự quản về an ninh, trật tự'],
  ['/mo-hinh/to-hoa-giai/', 'Tổ hòa giải'],
  ['/chu-de/', 'Chủ đề'],
  ['/dia-ban/', 'Địa bàn'],
  ['/dia-ban/xa-cao-son/', 'Xã Cao Sơn'],
  ['/so-lieu/', 'Số liệu phong trào'],
  ['/lien-he/', 'Liên hệ, tố giác tội phạm'],
  ['/gioi-thieu/', 'Giới thiệu'],
] as const;

describe('page types', () => {
  it.each(PAGE_TYPES)('%s renders in Vietnamese', async (path, text) => {
    const page = await browser.newPage();
    const response = await page.goto(preview.url + path);
    expect(response?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await expect.poll(() => page.getByText(text, { exact: false }).first().isVisible()).toBe(true);
    expect(await page.getByRole('main').count()).toBe(1);
    await page.close();
  });

  it.each(PAGE_TYPES)('%s fits a 320 px screen without sideways scrolling', async (path) => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(preview.url + path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });

  it('serves a Vietnamese 404', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${preview.url}/khong-co-trang-nay/`);
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.getByRole('heading', { name: 'Không tìm thấy trang' }).isVisible()).toBe(true);
    await page.close();
  });

  it('lets a keyboard user skip to the content', async () => {
    const page = await browser.newPage();
    await page.goto(preview.url + '/mo-hinh/to-hoa-giai/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Chuyển đến nội dung chính' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(page.url()).toContain('#noi-dung');
    await page.close();
  });
});

describe('starter content', () => {
  it('shows the 2021 figures as the data files give them', async () => {
    const html = readBuilt('so-lieu/index.html');
    for (const figure of ['872', 'hơn 43.000', '661', '66', '0,5', '1.310', '45']) expect(html).toContain(figure);
  });

  it('tells the same 2021 figures in the feature article as in the data file', () => {
    const stats = JSON.parse(readFileSync(join(ROOT, 'src/content/stats/bac-kan-2021.json'), 'utf8')) as { figures: { key: string; value: number }[] };
    const article = readBuilt('tin-tuc/mo-hinh-tu-quan-bao-dam-an-ninh-trat-tu-tu-co-so/index.html');
    const headline = ['thon-ban-phat-dong', 'luot-tham-gia', 'tin-co-gia-tri', 'sung-giao-nop'];
    for (const key of headline) {
      const figure = stats.figures.find((f) => f.key === key);
      expect(figure, key).toBeDefined();
      expect(article).toContain(formatNumber(figure!.value));
    }
  });

  it('shows related content in both directions', () => {
    const guide = readBuilt('mo-hinh/ho-an-toan-thon-ban-binh-yen/index.html');
    expect(guide).toMatch(/href="\/tin-tuc\/[a-z0-9-]+\/"/);
    // Today's commune gathers what is filed under its former units and its villages.
    const commune = readBuilt('dia-ban/xa-vinh-thong/index.html');
    expect(commune).toContain('/guong-dien-hinh/thon-khau-ca/');
    expect(commune).toContain('/guong-dien-hinh/xa-cao-son/');
  });

  it('never publishes drafts', () => {
    const dir = join(ROOT, 'src/content/articles');
    const drafts = readdirSync(dir).filter((f) => /^draft:\s*true\s*$/m.test(readFileSync(join(dir, f), 'utf8')));
    expect(drafts.length).toBeGreaterThan(0);
    const html = builtHtmlFiles().map(readBuilt).join('\n');
    for (const file of drafts) {
      const slug = slugify(file.replace(/\.mdx?$/, ''));
      expect(existsSync(join(DIST, 'tin-tuc', slug))).toBe(false);
      expect(html).not.toContain(`/tin-tuc/${slug}/`);
    }
  });
});

describe('no JavaScript on reading pages', () => {
  // The one exception: the external, deferred service-worker registration (offline reading).
  const REGISTER = '<script src="/sw-register.js" defer></script>';
  it.each(['index.html', 'tin-tuc/index.html', 'mo-hinh/to-hoa-giai/index.html', 'guong-dien-hinh/xa-cao-son/index.html', 'so-lieu/index.html'])('%s has no script but the service-worker registration', (file) => {
    const html = readBuilt(file);
    expect(html.split(REGISTER)).toHaveLength(2);
    expect(html.replace(REGISTER, '')).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
  });
});
