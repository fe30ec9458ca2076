/**
 * Text as readers get it from the production build: dates that say "ngày" once, words kept apart in what search
 * indexes and in filter chips, and the laws page linking each document's official text and its amendments.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readBuilt } from '../helpers/dist';
import { DIST, ROOT } from '../helpers/preview';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const textOf = (html: string) =>
  html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('dates', () => {
  it('no "ngày ngày" anywhere in dist/, in pages, feeds or data', () => {
    const files = walk(DIST).filter((f) => /\.(html|xml|json|txt|webmanifest)$/.test(f));
    expect(files.length).toBeGreaterThan(100);
    const found = files.filter((f) => /ngày\s+ngày/iu.test(textOf(readFileSync(f, 'utf8')))).map((f) => relative(DIST, f));
    expect(found).toEqual([]);
  });

  it('a source cited on a place page reads "Quốc hội, ngày 12 tháng 6 năm 2025"', () => {
    expect(textOf(readBuilt('dia-ban/tinh-bac-kan/index.html'))).toContain('Quốc hội, ngày 12 tháng 6 năm 2025');
  });
});

describe('words kept apart', () => {
  const fragments = readdirSync(join(DIST, 'pagefind', 'fragment')).map((file) => {
    const raw = gunzipSync(readFileSync(join(DIST, 'pagefind', 'fragment', file))).toString('utf8');
    return JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string };
  });

  it('search snippets never run a label into its value ("Cấp học THCS", not "Cấp họcTHCS")', () => {
    expect(fragments.length).toBeGreaterThan(100);
    // A syllable run into a number ("Lớp8", "gọi113") or into an abbreviation ("họcTHCS") is two words run together;
    // names written in one word keep their single capitals ("VNeID", "VietnamPlus").
    const runTogether = fragments.flatMap((f) => (f.content.match(/\S*(\p{Ll}\d|\p{Ll}{2}\p{Lu}{2})\S*/gu) ?? []).map((w) => `${f.url}: ${w}`));
    expect(runTogether).toEqual([]);
    const lesson = fragments.find((f) => f.url === '/hoc-tap/to-hoa-giai/')!;
    expect(lesson.content).toContain('Cấp học THCS. Lớp 8, 9. Thời lượng 1 tiết (45 phút).');
  });

  it('filter chips read "THCS (2)"', () => {
    const chip = /<a href="\/hoc-tap\/cap-hoc\/thcs\/"[^>]*>([\s\S]*?)<\/a>/.exec(readBuilt('hoc-tap/index.html'));
    expect(textOf(chip![1]!).trim()).toMatch(/^THCS \(\d+\)$/);
  });
});

describe('laws', () => {
  const html = readBuilt('van-ban-phap-luat/index.html');
  // Each entry runs from its own opening tag to the next entry's (or the end of the list).
  const parts = html.split(/<li id="([a-z0-9-]+)" class="panel"/);
  const entries = Array.from({ length: (parts.length - 1) / 2 }, (_, k) => ({ id: parts[2 * k + 1]!, html: parts[2 * k + 2]!.split('</ol>')[0]! }));
  const entry = (id: string) => entries.find((e) => e.id === id)!;
  const relation = (id: string) => textOf(/<p class="relation"[^>]*>([\s\S]*?)<\/p>/.exec(entry(id).html)?.[1] ?? '').trim();
  const relationHref = (id: string) => /<p class="relation"[^>]*>[\s\S]*?href="([^"]+)"/.exec(entry(id).html)?.[1];

  it('lists every law of the content, each saying what was verified', () => {
    const files = readdirSync(join(ROOT, 'src', 'content', 'laws')).filter((f) => f.endsWith('.json'));
    expect(entries.map((e) => e.id).sort()).toEqual(files.map((f) => f.replace(/\.json$/, '')).sort());
    for (const { id, html: item } of entries) {
      expect(textOf(item), id).toMatch(/Đã xác minh:/);
      expect(textOf(item), id).toMatch(/Tình trạng (Chưa xác minh hiệu lực|Còn hiệu lực|Hết hiệu lực một phần|Hết hiệu lực|Chưa có hiệu lực) /);
    }
  });

  it('links official texts only on government sites, and never a private database', () => {
    const official = entries.flatMap(({ id, html: item }) =>
      [...item.matchAll(/<a href="([^"]+)"[^>]*>Xem văn bản chính thức/g)].map((m) => ({ id, url: new URL(m[1]!) })),
    );
    expect(official.map((o) => o.id).sort()).toEqual(['1683-nq-ubtvqh15', '202-2025-qh15']);
    for (const { url } of official) {
      expect(url.protocol).toBe('https:');
      expect(url.hostname).toMatch(/(^|\.)(vbpl\.vn|chinhphu\.vn|quochoi\.vn)$/);
    }
    // Entries without an official link say so.
    for (const { id, html: item } of entries.filter((e) => !official.some((o) => o.id === e.id)))
      expect(textOf(item), id).toContain('Chưa tìm được đường dẫn văn bản chính thức');
    expect(html).not.toMatch(/href="https?:\/\/(www\.)?thuvienphapluat\.vn/);
  });

  it('links amendments and replacements both ways', () => {
    expect(relation('124-2021-tt-bca')).toBe('Được sửa đổi, bổ sung bởi: Thông tư số 48/2025/TT-BCA');
    expect(relationHref('124-2021-tt-bca')).toBe('/van-ban-phap-luat/#48-2025-tt-bca');
    expect(relation('48-2025-tt-bca')).toBe('Sửa đổi, bổ sung: Thông tư số 124/2021/TT-BCA');
    expect(relationHref('48-2025-tt-bca')).toBe('/van-ban-phap-luat/#124-2021-tt-bca');
    expect(relation('41-2019-qh14')).toBe('Được thay thế bởi: Luật số 127/2025/QH15');
    expect(relationHref('41-2019-qh14')).toBe('/van-ban-phap-luat/#127-2025-qh15');
    expect(relation('127-2025-qh15')).toBe('Thay thế: Luật số 41/2019/QH14');
    expect(relationHref('127-2025-qh15')).toBe('/van-ban-phap-luat/#41-2019-qh14');
    // 124/2021/TT-BCA, amended, is not shown as simply in force.
    expect(textOf(entry('124-2021-tt-bca').html)).not.toContain('Tình trạng Còn hiệu lực');
  });
});
