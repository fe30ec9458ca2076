/**
 * The real search page on the production build: a reader types queries the way residents do and the
 * expected page must come first or in the top three.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { builtHtmlFiles, readBuilt, urlPathOf } from '../helpers/dist';
import { readEntries } from '../helpers/content-files';
import { DIST, startPreview, type Preview } from '../helpers/preview';
import { t } from '../../src/i18n/vi';
import { sourceEntries } from '../helpers/content';
import { containsFoldedPhrase } from '../../src/lib/search/query';
import { SORTS } from '../../src/lib/search/page-index';
import { readSortKeys } from '../../src/lib/search/page-index';
import { sortOrderFile, type SortKey } from '../../src/lib/search/sort-order';
import { foldDiacritics } from '../../src/lib/text/vietnamese';

let preview: Preview;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [preview, browser] = await Promise.all([startPreview(), launchBrowser()]);
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

const status = () => page.locator('#search-status');

/** Waits until the status line reports an outcome, not "searching". */
async function settled(): Promise<string> {
  await page.waitForFunction(() => {
    const text = document.querySelector('#search-status')?.textContent ?? '';
    return text !== '' && !text.startsWith('Đang');
  });
  return (await status().textContent()) ?? '';
}

async function resultPaths(): Promise<string[]> {
  return page.locator('#search-results .result-title a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Types into the search box as a reader would and submits with Enter. */
async function typeQuery(query: string, params = ''): Promise<string[]> {
  await page.goto(`${preview.url}/tim-kiem/${params}`);
  await page.locator('#search-q').fill(query);
  await page.locator('#search-q').press('Enter');
  await settled();
  return resultPaths();
}

const nfd = (s: string) => s.normalize('NFD');

/** The built index's fragments (gzip of "pagefind_dcd" and JSON), each with its result id, the file's name. */
function readFragments(): { id: string; url: string; content: string }[] {
  const dir = join(DIST, 'pagefind', 'fragment');
  return readdirSync(dir).map((file) => {
    const raw = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    return { id: file.replace(/\.pf_fragment$/, ''), ...(JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string }) };
  });
}
/** Pagefind result id → page address. */
const fragmentUrls = () => new Map(readFragments().map((f) => [f.id, f.url]));
const sortOrder = (key: SortKey) => JSON.parse(readFileSync(join(DIST, 'pagefind', sortOrderFile(key)), 'utf8')) as string[];

describe('search ranking on the starter content', () => {
  it.each([
    // [what it checks, typed query, URL params, expected page, must be within the first N]
    // The loudspeaker bulletin written from the article has the phrase in its title and may come first.
    ['without diacritics', 'giao nop vu khi', '', '/tin-tuc/nguoi-dan-tu-giac-giao-nop-vu-khi/', 2],
    // The model's lesson page has the phrase too and may come first.
    ['old tone placement (hoà)', 'tái hoà nhập', '', '/mo-hinh/giup-do-nguoi-chap-hanh-xong-an-phat-tu/', 2],
    // The model's lesson page has the phrase too and may come first.
    ['typed decomposed (NFD)', nfd('tổ hòa giải'), '', '/mo-hinh/to-hoa-giai/', 2],
    ['"d" for "đ" (đạn bi)', 'dan bi', '', '/tin-tuc/nguoi-dan-tu-giac-giao-nop-vu-khi/', 3],
    ['"d" for "đ" (đạn chì)', 'dan chi', '', '/tin-tuc/nguoi-dan-tu-giac-giao-nop-vu-khi/', 3],
    ['a circular number typed in lower case (TT-BCA)', '124/2021/tt-bca', '', '/tin-tuc/ngay-hoi-toan-dan-bao-ve-an-ninh-to-quoc/', 1],
    ['a full law number', '127/2025/qh15', '', '/mo-hinh/giup-do-nguoi-chap-hanh-xong-an-phat-tu/', 1],
    ['a document symbol typed as tt-bca', 'tt-bca', '', '/tin-tuc/ngay-hoi-toan-dan-bao-ve-an-ninh-to-quoc/', 3],
    ['a law number', '35/2013/qh13', '', '/mo-hinh/to-hoa-giai/', 1],
    ['a two-syllable phrase', 'liên gia', '', '/mo-hinh/lien-gia-tu-quan/', 1],
    ['a two-syllable phrase without marks', 'ma tuy', '', '/tin-tuc/cao-son-dia-ban-khong-co-te-nan-ma-tuy/', 3],
    ['a filter by commune', 'an toan', '?dia-ban=xa-cao-son', '/mo-hinh/ho-an-toan-thon-ban-binh-yen/', 3],
  ])('%s: "%s" finds the page', async (_what, query, params, expected, within) => {
    const paths = await typeQuery(query, params);
    expect(paths.slice(0, within)).toContain(expected);
  });

  it('puts words with the typed diacritics before prefix matches (hóa, not hoàn/hoặc)', async () => {
    await typeQuery('hóa');
    const marks = await page.locator('#search-results .result').first().locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(['hóa', 'hoá']).toContain(mark.toLowerCase().replace(/[^\p{L}]/gu, ''));
  });

  it('shows and marks the words found through the đ→d folded field', async () => {
    await typeQuery('doan the');
    const groups = await page.locator('#search-results .result').first().locator('mark').allTextContents();
    expect(groups.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['đoàn']));
    await typeQuery('dia danh');
    const marks = await page.locator('#search-results .result').first().locator('mark').allTextContents();
    expect(marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['địa']));
  });

  it('a place filter includes the pages of units below it and of the units it was formed from, and nothing else', async () => {
    const paths = await typeQuery('an toan', '?dia-ban=xa-vinh-thong');
    expect(paths).toContain('/guong-dien-hinh/thon-khau-ca/');
    expect(paths).toContain('/guong-dien-hinh/xa-cao-son/');
    const outside = ['/tin-tuc/ngay-hoi-toan-dan-bao-ve-an-ninh-to-quoc/', '/mo-hinh/to-hoa-giai/', '/tin-tuc/nguoi-dan-tu-giac-giao-nop-vu-khi/'];
    for (const path of outside) expect(paths).not.toContain(path);
  });
});

/**
 * Every result shown holds every word typed, as a whole word once tone marks and đ are folded: "na" is not "này",
 * "4" is not "49/2020/NĐ-CP", and a name the site does not have finds nothing. Checked against the indexed text of
 * each result (its fragment: the body and the fields shown with it), written out here apart from the page's code.
 */
const foldForCheck = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/\s+/g, ' ');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
function holdsWholeWord(text: string, word: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'u').test(text);
}
/** The words typed, each stripped of surrounding punctuation ("“an ninh”" → "an", "ninh"). */
const typedWords = (query: string) =>
  foldForCheck(query)
    .split(' ')
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);

/** Every result of the search, following "more" to the end. */
async function allResults(query: string): Promise<string[]> {
  await typeQuery(query);
  for (let i = 0; i < 60 && (await page.locator('#search-more').isVisible()); i++) {
    const before = await page.locator('#search-results .result').count();
    await page.locator('#search-more').click();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results .result').length > n, before);
  }
  return resultPaths();
}

describe('search shows only matches', () => {
  const fragments = new Map(readFragments().map((f) => [f.url, f]));
  // The fields shown with a result, and the description of the page's picture, which Pagefind indexes as text too.
  const SHOWN_META = ['title', 'type', 'date', 'period', 'place', 'image_alt'];
  const indexedText = (path: string) => {
    const fragment = fragments.get(path) as unknown as { content: string; meta: Record<string, string> } | undefined;
    expect(fragment, path).toBeDefined();
    return foldForCheck([fragment!.content, ...SHOWN_META.map((k) => fragment!.meta[k] ?? '')].join(' \n '));
  };
  const textsOfSite = () => [...fragments.keys()].map(indexedText);

  // Names the site has, names it does not have, short words, document numbers, with and without marks.
  const QUERIES = [
    'Na Rì',
    'na ri',
    'na',
    '49/2020/NĐ-CP',
    '49/2020/nd-cp',
    '4',
    'Vĩnh Thông',
    'Phủ Thông',
    'cao son',
    'Cao Sơn',
    'Pác Nặm',
    'Hà Nội',
    'an ninh',
    'tt-bca',
    '124/2021/TT-BCA',
    '1683/NQ-UBTVQH15',
    'hoa giai',
    'dan',
    'Sỹ Bình',
    'ma tuy',
  ];

  it.each(QUERIES)('"%s": every result holds every word typed, as a whole word', async (query) => {
    const paths = await allResults(query);
    const words = typedWords(query);
    for (const path of paths) {
      const text = indexedText(path);
      for (const word of words) expect(holdsWholeWord(text, word), `${path} lacks “${word}”`).toBe(true);
    }
    // Nothing left out either: the count read out is the list shown, and a page holding every word is found.
    if (paths.length > 0) expect(await status().textContent()).toBe(`Tìm thấy ${paths.length} kết quả cho “${query}”.`);
    const holders = textsOfSite().filter((text) => words.every((w) => holdsWholeWord(text, w))).length;
    expect(paths.length > 0, query).toBe(holders > 0);
  });

  it('the checks can fail: prefix matches are not whole words', () => {
    expect(holdsWholeWord(foldForCheck('Xã này năm nào'), 'na')).toBe(false);
    expect(holdsWholeWord(foldForCheck('Nghị định 49/2020/NĐ-CP'), '4')).toBe(false);
    expect(holdsWholeWord(foldForCheck('Nghị định 49/2020/NĐ-CP'), '49/2020/nd-cp')).toBe(true);
    expect(holdsWholeWord(foldForCheck('Xã Na Rì'), 'na')).toBe(true);
  });

  it('finds xã Vĩnh Thông by the old name "cao son", and names only the site has', async () => {
    // The old name's own page comes first and says where it went; today's commune follows among the first results.
    const caoSon = await allResults('cao son');
    expect(caoSon[0]).toBe('/dia-ban/xa-cao-son/');
    expect(await page.locator('#search-results .result').first().locator('.result-meta').textContent()).toBe('Nay thuộc Xã Vĩnh Thông');
    expect(caoSon.slice(0, 5)).toContain('/dia-ban/xa-vinh-thong/');
    expect((await allResults('Vĩnh Thông'))[0]).toBe('/dia-ban/xa-vinh-thong/');
    const phuThong = await allResults('Phủ Thông');
    // Today's xã Phủ Thông and the former thị trấn it was formed from, before any page that only mentions the name.
    expect(phuThong.slice(0, 2).sort()).toEqual(['/dia-ban/thi-tran-phu-thong/', '/dia-ban/xa-phu-thong/']);
  });

  it('a name the site does not have: says so plainly, lists no result, and offers places and browsing apart', async () => {
    const paths = await typeQuery('Pác Nặm');
    expect(paths).toEqual([]);
    expect(await status().textContent()).toBe('Không có trang nào chứa “Pác Nặm”.');
    expect(await page.locator('#search-results li').count()).toBe(0);
    const suggestions = page.locator('#search-suggestions');
    await suggestions.locator('#suggested-places a').first().waitFor();
    expect(await suggestions.isVisible()).toBe(true);
    expect(await suggestions.getByRole('heading', { level: 2 }).textContent()).toBe(t('search.suggestions'));
    expect(await suggestions.getByRole('heading', { level: 3, name: t('search.suggestedPlaces') }).count()).toBe(1);
    // Each offered place has a word of its name starting with a word typed, and is a place page.
    const offered = await suggestions.locator('#suggested-places a').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, name: a.textContent! })));
    expect(offered.length).toBeGreaterThan(0);
    for (const { href, name } of offered) {
      expect(href).toMatch(/^\/dia-ban\/[a-z0-9-]+\/$/);
      expect(foldForCheck(name).split(/[^\p{L}\p{N}]+/u).some((w) => w.startsWith('pac') || w.startsWith('nam')), name).toBe(true);
    }
    expect(await suggestions.getByRole('link', { name: t('search.browsePlacesAz') }).getAttribute('href')).toBe('/dia-ban/');
    // Browsing: the A–Z list, and the page's own lists by type, topic and place, which follow.
    expect(await suggestions.getByRole('heading', { level: 3, name: t('search.suggestedBrowse') }).count()).toBe(1);
    expect(await suggestions.getByRole('link', { name: t('search.suggestedBrowseAll') }).getAttribute('href')).toBe('#browse-title');
    expect(await page.locator('#browse-title').isVisible()).toBe(true);
    // The offers are not results: the results list stays empty and is not where they are.
    expect(await page.locator('#search-results #suggested-places').count()).toBe(0);
  });
});

/**
 * Phrases from the content, each in exactly one published page while its words are also on other pages,
 * typed as phone users often do: without diacritics, "d" for "đ" (and two without any "d", which Pagefind's own
 * phrase search ranks). The phrase's page must come first.
 */
const PHRASES: [query: string, page: string][] = [
  ['da kip', '/tin-tuc/cach-bao-tin-to-giac-toi-pham-an-toan/'],
  ['nay da', '/tin-tuc/khau-ca-giu-binh-yen-tu-moi-nep-nha/'],
  ['de xay dung', '/mo-hinh/ho-an-toan-thon-ban-binh-yen/'],
  ['ly do', '/tin-tuc/cao-son-dia-ban-khong-co-te-nan-ma-tuy/'],
  ['da giai quyet', '/mo-hinh/to-hoa-giai/'],
  ['bat buoc', '/mo-hinh/to-hoa-giai/'],
  ['quan trong', '/tin-tuc/cach-bao-tin-to-giac-toi-pham-an-toan/'],
];

describe('phrases typed without diacritics', () => {
  const sources = (['articles', 'guides', 'profiles'] as const).flatMap((c) => sourceEntries(c)).filter((e) => e.published);
  const body = (path: string) => readFileSync(join(DIST, path.slice(1), 'index.html'), 'utf8').replace(/<[^>]+>/g, ' ');

  it.each(PHRASES)('the set is true to the content: "%s" is on %s only, its words elsewhere too', (query, expected) => {
    const holders = sources.filter((e) => containsFoldedPhrase(body(e.path), query)).map((e) => e.path);
    expect(holders).toEqual([expected]);
    const wordsOf = (text: string) => new Set(foldDiacritics(text).toLowerCase().split(/[^\p{L}\p{N}]+/u));
    const elsewhere = sources.filter((e) => e.path !== expected && query.split(' ').every((w) => wordsOf(body(e.path)).has(w)));
    expect(elsewhere.length).toBeGreaterThan(0);
  });

  it.each(PHRASES)('"%s" puts %s first', async (query, expected) => {
    const paths = await typeQuery(query);
    expect(paths[0]).toBe(expected);
  });

  it('typed with diacritics, the exact phrase comes first', async () => {
    const paths = await typeQuery('đã kịp');
    expect(paths[0]).toBe('/tin-tuc/cach-bao-tin-to-giac-toi-pham-an-toan/');
  });
});

describe('lessons in the search', () => {
  it('finds a lesson by what it teaches, with its own type filter', async () => {
    const paths = await typeQuery('phieu hoc tap ho an toan', '?loai=hoc-tap');
    expect(paths[0]).toBe('/hoc-tap/ho-an-toan-thon-ban-binh-yen/');
    expect(paths.every((p) => p.startsWith('/hoc-tap/'))).toBe(true);
    expect(await page.locator('#search-type option[value="hoc-tap"]').textContent()).toBe(t('search.type.lesson'));
  });
});

describe('search page behaviour', () => {
  it('keeps query and filters in the URL and restores them with the back button', async () => {
    await page.goto(`${preview.url}/tim-kiem/?q=hoa+giai`);
    await settled();
    expect(await page.locator('#search-q').inputValue()).toBe('hoa giai');
    const first = await resultPaths();

    await page.locator('#search-q').fill('khau ca');
    await page.locator('#search-q').press('Enter');
    await page.waitForURL(/q=khau\+ca/);
    await settled();
    expect((await resultPaths())[0]).not.toBe(first[0]);

    await page.locator('#search-filters summary').click();
    await page.locator('#search-type').selectOption('dia-ban');
    await page.waitForURL(/loai=dia-ban/);
    await settled();
    const places = await resultPaths();
    expect(places[0]).toBe('/dia-ban/thon-khau-ca/');
    expect(places.every((path) => path.startsWith('/dia-ban/'))).toBe(true);

    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('loai='));
    await settled();
    expect(await page.locator('#search-type').inputValue()).toBe('');
    await page.goBack();
    await page.waitForURL(/q=hoa\+giai/);
    await settled();
    expect(await page.locator('#search-q').inputValue()).toBe('hoa giai');
    expect(await resultPaths()).toEqual(first);
  });

  it('shows type, title, date, place, a highlighted excerpt and a thumbnail', async () => {
    await page.goto(`${preview.url}/tim-kiem/?q=khau+ca+giu+binh+yen`);
    await settled();
    const result = page.locator('#search-results .result').first();
    expect(await result.locator('.result-type').textContent()).toBe('Tin tức');
    expect(await result.locator('.result-title').textContent()).toBe('Khau Cà từng giữ bình yên với mô hình “Hộ an toàn, thôn bản, tổ dân phố bình yên”');
    // The period of its facts apart from when it was written: a 2021 story never reads as this week's news.
    expect(await result.locator('.result-meta').textContent()).toBe('Số liệu năm 2021 · Biên soạn 27/11/2026 · Thôn Khau Cà, Xã Cao Sơn (cũ)');
    expect(await result.locator('.excerpt mark').count()).toBeGreaterThan(0);
    // About 50 syllables (Pagefind's default would be 30 words).
    const words = ((await result.locator('.excerpt').textContent()) ?? '').split(/\s+/).filter((w) => w && w !== '…');
    expect(words.length).toBeGreaterThanOrEqual(45);
    expect(words.length).toBeLessThanOrEqual(50);
    const thumb = result.locator('img.thumb');
    expect(await thumb.getAttribute('alt')).toBe('');
    expect(await thumb.evaluate((img) => (img as HTMLImageElement).naturalWidth || img.getAttribute('src'))).toBeTruthy();
  });

  it('announces the count and "no results" in a live region', async () => {
    expect(await status().getAttribute('role')).toBe('status');
    await typeQuery('hoa giai');
    expect(await status().textContent()).toMatch(/^Tìm thấy \d+ kết quả cho “hoa giai”\.$/);
    // Picture addresses are stored with each result but are not searchable words.
    expect(await typeQuery('webp')).toEqual([]);
    const none = await typeQuery('xqzvw');
    expect(none).toEqual([]);
    expect(await status().textContent()).toBe('Không có trang nào chứa “xqzvw”.');
  });

  it('works with the keyboard alone: Enter searches, "more" moves focus to the next results', async () => {
    await page.goto(`${preview.url}/tim-kiem/`);
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
    for (let i = 0; i < 30 && (await focusedId()) !== 'search-q'; i++) await page.keyboard.press('Tab');
    expect(await focusedId()).toBe('search-q');
    await page.keyboard.type('hoa giai');
    await page.keyboard.press('Enter');
    await settled();
    const shown = await page.locator('#search-results .result').count();
    expect(shown).toBe(10);
    const more = page.locator('#search-more');
    expect(await more.isVisible()).toBe(true);
    for (let i = 0; i < 80 && (await focusedId()) !== 'search-more'; i++) await page.keyboard.press('Tab');
    expect(await focusedId()).toBe('search-more');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('#search-results .result').length > 10);
    const focused = await page.evaluate(() => document.activeElement?.closest('.result') === document.querySelectorAll('#search-results .result')[10]);
    expect(focused).toBe(true);
  });

  it('lists everything about a place, newest first, with only a filter chosen', async () => {
    await page.goto(`${preview.url}/tim-kiem/?dia-ban=xa-vinh-thong`);
    await settled();
    const paths = await resultPaths();
    expect(paths).toContain('/dia-ban/thon-khau-ca/');
    expect(paths).toContain('/guong-dien-hinh/xa-cao-son/');
    expect(await page.locator('#search-filters').getAttribute('open')).not.toBeNull();
  });

  it('lists in the date and name orders of their own files, which a search by relevance never fetches', async () => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    const shown = async (params: string) => {
      fetched.length = 0;
      await page.goto(`${preview.url}/tim-kiem/${params}`);
      await settled();
      return { paths: await resultPaths(), titles: await page.locator('#search-results .result-title').allTextContents() };
    };
    const orderFiles = () => fetched.filter((path) => /^\/pagefind\/sort-/.test(path));
    const urls = fragmentUrls();
    const articlesIn = (key: SortKey) => sortOrder(key).map((id) => urls.get(id)!).filter((url) => url.startsWith('/tin-tuc/'));

    await shown('?q=an+ninh');
    expect(orderFiles()).toEqual([]);

    const newest = await shown('?loai=tin-tuc');
    expect(newest.paths.length).toBeGreaterThan(3);
    expect(newest.paths).toEqual(articlesIn('ngay').reverse());
    expect(orderFiles()).toEqual(['/pagefind/sort-ngay.json']);
    expect((await shown('?loai=tin-tuc&sap-xep=moi-nhat')).paths).toEqual(newest.paths);

    const byName = await shown('?loai=tin-tuc&sap-xep=ten');
    expect(byName.paths).toEqual(articlesIn('ten'));
    expect(byName.titles).toEqual([...byName.titles].sort(new Intl.Collator('vi').compare));
    expect(orderFiles()).toEqual(['/pagefind/sort-ten.json']);
    page.removeAllListeners('request');
  });

  it('without JavaScript says so and offers browsing by type, topic and place', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${preview.url}/tim-kiem/?q=hoa+giai`);
    expect(await noJs.locator('.notice').textContent()).toContain('JavaScript');
    const links = await noJs.locator('.browse a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/tin-tuc/', '/mo-hinh/', '/chu-de/phong-chong-ma-tuy/', '/dia-ban/xa-cao-son/']));
    await context.close();
  });
});

describe('what the build ships', () => {
  it('indexes exactly the content pages, in one Vietnamese index', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['vi']);
    const bodies = builtHtmlFiles().filter((f) => readBuilt(f).includes('data-pagefind-body'));
    expect(bodies.length).toBeGreaterThan(10);
    expect(entry.languages.vi!.page_count).toBe(bodies.length);
    const paths = bodies.map(urlPathOf);
    expect(paths.filter((p) => !/^\/((tin-tuc|mo-hinh|guong-dien-hinh|dia-ban|hoc-tap|phat-thanh)\/[^/]+|to-roi\/(mo-hinh|tin-tuc)\/[^/]+|tai-lieu-tuyen-truyen)\/$/.test(p))).toEqual([]);
    // The materials are found by search: every bulletin and leaflet page, and the hub.
    const leafletPages = builtHtmlFiles().filter((f) => f.startsWith('to-roi/')).length;
    expect(leafletPages).toBeGreaterThan(0);
    expect(paths.filter((p) => /^\/(phat-thanh|to-roi|tai-lieu-tuyen-truyen)\//.test(p)).length).toBe(readEntries('bulletins').length + leafletPages + 1);
  });

  it('writes each sort order with every indexed page once, ordered by the keys the page carries', () => {
    const urls = fragmentUrls();
    const htmlOf = (url: string) => readBuilt(`${url.slice(1)}index.html`);
    for (const key of Object.values(SORTS)) {
      const ids = sortOrder(key);
      expect(new Set(ids).size, key).toBe(ids.length);
      expect([...ids].sort(), key).toEqual([...urls.keys()].sort());
      const values = ids.map((id) => readSortKeys(htmlOf(urls.get(id)!), urls.get(id)!).find(([k]) => k === key)?.[1] ?? '');
      expect(values.every(Boolean), key).toBe(true);
      expect(values, key).toEqual([...values].sort());
    }
    // The keys are not Pagefind's: its metadata, fetched by every first search, would carry both orders again.
    expect(builtHtmlFiles().filter((f) => readBuilt(f).includes('data-pagefind-sort'))).toEqual([]);
  });

  it('indexes what a page says, not its buttons: no share links in any indexed text', () => {
    // Every entry page has "Chia sẻ qua Zalo"; indexed, a search for "zalo" or "facebook" would list every entry.
    const fragments = readFragments();
    expect(fragments.length).toBeGreaterThan(10);
    for (const label of [t('share.zalo'), t('share.facebook'), t('share.newWindow')]) {
      expect(fragments.filter((f) => f.content.includes(label)).map((f) => f.url), label).toEqual([]);
    }
  });

  // Which scripts each page may carry is checked page by page in scripts.test.ts.
  it('loads Pagefind on the search page only', () => {
    for (const file of builtHtmlFiles()) {
      if (file === 'tim-kiem/index.html') continue;
      expect(readBuilt(file), file).not.toContain('/pagefind/');
    }
  });
});
