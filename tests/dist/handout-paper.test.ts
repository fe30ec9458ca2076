/**
 * The students' worksheet as Chromium prints it on A4: two pages, or three that are balanced (the last at least
 * half full, not one question alone), and no question cut between pages.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readEntries } from '../helpers/content-files';
import { pageCount, pageText, renderPages } from '../helpers/paper';
import { previewAndBrowser } from '../helpers/session';

const lessons = readEntries('guides').filter((g) => g.data.lesson && g.data.draft !== true);
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** How far down the page its ink reaches, as a share of the page's height. */
async function inkDepth(png: string): Promise<number> {
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  for (let y = info.height - 1; y >= 0; y--)
    for (let x = 0; x < info.width; x++) if (data[y * info.width + x]! < 200) return y / info.height;
  return 0;
}

describe('the printed worksheet', () => {
  const session = previewAndBrowser();

  it('exists for the starter lessons', () => expect(lessons.length).toBeGreaterThan(0));

  it.each(lessons.map((l) => [l.id, l] as const))('/hoc-tap/%s/ prints on two A4 pages, or three balanced', async (id, lesson) => {
    const page = await session.browser.newPage();
    const dir = mkdtempSync(join(tmpdir(), 'antq-handout-'));
    try {
      await page.emulateMedia({ media: 'print' });
      await page.goto(`${session.preview.url}/hoc-tap/${id}/`);
      const pdf = join(dir, 'phieu.pdf');
      writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
      const pages = pageCount(pdf);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(3);
      const rendered = renderPages(pdf, 40);
      try {
        if (pages === 3) expect(await inkDepth(rendered.files.at(-1)!)).toBeGreaterThanOrEqual(0.5);
      } finally {
        rendered.done();
      }
      // Every question stands whole on one page.
      const texts = Array.from({ length: pages }, (_, i) => flat(pageText(pdf, i + 1)));
      const quiz = (lesson.data.lesson as { quiz: { question: string }[] }).quiz;
      for (const { question } of quiz) expect(texts.filter((t) => t.includes(flat(question))), question).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await page.close();
    }
  });
});
