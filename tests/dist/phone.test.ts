/**
 * Reading on a 360 px phone: a compact header, a menu that opens without JavaScript, no section that renders
 * empty, and dates in Vietnamese word order. One preview server and one browser for the whole file.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIEWPORTS, launchBrowser } from '../helpers/browser';
import { sitemapPaths } from '../helpers/dist';
import { sourceEntries } from '../helpers/content';
import { startPreview, type Preview } from '../helpers/preview';
import { isoDate } from '../../src/lib/text/format';

const HEADER_MAX_PX = 120;
const READING_PAGES = ['/', '/tin-tuc/', '/mo-hinh/to-hoa-giai/', '/guong-dien-hinh/xa-cao-son/', '/so-lieu/', '/lien-he/', '/tim-kiem/'];

let preview: Preview;
let browser: Browser;
let phone: BrowserContext;
let phonePage: Page;
beforeAll(async () => {
  [preview, browser] = await Promise.all([startPreview(), launchBrowser()]);
  phone = await browser.newContext({ viewport: VIEWPORTS.phone, locale: 'vi-VN' });
  phonePage = await phone.newPage();
});
afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

describe('header on a phone', () => {
  it.each(READING_PAGES)(`is at most ${HEADER_MAX_PX} px tall on %s`, async (path) => {
    await phonePage.goto(preview.url + path);
    const box = await phonePage.locator('header.site-header').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.height).toBeLessThanOrEqual(HEADER_MAX_PX);
  });

  it('has 113 and search one tap away', async () => {
    await phonePage.goto(preview.url + '/mo-hinh/to-hoa-giai/');
    const call = phonePage.locator('header.site-header').getByRole('link', { name: 'Khẩn cấp gọi 113' });
    expect(await call.isVisible()).toBe(true);
    expect(await call.getAttribute('href')).toBe('tel:113');
    const search = phonePage.locator('header.site-header').getByRole('link', { name: 'Tìm kiếm' });
    expect(await search.isVisible()).toBe(true);
    expect(await search.getAttribute('href')).toBe('/tim-kiem/');
  });

  it('opens the menu without JavaScript', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(preview.url + '/mo-hinh/to-hoa-giai/');
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    const news = nav.getByRole('link', { name: 'Tin tức', exact: true });
    expect(await news.isVisible()).toBe(false);
    await page.locator('header.site-header summary').click();
    expect(await news.isVisible()).toBe(true);
    await news.click();
    await page.waitForURL('**/tin-tuc/');
    expect(new URL(page.url()).pathname).toBe('/tin-tuc/');
    await context.close();
  });

  it('shows the navigation without a click on a wide screen', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(preview.url + '/');
    expect(await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tin tức', exact: true }).isVisible()).toBe(true);
    expect(await page.locator('header.site-header summary').isVisible()).toBe(false);
    await context.close();
  });
});

describe('no empty sections', () => {
  it('every sitemap page: each section has content besides its heading, and no "Chưa có nội dung."', async () => {
    const problems: string[] = [];
    for (const path of sitemapPaths()) {
      await phonePage.goto(preview.url + path);
      const found = await phonePage.evaluate(() => {
        const out: string[] = [];
        for (const section of document.querySelectorAll('main section')) {
          const clone = section.cloneNode(true) as HTMLElement;
          for (const h of clone.querySelectorAll('h1, h2, h3, h4, .section-title')) h.remove();
          const media = clone.querySelector('img, svg, picture, input, select, button, a');
          if (!clone.textContent?.trim() && !media) out.push(section.id || section.getAttribute('aria-labelledby') || 'section');
        }
        if (document.querySelector('main')?.textContent?.includes('Chưa có nội dung.')) out.push('"Chưa có nội dung."');
        return out;
      });
      for (const f of found) problems.push(`${path}: ${f}`);
    }
    expect(problems).toEqual([]);
  });

  it('links to no category that has nothing to show; a place without entries says so, and the list shows no count for it', async () => {
    await phonePage.goto(preview.url + '/tin-tuc/');
    const categories = await phonePage.locator('main nav a[href^="/tin-tuc/chuyen-muc/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(categories.length).toBeGreaterThan(0);
    const WITH_ENTRIES = 'main .card, main li a[href^="/tin-tuc/"], main li a[href^="/mo-hinh/"], main li a[href^="/guong-dien-hinh/"]';
    for (const href of categories) {
      await phonePage.goto(preview.url + href);
      expect(await phonePage.locator(WITH_ENTRIES).count(), href).toBeGreaterThan(0);
    }
    // Every commune of today is listed, most without stories yet: its page says so plainly instead of a bare heading.
    await phonePage.goto(preview.url + '/dia-ban/');
    const places = await phonePage.locator('main ul.units li').evaluateAll((lis) =>
      lis.map((li) => ({ href: li.querySelector('a')!.getAttribute('href')!, counted: li.querySelector('.count') !== null })),
    );
    expect(places.filter((p) => p.counted).length).toBeGreaterThan(0);
    expect(places.filter((p) => !p.counted).length).toBeGreaterThan(0);
    const sample = [...places.filter((p) => p.counted), ...places.filter((p) => !p.counted).slice(0, 5)];
    for (const { href, counted } of sample) {
      await phonePage.goto(preview.url + href);
      const entries = await phonePage.locator(WITH_ENTRIES).count();
      if (counted) expect(entries, href).toBeGreaterThan(0);
      else expect(entries, href).toBe(0);
      expect(await phonePage.locator('main .empty').count(), href).toBe(counted ? 0 : 1);
    }
  });
});

describe('dates', () => {
  const articles = sourceEntries('articles').filter((a) => a.published);
  const latest = [...articles].sort((a, b) => b.data.publishedAt.getTime() - a.data.publishedAt.getTime())[0]!;
  // Written from the content file's date, not from the formatter under test.
  const [year, month, day] = isoDate(latest.data.publishedAt).split('-').map(Number);

  it('reads "ngày D tháng M năm YYYY" on an article', async () => {
    await phonePage.goto(preview.url + latest.path);
    const byline = (await phonePage.locator('main header .meta').first().textContent())!.replace(/\s+/g, ' ');
    expect(byline).toContain(`Biên soạn ngày ${day} tháng ${month} năm ${year}`);
    expect(byline).toMatch(/\d{4} · \S/);
  });

  it('reads "D/M/YYYY" without leading zeros in lists', async () => {
    await phonePage.goto(preview.url + '/tin-tuc/');
    const dates = await phonePage.locator('main .card time').allTextContents();
    expect(dates).toContain(`Biên soạn ${day}/${month}/${year}`);
    for (const d of dates) expect(d).toMatch(/^Biên soạn [1-9]\d?\/[1-9]\d?\/\d{4}$/);
  });

  it('never uses the English word order "tháng M, YYYY"', async () => {
    for (const path of ['/', latest.path, '/mo-hinh/to-hoa-giai/', '/dia-ban/xa-cao-son/']) {
      await phonePage.goto(preview.url + path);
      expect(await phonePage.locator('body').textContent(), path).not.toMatch(/tháng \d{1,2}, \d{4}/);
    }
  });
});
