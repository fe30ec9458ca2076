/** What a leaflet keeps of a guide or an article, and its PDF: A5 pages, extractable Vietnamese text, QR target. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleLeaflet, bodySections, guideLeaflet, LEAFLET_HEADINGS } from '../src/lib/materials/leaflet';
import { A5, leafletPdf } from '../src/build/leaflet-pdf';

/** The worker thread the build draws leaflets in (its path reaches the routes as __LEAFLET_WORKER__). */
const WORKER = fileURLToPath(new URL('../src/build/leaflet-worker.ts', import.meta.url));

const context = {
  url: 'https://portal.example/mo-hinh/to-hoa-giai/',
  agency: 'Công an tỉnh',
  unit: 'Phòng Xây dựng phong trào',
  contacts: [{ label: 'Báo tin, tố giác tội phạm', number: '113' }],
};
const guide = {
  title: 'Tổ hòa giải',
  summary: 'Hòa giải những mâu thuẫn nhỏ ngay ở thôn, bản.',
  participants: [{ role: 'Tổ trưởng', duties: 'Điều hành buổi hòa giải.' }],
  steps: [
    { title: 'Nắm tình hình', detail: 'Nghe các bên trình bày.' },
    { title: 'Hòa giải', detail: 'Giúp các bên tự thỏa thuận.' },
  ],
};

describe('leaflet content', () => {
  it('a guide gives what it is, who takes part and the steps in order', () => {
    const leaflet = guideLeaflet(guide, context);
    expect(leaflet.intro).toBe(guide.summary);
    expect(leaflet.sections.map((s) => [s.heading, s.ordered])).toEqual([
      [LEAFLET_HEADINGS.participants, false],
      [LEAFLET_HEADINGS.steps, true],
    ]);
    expect(leaflet.sections[1]!.items).toEqual([
      'Nắm tình hình: Nghe các bên trình bày.',
      'Hòa giải: Giúp các bên tự thỏa thuận.',
    ]);
  });

  it('an article keeps the lists under its headings, markup removed', () => {
    const body =
      'Mở đầu.\n\n## Khi nào báo tin\n\n- trộm **cắp**;\n- lừa đảo.\n\n## Vì sao\n\nMột đoạn văn.\n\n## Báo ở đâu\n\n<Steps>\n\n1. **Khẩn cấp:** gọi ngay.\n2. Đến [trụ sở](/lien-he/).\n\n</Steps>';
    expect(bodySections(body)).toEqual([
      { heading: 'Khi nào báo tin', items: ['trộm cắp;', 'lừa đảo.'], ordered: false },
      { heading: 'Báo ở đâu', items: ['Khẩn cấp: gọi ngay.', 'Đến trụ sở.'], ordered: true },
    ]);
    expect(articleLeaflet({ title: 'T', lead: 'L', body }, context).kind).toBe(LEAFLET_HEADINGS.articleKind);
  });
});

describe('leaflet PDF', () => {
  it('is A5, at most two pages, with the title, the number, the steps and the page address as text', async () => {
    const long = {
      ...guide,
      steps: Array.from({ length: 12 }, (_, i) => ({
        title: `Bước số ${i + 1}`,
        detail: 'Người dân trong thôn cùng nhau bàn bạc, thống nhất cách làm và phân công người phụ trách. '.repeat(2),
      })),
    };
    const dir = mkdtempSync(join(tmpdir(), 'antq-pdf-'));
    try {
      const file = join(dir, 'to-roi.pdf');
      writeFileSync(file, await leafletPdf(guideLeaflet(long, context), '113', new Date('2026-01-01')));
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(info).toContain(`Page size:       ${A5.width} x ${A5.height} pts`);
      expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeLessThanOrEqual(2);
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      for (const expected of [
        'Tổ hòa giải',
        'Khẩn cấp gọi 113',
        'Công an tỉnh',
        'Bước số 1:',
        'Bước số 12:',
        'https://portal.example/mo-hinh/to-hoa-giai/',
      ])
        expect(text).toContain(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a leaflet too long for two pages instead of cutting it', async () => {
    const huge = {
      ...guide,
      steps: Array.from({ length: 40 }, (_, i) => ({ title: `Bước ${i}`, detail: 'Một đoạn rất dài. '.repeat(6) })),
    };
    await expect(leafletPdf(guideLeaflet(huge, context), '113', new Date())).rejects.toThrow(/quá dài/);
  }, 30_000);

  it('is drawn the same, byte for byte, in the build’s worker thread, which also reports a leaflet too long', async () => {
    const leaflet = guideLeaflet(guide, context);
    const date = new Date('2026-01-01');
    const [inThread, inWorker] = await Promise.all([
      leafletPdf(leaflet, '113', date),
      leafletPdf(leaflet, '113', date, undefined, WORKER),
    ]);
    expect(Buffer.from(inWorker).equals(Buffer.from(inThread))).toBe(true);
    const huge = {
      ...guide,
      steps: Array.from({ length: 40 }, () => ({ title: 'B', detail: 'Rất dài. '.repeat(12) })),
    };
    await expect(leafletPdf(guideLeaflet(huge, context), '113', date, undefined, WORKER)).rejects.toThrow(/quá dài/);
  }, 30_000);

  it('keeps a drawn PDF between builds and reads it back for the same leaflet, number and date', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'antq-pdf-cache-'));
    try {
      const leaflet = guideLeaflet(guide, context);
      const date = new Date('2026-01-01');
      const first = await leafletPdf(leaflet, '113', date, dir);
      expect(Buffer.from(first.subarray(0, 5)).toString()).toBe('%PDF-');
      const stored = readdirSync(dir).filter((f) => f.endsWith('.pdf'));
      expect(stored).toHaveLength(1);
      // Replace the stored bytes: a second call that returns them was served from the cache, not drawn again.
      writeFileSync(join(dir, stored[0]!), 'cached');
      expect(Buffer.from(await leafletPdf(leaflet, '113', date, dir)).toString()).toBe('cached');
      // Another date (an updated entry) is another leaflet.
      await leafletPdf(leaflet, '113', new Date('2026-02-01'), dir);
      expect(readdirSync(dir).filter((f) => f.endsWith('.pdf'))).toHaveLength(2);
      expect(readdirSync(dir).filter((f) => !f.endsWith('.pdf'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
