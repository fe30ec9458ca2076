/**
 * The leaflet PDFs of the demo build, looked at as paper: every page rendered by pdftoppm must carry ink over at
 * least 60 % of its area and at least 100 words, no type smaller than 10 pt, no sentence cut between the pages,
 * the demonstration notice on every page and no bracketed placeholder anywhere, the QR code on the back leading
 * to the page's path on the build's address, and nothing of what a guide tells the officers who build a model.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { A5, LEAFLET_PAGES, MIN_TYPE } from '../../src/build/leaflet-pdf';
import { LEAFLET_ARTICLE_CATEGORIES, leafletShortfall, type LeafletText } from '../../src/lib/materials/leaflet';
import { DEMO_ORIGIN } from '../../src/lib/site/site-mode';
import { entryPath } from '../../src/lib/site/urls';
import { readEntries } from '../helpers/content-files';
import { readBuilt } from '../helpers/dist';
import { inkedShare, pageCount, pageText, readQr, renderPages, typeSizes, wordCount } from '../helpers/paper';
import { DIST } from '../helpers/preview';

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

interface Candidate {
  collection: 'guides' | 'articles';
  id: string;
  data: Record<string, unknown>;
}
const candidates: Candidate[] = [
  ...readEntries('guides').map((e) => ({ collection: 'guides' as const, ...e })),
  ...readEntries('articles')
    .filter((e) => (LEAFLET_ARTICLE_CATEGORIES as readonly unknown[]).includes(e.data.category))
    .map((e) => ({ collection: 'articles' as const, ...e })),
].filter((c) => c.data.draft !== true);
const segment = { guides: 'mo-hinh', articles: 'tin-tuc' } as const;
const pdfOf = (c: Candidate) => join(DIST, 'to-roi', segment[c.collection], `${c.id}.pdf`);
const text = (c: Candidate) => c.data.leaflet as LeafletText | undefined;
const printed = candidates.filter((c) => !leafletShortfall(text(c)));
const skipped = candidates.filter((c) => leafletShortfall(text(c)));

const rendered = new Map<string, ReturnType<typeof renderPages>>();
/** Pages at 72 dpi: one pixel a point, 12-pixel cells of about 4 mm. */
const pagesOf = (c: Candidate) => {
  let r = rendered.get(c.id);
  if (!r) rendered.set(c.id, (r = renderPages(pdfOf(c), 72)));
  return r.files;
};
afterAll(() => rendered.forEach((r) => r.done()));

describe('the starter leaflets', () => {
  it('exist for the entries with enough text for residents, and only for them', () => {
    expect(printed.length).toBeGreaterThanOrEqual(2);
    for (const c of printed) expect(existsSync(pdfOf(c)), c.id).toBe(true);
    for (const c of skipped) {
      expect(existsSync(pdfOf(c)), c.id).toBe(false);
      expect(readBuilt(`${entryPath(c.collection, c.id).slice(1)}index.html`)).not.toContain(`/to-roi/`);
    }
    const built = readdirSync(join(DIST, 'to-roi'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.pdf'));
    expect(built).toHaveLength(printed.length);
  });

  describe.each(printed.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const pdf = () => pdfOf(c);

    it(`is ${LEAFLET_PAGES} A5 pages, each at least 60 % inked`, async () => {
      expect(pageCount(pdf())).toBe(LEAFLET_PAGES);
      for (const png of pagesOf(c)) {
        const share = await inkedShare(png, 12);
        expect(share, png).toBeGreaterThanOrEqual(0.6);
      }
      // The rendering is the whole page: A5 at one pixel a point.
      expect((await sharp(pagesOf(c)[0]!).metadata()).width).toBe(Math.round(A5.width));
    });

    it(`sets no type smaller than ${MIN_TYPE} pt, and scales none`, async () => {
      for (const page of await typeSizes(pdf())) {
        expect(page.sizes.length).toBeGreaterThan(0);
        expect(Math.min(...page.sizes)).toBeGreaterThanOrEqual(MIN_TYPE);
        expect(page.scaled).toBe(false);
      }
    });

    it('has at least 100 words on every page', () => {
      for (let p = 1; p <= LEAFLET_PAGES; p++) expect(wordCount(pageText(pdf(), p)), `page ${p}`).toBeGreaterThanOrEqual(100);
    });

    it('cuts no sentence between pages: the headline and every item are whole on one page', () => {
      const pages = Array.from({ length: LEAFLET_PAGES }, (_, i) => flat(pageText(pdf(), i + 1)));
      const t = text(c)!;
      for (const sentence of [t.headline, ...t.messages, ...t.dos, ...t.donts, ...t.whoToCall])
        expect(pages.filter((page) => page.includes(flat(sentence))), sentence).toHaveLength(1);
    });

    it('says on every page that it is a demonstration, and prints no placeholder', () => {
      for (let p = 1; p <= LEAFLET_PAGES; p++) {
        const page = pageText(pdf(), p);
        expect(page.toLocaleLowerCase('vi')).toContain('bản trình diễn');
        expect(page).not.toMatch(/\[[^\]]*\]/);
      }
    });

    it('prints nothing of what the guide tells the officers who build the model', () => {
      const all = flat(pageText(pdf(), 1) + ' ' + pageText(pdf(), 2));
      const internal = [
        ...((c.data.participants as { duties: string }[] | undefined) ?? []).map((p) => p.duties),
        ...((c.data.steps as { detail: string }[] | undefined) ?? []).map((s) => s.detail),
        ...((c.data.successSigns as string[] | undefined) ?? []),
      ];
      for (const line of internal) expect(all).not.toContain(flat(line));
    });

    it('has on its back the emergency number and a QR code to the page on the demo address', async () => {
      expect(flat(pageText(pdf(), LEAFLET_PAGES))).toContain('Khẩn cấp gọi 113');
      const fine = renderPages(pdf(), 150);
      try {
        expect(await readQr(fine.files.at(-1)!)).toBe(`${DEMO_ORIGIN}${entryPath(c.collection, c.id)}`);
      } finally {
        fine.done();
      }
    });
  });
});
