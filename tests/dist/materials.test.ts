/**
 * Materials for the grassroots in the build: leaflet PDFs (open, A5, two pages, the headline and the emergency
 * number as extractable text, nothing outside the page), the leaflet pages printed at A4, no podcast feed offered
 * while no bulletin has a recording (tests/build/bulletin-audio.test.ts builds one that has), the bulletin pages and
 * the hub with sizes before their downloads.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { A5, LEAFLET_PAGES } from '../../src/build/leaflet-pdf';
import { t } from '../../src/i18n/vi';
import { builtHtmlFiles, readBuilt } from '../helpers/dist';
import { readEntries } from '../helpers/content-files';
import { siteSettings } from '../helpers/content';
import { DIST } from '../helpers/preview';
import { previewAndBrowser } from '../helpers/session';

const settings = siteSettings();
const pdfs = readdirSync(join(DIST, 'to-roi'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.pdf')).map((f) => `to-roi/${f.split('\\').join('/')}`);
const guides = readEntries('guides').filter(({ data }) => data.draft !== true);
const pdftotext = (file: string, ...args: string[]) => execFileSync('pdftotext', [...args, join(DIST, file), '-'], { encoding: 'utf8' });
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('leaflet PDFs', () => {
  it.each(pdfs)('%s opens as A5 pages, at most two, with its text inside the page', (file) => {
    const info = execFileSync('pdfinfo', [join(DIST, file)], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(LEAFLET_PAGES);
    expect(info).toContain(`Page size:       ${A5.width} x ${A5.height} pts`);
    const boxes = [...pdftotext(file, '-bbox').matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">/g)].map((m) => m.slice(1).map(Number));
    expect(boxes.length).toBeGreaterThan(100);
    for (const [x0, y0, x1, y1] of boxes) expect(x0! >= 0 && y0! >= 0 && x1! <= A5.width && y1! <= A5.height).toBe(true);
  });

  it.each(guides.filter((g) => pdfs.includes(`to-roi/mo-hinh/${g.id}.pdf`)).map((g) => [g.id, g.data] as const))(
    'the %s leaflet has its headline, the emergency number and, in a demo build, no agency placeholder',
    (id, data) => {
      const text = flat(pdftotext(`to-roi/mo-hinh/${id}.pdf`));
      expect(text).toContain(flat(String((data.leaflet as { headline: string }).headline)));
      expect(text).toContain(`Khẩn cấp gọi ${settings.emergencyNumber}`);
      expect(text).not.toContain(settings.agency);
    },
  );

  it('is linked from its page as "Tải tờ rơi (PDF)" with its size first', () => {
    for (const file of pdfs) {
      const page = file.replace(/^to-roi\/mo-hinh\//, 'mo-hinh/').replace(/^to-roi\/tin-tuc\//, 'tin-tuc/').replace(/\.pdf$/, '/index.html');
      const html = readBuilt(page);
      const link = new RegExp(`<a class="download"[^>]*href="/${file}"[^>]*><span[^>]*>PDF, (\\d+ KB)</span> <span[^>]*>${t('leaflet.download').replace(/[()]/g, '\\$&')}</span></a>`).exec(html);
      expect(link, page).toBeTruthy();
      expect(link![1]).toBe(`${Math.round(statSync(join(DIST, file)).size / 1000)} KB`);
    }
  });
});

describe('podcast feed', () => {
  // The starter's bulletins have no recording (none is real), so there is no episode to offer.
  it('is neither built, linked nor advertised while no bulletin has a recording', () => {
    expect(readEntries('bulletins').filter(({ data }) => data.audio)).toEqual([]);
    expect(existsSync(join(DIST, 'phat-thanh/podcast.xml'))).toBe(false);
    for (const file of builtHtmlFiles()) expect(readBuilt(file), file).not.toContain('podcast.xml');
    expect(readBuilt('phat-thanh/index.html')).not.toContain(t('bulletins.podcastHelp'));
  });
});

describe('pages', () => {
  const session = previewAndBrowser();

  it('bulletins are listed newest first, each with its reading time, pace and text download', () => {
    const list = readBuilt('phat-thanh/index.html');
    const bulletins = readEntries('bulletins');
    for (const { id } of bulletins) {
      expect(list).toContain(`href="/phat-thanh/${id}/"`);
      const page = readBuilt(`phat-thanh/${id}/index.html`);
      expect(page).toMatch(/Đọc khoảng \d+ phút \(\d+ chữ, với tốc độ 120 chữ một phút/);
      expect(page).toMatch(new RegExp(`href="/phat-thanh/${id}.txt"[^>]*><span[^>]*>TXT, \\d+ (KB|byte)</span>`));
      expect(existsSync(join(DIST, `phat-thanh/${id}.txt`))).toBe(true);
    }
  });

  it('the hub lists bulletins, leaflets and worksheets, by field and by model, sizes first', () => {
    const hub = readBuilt('tai-lieu-tuyen-truyen/index.html');
    for (const file of pdfs) expect(hub).toContain(`href="/${file}"`);
    for (const { id } of readEntries('bulletins')) expect(hub).toContain(`href="/phat-thanh/${id}/"`);
    expect(hub).toContain('href="/hoc-tap/');
    expect(hub).toMatch(/<a [^>]*\bdownload\b/);
    expect(hub).not.toMatch(/<a [^>]*\bdownload\b[^>]*>(?!<span class="size")/);
  });

  it.each(pdfs.map((f) => f.replace(/\.pdf$/, '/')))('/%s prints on A4 landscape, front and back at most', async (path) => {
    const page = await session.browser.newPage();
    await page.goto(`${session.preview.url}/${path}`);
    await page.emulateMedia({ media: 'print' });
    const dir = mkdtempSync(join(tmpdir(), 'antq-print-'));
    try {
      const file = join(dir, 'to-roi.pdf');
      writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(info).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/);
      expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeLessThanOrEqual(2);
      const text = flat(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
      expect(text).toContain(`${t('leaflet.emergency')} ${settings.emergencyNumber}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await page.close();
    }
  });
});
