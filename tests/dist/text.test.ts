/**
 * Text as readers get it from the production build: dates that say "ngày" once, words kept apart in what search
 * indexes and in filter chips, and the laws page linking each document's official text and its amendments.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { attribute, childElements, elements, findElement, hasClass, textOf as textUnder } from '../../src/lib/html/tree';
import { readBuilt } from '../helpers/dist';
import { DIST, ROOT } from '../helpers/preview';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** A built file's text as a reader gets it, parsed (the feeds and data files too: they hold no CDATA). */
const textOf = (html: string) => textUnder(parse(html));

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
    const chip = findElement(parse(readBuilt('hoc-tap/index.html')), (e) => e.tagName === 'a' && attribute(e, 'href') === '/hoc-tap/cap-hoc/thcs/');
    expect(textUnder(chip!)).toMatch(/^THCS \(\d+\)$/);
  });
});

describe('laws', () => {
  const html = readBuilt('van-ban-phap-luat/index.html');
  const list = findElement(parse(html), (e) => e.tagName === 'ol' && childElements(e).some((li) => hasClass(li, 'panel')))!;
  const entries = childElements(list)
    .filter((li) => hasClass(li, 'panel'))
    .map((li) => ({ id: attribute(li, 'id')!, item: li }));
  const entry = (id: string) => entries.find((e) => e.id === id)!;
  const relationOf = (id: string) => findElement(entry(id).item, (e) => e.tagName === 'p' && hasClass(e, 'relation'));
  const relation = (id: string) => (relationOf(id) ? textUnder(relationOf(id)!) : '');
  const relationHref = (id: string) => {
    const p = relationOf(id);
    return p ? attribute(findElement(p, (e) => e.tagName === 'a')!, 'href') : undefined;
  };

  it('lists every law of the content, each saying what was verified', () => {
    const files = readdirSync(join(ROOT, 'src', 'content', 'laws')).filter((f) => f.endsWith('.json'));
    expect(entries.map((e) => e.id).sort()).toEqual(files.map((f) => f.replace(/\.json$/, '')).sort());
    for (const { id, item } of entries) {
      expect(textUnder(item), id).toMatch(/Đã xác minh:/);
      expect(textUnder(item), id).toMatch(/Tình trạng (Chưa xác minh hiệu lực|Còn hiệu lực|Hết hiệu lực một phần|Hết hiệu lực|Chưa có hiệu lực) /);
    }
  });

  it('links official texts only on government sites, and never a private database', () => {
    const official = entries.flatMap(({ id, item }) =>
      [...elements(item)]
        .filter((a) => a.tagName === 'a' && textUnder(a).startsWith('Xem văn bản chính thức'))
        .map((a) => ({ id, url: new URL(attribute(a, 'href')!) })),
    );
    expect(official.map((o) => o.id).sort()).toEqual(['1683-nq-ubtvqh15', '202-2025-qh15']);
    for (const { url } of official) {
      expect(url.protocol).toBe('https:');
      expect(url.hostname).toMatch(/(^|\.)(vbpl\.vn|chinhphu\.vn|quochoi\.vn)$/);
    }
    // Entries without an official link say so.
    for (const { id, item } of entries.filter((e) => !official.some((o) => o.id === e.id)))
      expect(textUnder(item), id).toContain('Chưa tìm được đường dẫn văn bản chính thức');
    const hosts = [...elements(parse(html))].flatMap((e) => {
      const href = attribute(e, 'href');
      return href && URL.canParse(href) ? [new URL(href).hostname] : [];
    });
    expect(hosts.filter((host) => /(^|\.)thuvienphapluat\.vn$/.test(host))).toEqual([]);
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
    expect(textUnder(entry('124-2021-tt-bca').item)).not.toContain('Tình trạng Còn hiệu lực');
  });
});
