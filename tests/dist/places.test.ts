/**
 * Places as a resident uses them on the production build: the A–Z list of today's communes, a commune's page with
 * the units it was formed from, a former unit's page saying where it went, and finding one's commune at 360 px in
 * two taps or one search.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { attribute, childElements, childrenOf, elements, findElement, isElement, textOf, type ParsedNode } from '../../src/lib/html/tree';
import { launchBrowser, VIEWPORTS } from '../helpers/browser';
import { readBuilt } from '../helpers/dist';
import { ROOT, startPreview, type Preview } from '../helpers/preview';
import { compareVi } from '../../src/lib/text/collation';

let preview: Preview;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [preview, browser] = await Promise.all([startPreview(), launchBrowser()]);
  page = await browser.newPage({ viewport: VIEWPORTS.phone });
});
afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

interface LocalityFile {
  title: string;
  kind: string;
  parent?: string;
  validUntil?: string;
  successors?: string[];
}
const LOCALITIES = join(ROOT, 'src', 'content', 'localities');
const localities = readdirSync(LOCALITIES).map((file) => ({
  id: file.replace(/\.json$/, ''),
  ...(JSON.parse(readFileSync(join(LOCALITIES, file), 'utf8')) as LocalityFile),
}));
const currentCommunes = localities.filter(
  (l) => l.parent === 'tinh-thai-nguyen' && !l.validUntil && ['xa', 'phuong', 'dac-khu'].includes(l.kind),
);

describe('/dia-ban/', () => {
  beforeAll(async () => {
    await page.goto(`${preview.url}/dia-ban/`);
  });

  it('lists the 92 communes and wards of tỉnh Thái Nguyên A–Z, each linked, apart from the former units', async () => {
    const province = page.locator('section.province');
    const links = province.locator('ul.units a');
    expect(await links.count()).toBe(92);
    expect(currentCommunes).toHaveLength(92);
    const hrefs = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(new Set(hrefs)).toEqual(new Set(currentCommunes.map((c) => `/dia-ban/${c.id}/`)));
    // A–Z by name in Vietnamese order, the level word aside ("Phường Bá Xuyên" after "Xã Ba Bể").
    const names = currentCommunes.map((c) => c.title);
    const shown = hrefs.map((h) => currentCommunes.find((c) => `/dia-ban/${c.id}/` === h)!.title);
    expect(shown).toEqual([...names].sort(compareVi));
    expect(await province.getByRole('heading', { level: 3, name: 'Đ', exact: true }).count()).toBe(1);
    // No former unit among today's units.
    expect(await province.getByText('(cũ)').count()).toBe(0);
  });

  it('shows the number of entries beside a unit that has some', async () => {
    const item = page.locator('section.province ul.units li', { has: page.getByRole('link', { name: 'Xã Vĩnh Thông', exact: true }) });
    expect(Number(await item.locator('.count [aria-hidden="true"]').textContent())).toBeGreaterThan(0);
    expect(await item.textContent()).toMatch(/có \d+ mục/);
    const empty = page.locator('section.province ul.units li', { has: page.getByRole('link', { name: 'Xã Na Rì', exact: true }) });
    expect(await empty.locator('.count').count()).toBe(0);
  });

  it('keeps former units in a list of their own, marked (cũ), each saying where it went', async () => {
    const former = page.locator('section.former');
    expect(await former.getByRole('heading', { level: 2, name: 'Đơn vị hành chính cũ' }).count()).toBe(1);
    const withEntries = former.locator('.former-list li');
    expect(await withEntries.allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Xã Cao Sơn \(cũ\) · Nay thuộc Xã Vĩnh Thông · có \d+ mục$/)]),
    );
    const all = former.locator('details ul.units a');
    expect(await all.count()).toBe(localities.filter((l) => l.validUntil).length);
    for (const name of await all.allTextContents()) expect(name).toMatch(/ \(cũ\)$/);
  });

  it('has no wording meant for the builders', () => {
    for (const path of ['dia-ban/index.html', 'dia-ban/tinh-thai-nguyen/index.html', 'dia-ban/xa-na-ri/index.html']) {
      const main = findElement(parse(readBuilt(path)), (e) => e.tagName === 'main')!;
      // What a reader meets: the text, and the attributes read aloud or shown (labels, titles, alt text).
      const read = [textOf(main), ...[...elements(main)].flatMap((e) => e.attrs.map((a) => a.value))].join('\n');
      for (const phrase of ['không được liên kết', 'từ danh mục', 'nội dung mẫu', 'trang này', 'chưa xác minh được địa bàn'])
        expect(read, `${path}: ${phrase}`).not.toContain(phrase);
    }
  });
});

describe('a commune and the units it was formed from', () => {
  it('xã Vĩnh Thông lists Sỹ Bình, Vũ Muộn and Cao Sơn, its resolution, code and the stories of its former units', async () => {
    await page.goto(`${preview.url}/dia-ban/xa-vinh-thong/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Xã Vĩnh Thông');
    const formed = page.locator('.formed a');
    expect(await formed.allTextContents()).toEqual(['Xã Sỹ Bình (cũ)', 'Xã Vũ Muộn (cũ)', 'Xã Cao Sơn (cũ)']);
    expect(await formed.nth(2).getAttribute('href')).toBe('/dia-ban/xa-cao-son/');
    const law = page.getByRole('link', { name: 'Nghị quyết số 1683/NQ-UBTVQH15', exact: true });
    expect(await law.getAttribute('href')).toBe('/van-ban-phap-luat/#1683-nq-ubtvqh15');
    // The sources cite the resolution's text where the government published it.
    const official = page.locator('.sources').getByRole('link', { name: /^Nghị quyết số 1683\/NQ-UBTVQH15 ngày 16\/6\/2025/ });
    expect(new URL((await official.getAttribute('href'))!).hostname).toBe('xaydungchinhsach.chinhphu.vn');
    expect(await page.locator('.facts').textContent()).toContain('khoản 62 Điều 1');
    expect(await page.locator('.facts').textContent()).toContain('01981');
    expect(await page.locator('.facts').textContent()).toContain('1/7/2025');
    // The stories of xã Cao Sơn (cũ) and thôn Khau Cà are stories of xã Vĩnh Thông's area.
    expect(await page.getByRole('link', { name: /Cao Sơn là địa bàn duy nhất/ }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: 'Thôn Khau Cà', exact: true }).first().getAttribute('href')).toBe('/dia-ban/thon-khau-ca/');
  });

  it('a commune without entries says so plainly and shows what formed it', async () => {
    await page.goto(`${preview.url}/dia-ban/xa-na-ri/`);
    expect(await page.locator('.empty').textContent()).toBe('Chưa có tin bài, mô hình, gương điển hình hay số liệu nào về địa bàn này.');
    expect(await page.locator('.formed a').allTextContents()).toEqual(['Thị trấn Yến Lạc (cũ)', 'Xã Sơn Thành (cũ)', 'Xã Kim Lư (cũ)']);
  });

  it('xã Cao Sơn (cũ) says when it ended and where it went', async () => {
    await page.goto(`${preview.url}/dia-ban/xa-cao-son/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Xã Cao Sơn (cũ)');
    const panel = page.locator('.former');
    expect(await panel.textContent()).toContain('hoạt động đến hết ngày 30/6/2025');
    expect(await panel.getByRole('link', { name: 'Xã Vĩnh Thông' }).getAttribute('href')).toBe('/dia-ban/xa-vinh-thong/');
  });

  it('tỉnh Bắc Kạn (cũ) worked until 30/6/2025, and its district not longer', () => {
    const province = parse(readBuilt('dia-ban/tinh-bac-kan/index.html'));
    expect(endedOn('dia-ban/tinh-bac-kan/index.html')).toBe('2025-06-30');
    expect([...elements(province)].some((e) => e.tagName === 'a' && attribute(e, 'href') === '/dia-ban/tinh-thai-nguyen/')).toBe(true);
    expect(endedOn('dia-ban/huyen-bach-thong/index.html')).toBe('2025-06-30');
  });
});

/** The date in the <time> that opens the <dd> after the term "Hoạt động đến hết", if the built page has one. */
function endedOn(path: string): string | undefined {
  const term = findElement(parse(readBuilt(path)), (e) => e.tagName === 'dt' && textOf(e) === 'Hoạt động đến hết');
  if (!term) return undefined;
  const siblings = childElements(term.parentNode as ParsedNode);
  const value = siblings[siblings.indexOf(term) + 1];
  const first = value?.tagName === 'dd' ? childrenOf(value)[0] : undefined;
  return first && isElement(first) && first.tagName === 'time' ? attribute(first, 'datetime') : undefined;
}

describe('a resident finds their commune at 360 px', () => {
  it('in two taps from the home page: the A–Z list, then the commune', async () => {
    await page.goto(`${preview.url}/`);
    await page.getByRole('link', { name: 'Xã, phường theo thứ tự chữ cái' }).first().click();
    await page.waitForURL(/\/dia-ban\/$/);
    await page.locator('section.province').getByRole('link', { name: 'Xã Vĩnh Thông', exact: true }).click();
    await page.waitForURL(/\/dia-ban\/xa-vinh-thong\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Xã Vĩnh Thông');
  });

  it('in one search from the home page, also by the commune’s old name', async () => {
    for (const [typed, first] of [
      ['vinh thong', '/dia-ban/xa-vinh-thong/'],
      ['Na Rì', '/dia-ban/xa-na-ri/'],
    ]) {
      await page.goto(`${preview.url}/`);
      await page.getByRole('searchbox', { name: 'Tìm xã, phường theo tên' }).fill(typed!);
      await page.getByRole('searchbox', { name: 'Tìm xã, phường theo tên' }).press('Enter');
      await page.waitForFunction(() => document.querySelectorAll('#search-results .result').length > 0);
      const paths = await page.locator('#search-results .result-title a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(paths[0], typed).toBe(first);
      expect(paths.every((p) => p.startsWith('/dia-ban/')), typed).toBe(true);
    }
    await page.goto(`${preview.url}/`);
    await page.getByRole('searchbox', { name: 'Tìm xã, phường theo tên' }).fill('cao son');
    await page.getByRole('searchbox', { name: 'Tìm xã, phường theo tên' }).press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('#search-results .result').length > 0);
    const paths = await page.locator('#search-results .result-title a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(paths.slice(0, 3)).toContain('/dia-ban/xa-vinh-thong/');
  });

  it('fits the list in 360 px without sideways scrolling', async () => {
    await page.goto(`${preview.url}/dia-ban/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);
  });
});
