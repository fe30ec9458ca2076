/**
 * The leaflet pages printed as Chromium prints them (print emulation, A4 landscape): two sides of three panels.
 * Each panel's content must fit inside it and reach down at least 60 % of its height, both in the page's layout
 * and on the printed sheet (ink measured in each panel's strip of the PDF rendered by pdftoppm); no type under
 * 10 pt; every panel says "Bản trình diễn" in a demo build, and the sheet carries every sentence of the leaflet,
 * none cut between the sides.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { LEAFLET_ARTICLE_CATEGORIES, leafletShortfall, type LeafletText } from '../../src/lib/materials/leaflet';
import { readEntries } from '../helpers/content-files';
import { pageCount, pageText, renderPages } from '../helpers/paper';
import { previewAndBrowser } from '../helpers/session';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

const leaflets = [
  ...readEntries('guides').map((e) => ({ path: `/to-roi/mo-hinh/${e.id}/`, ...e })),
  ...readEntries('articles')
    .filter((e) => (LEAFLET_ARTICLE_CATEGORIES as readonly unknown[]).includes(e.data.category))
    .map((e) => ({ path: `/to-roi/tin-tuc/${e.id}/`, ...e })),
].filter((e) => e.data.draft !== true && !leafletShortfall(e.data.leaflet as LeafletText | undefined));

/** The printable area of A4 landscape with the leaflet's 8 mm margins, in CSS pixels. */
const MM = 96 / 25.4;
const AREA = { width: Math.round(281 * MM), height: Math.round(194 * MM) };
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

interface PanelMeasure {
  name: string;
  /** How far down the body of the panel its content reaches, as a share of the body's height. */
  fill: number;
  overflows: boolean;
  tag: string;
}

describe('the printed tri-fold', () => {
  const session = previewAndBrowser();

  it('has starter leaflets to print', () => expect(leaflets.length).toBeGreaterThanOrEqual(2));

  it.each(leaflets.map((l) => [l.path, l] as const))('%s fills and fits every panel', async (path, leaflet) => {
    const page = await session.browser.newPage({ viewport: AREA });
    const dir = mkdtempSync(join(tmpdir(), 'antq-trifold-'));
    try {
      await page.emulateMedia({ media: 'print' });
      await page.goto(`${session.preview.url}${path}`);
      const panels: PanelMeasure[] = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-panel]')].map((panel) => {
          const box = panel.getBoundingClientRect();
          const tag = panel.querySelector<HTMLElement>('[data-panel-tag]');
          const top = tag ? tag.getBoundingClientRect().bottom : box.top;
          const bottom = Math.max(...[...panel.children].filter((c) => c !== tag).map((c) => c.getBoundingClientRect().bottom));
          return {
            name: panel.dataset.panel!,
            fill: (bottom - top) / (box.bottom - top),
            overflows: panel.scrollHeight > panel.clientHeight + 1 || panel.scrollWidth > panel.clientWidth + 1 || bottom > box.bottom + 1,
            tag: tag?.innerText ?? '',
          };
        }),
      );
      expect(panels.map((p) => p.name).sort()).toEqual(['back', 'cover', 'flap', 'inside-1', 'inside-2', 'inside-3']);
      for (const panel of panels) {
        expect(panel.overflows, `${panel.name} overflows`).toBe(false);
        expect(panel.fill, `${panel.name} fill`).toBeGreaterThanOrEqual(0.6);
        expect(panel.tag.toLocaleLowerCase('vi'), panel.name).toBe('bản trình diễn');
      }

      // No text on the sheet under 10 pt (13.33 CSS px).
      const smallest = await page.evaluate(() =>
        Math.min(
          ...[...document.querySelectorAll('[data-leaflet] *')]
            .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()))
            .filter((el) => (el as HTMLElement).offsetParent !== null)
            .map((el) => parseFloat(getComputedStyle(el).fontSize)),
        ),
      );
      expect(smallest).toBeGreaterThanOrEqual((10 * 96) / 72 - 0.01);

      // On paper: two A4 landscape sides, every sentence whole on one of them.
      const pdf = join(dir, 'to-roi.pdf');
      writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
      expect(pageCount(pdf)).toBe(2);
      const sides = [flat(pageText(pdf, 1)), flat(pageText(pdf, 2))];
      const text = leaflet.data.leaflet as LeafletText;
      for (const sentence of [text.headline, ...text.messages, ...text.dos, ...text.donts, ...text.whoToCall])
        expect(sides.filter((side) => side.includes(flat(sentence))), sentence).toHaveLength(1);

      // And the ink of each panel's strip of the sheet reaches down at least 60 % of the printable height.
      const rendered = renderPages(pdf, 50);
      try {
        for (const png of rendered.files) {
          const { width, height } = await sharp(png).metadata();
          const px = (mm: number) => Math.round((mm * width!) / 297);
          const { data } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
          for (let panel = 0; panel < 3; panel++) {
            const left = px(8 + panel * 99);
            const right = px(8 + panel * 99 + 83);
            let first = -1;
            let last = -1;
            for (let y = 0; y < height!; y++)
              for (let x = left; x < right; x++)
                if (data[y * width! + x]! < 200) {
                  if (first < 0) first = y;
                  last = y;
                  break;
                }
            expect((last - first) / px(194), `${png} panel ${panel + 1}`).toBeGreaterThanOrEqual(0.6);
          }
        }
      } finally {
        rendered.done();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await page.close();
    }
  });
});
