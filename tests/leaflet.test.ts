/**
 * What a leaflet says (only the entry's own resident-facing group, or nothing when that is missing or too short),
 * and its PDF: A5 pages, extractable Vietnamese text, the agency or the demonstration notice, the QR target.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  issuerOf,
  LEAFLET_HEADINGS,
  LEAFLET_MIN_WORDS,
  leafletFor,
  leafletShortfall,
  leafletWords,
  sourceLine,
  type Leaflet,
  type LeafletText,
} from '../src/lib/materials/leaflet';
import { A5, leafletPdf } from '../src/build/leaflet-pdf';

/** The worker thread the build draws leaflets in (its path reaches the routes as __LEAFLET_WORKER__). */
const WORKER = fileURLToPath(new URL('../src/build/leaflet-worker.ts', import.meta.url));

const context = {
  url: 'https://portal.example/mo-hinh/to-hoa-giai/',
  demo: false,
  agency: 'Công an tỉnh',
  unit: 'Phòng Xây dựng phong trào',
  contacts: [{ label: 'Báo tin, tố giác tội phạm', number: '113' }],
};
const sentence = (topic: string) =>
  `Người dân trong thôn cùng nhau bàn bạc về ${topic}, thống nhất cách làm và báo cho Công an xã khi cần.`;
const text: LeafletText = {
  headline: 'Cùng nhau giữ bình yên thôn bản',
  messages: ['việc chung', 'mâu thuẫn nhỏ', 'người lạ'].map(sentence),
  dos: ['giữ an toàn', 'ghi nhớ sự việc', 'báo tin'].map(sentence),
  donts: ['tự xử lý', 'đăng lên mạng'].map(sentence),
  whoToCall: ['Công an xã, phường nơi bạn ở.'],
};
const guide = {
  title: 'Tổ hòa giải',
  leaflet: text,
  sources: [{ title: 'Luật Hòa giải ở cơ sở', publisher: 'Quốc hội', date: new Date('2013-06-20T00:00:00Z') }],
};

describe('leaflet content', () => {
  it('is the entry’s own group, in its order, with its sources', () => {
    const long = { ...text, messages: [...text.messages, ...text.messages] };
    expect(leafletWords(long)).toBeGreaterThanOrEqual(LEAFLET_MIN_WORDS);
    const leaflet = leafletFor({ ...guide, leaflet: long }, LEAFLET_HEADINGS.guideKind, context)!;
    expect(leaflet.headline).toBe(text.headline);
    expect(leaflet.sections.map((s) => [s.key, s.heading, s.items.length])).toEqual([
      ['messages', LEAFLET_HEADINGS.messages, 6],
      ['dos', LEAFLET_HEADINGS.dos, 3],
      ['donts', LEAFLET_HEADINGS.donts, 2],
      ['whoToCall', LEAFLET_HEADINGS.whoToCall, 1],
    ]);
    expect(leaflet.sources).toEqual(['Luật Hòa giải ở cơ sở – Quốc hội, 20/6/2013']);
    expect(issuerOf(leaflet)).toBe('Công an tỉnh');
    expect(issuerOf({ ...leaflet, demo: true })).toMatch(/^Bản trình diễn/);
  });

  it('is refused, with the reason, when the group is missing or too short to fill two pages', () => {
    expect(leafletShortfall(undefined)).toBe('chưa có nhóm “Tờ rơi cho người dân”');
    expect(leafletFor({ ...guide, leaflet: undefined }, LEAFLET_HEADINGS.guideKind, context)).toBeUndefined();
    const short = { ...text, messages: ['Một.', 'Hai.', 'Ba.'], dos: ['Báo tin.'], donts: ['Tự xử lý.'] };
    expect(leafletShortfall(short)).toMatch(
      new RegExp(`mới có ${leafletWords(short)} chữ, cần ít nhất ${LEAFLET_MIN_WORDS}`),
    );
    expect(leafletFor({ ...guide, leaflet: short }, LEAFLET_HEADINGS.guideKind, context)).toBeUndefined();
  });

  it('prints a source as its title, publisher and Vietnamese date', () => {
    expect(sourceLine({ title: 'Bài báo' })).toBe('Bài báo');
    expect(sourceLine({ title: 'Hướng dẫn', publisher: 'Bộ Công an', date: new Date('2025-02-27T00:00:00Z') })).toBe(
      'Hướng dẫn – Bộ Công an, 27/2/2025',
    );
  });
});

/** A leaflet of any text, even one the build would refuse as too short: the PDF draws what it is given. */
const leafletOf = (t: LeafletText): Leaflet => ({
  kind: LEAFLET_HEADINGS.guideKind,
  title: guide.title,
  headline: t.headline,
  sections: (['messages', 'dos', 'donts', 'whoToCall'] as const).map((key) => ({
    key,
    heading: LEAFLET_HEADINGS[key],
    items: [...t[key]],
  })),
  sources: [],
  ...context,
});
/** Six messages, each a paragraph: far more than two A5 pages hold at 10 pt. */
const huge: LeafletText = { ...text, messages: Array(6).fill('Một đoạn rất dài về việc giữ gìn an ninh. '.repeat(30)) };

describe('leaflet PDF', () => {
  it('is A5, at most two pages, with the headline, the number, the agency, every item and the page address as text', async () => {
    const long = { ...text, dos: Array.from({ length: 6 }, (_, i) => `Bước số ${i + 1}: ${sentence('cách làm')}`) };
    const dir = mkdtempSync(join(tmpdir(), 'antq-pdf-'));
    try {
      const file = join(dir, 'to-roi.pdf');
      writeFileSync(file, await leafletPdf(leafletOf(long), '113', new Date('2026-01-01')));
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(info).toContain(`Page size:       ${A5.width} x ${A5.height} pts`);
      expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeLessThanOrEqual(2);
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      for (const expected of [
        'Cùng nhau giữ bình yên thôn bản',
        'Khẩn cấp gọi 113',
        'Công an tỉnh',
        'Bước số 1:',
        'Bước số 6:',
        'https://portal.example/mo-hinh/to-hoa-giai/',
      ])
        expect(text).toContain(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a leaflet too long for two pages instead of cutting it', async () => {
    await expect(leafletPdf(leafletOf(huge), '113', new Date())).rejects.toThrow(/quá dài/);
  }, 30_000);

  it('is drawn the same, byte for byte, in the build’s worker thread, which also reports a leaflet too long', async () => {
    const leaflet = leafletOf(text);
    const date = new Date('2026-01-01');
    const [inThread, inWorker] = await Promise.all([
      leafletPdf(leaflet, '113', date),
      leafletPdf(leaflet, '113', date, undefined, WORKER),
    ]);
    expect(Buffer.from(inWorker).equals(Buffer.from(inThread))).toBe(true);
    await expect(leafletPdf(leafletOf(huge), '113', date, undefined, WORKER)).rejects.toThrow(/quá dài/);
  }, 30_000);

  it('keeps a drawn PDF between builds and reads it back for the same leaflet, number and date', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'antq-pdf-cache-'));
    try {
      const leaflet = leafletOf(text);
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
