import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { frontMatter, frontMatterKeys, lastModified, lastmodMap, withLastmod } from '../src/build/lastmod';

describe('lastModified', () => {
  it('prefers updatedAt and falls back to publishedAt', () => {
    expect(lastModified({ publishedAt: '2022-03-25', updatedAt: '2025-07-15' })?.toISOString()).toBe(
      '2025-07-15T00:00:00.000Z',
    );
    expect(lastModified({ publishedAt: new Date('2022-03-25') })?.toISOString()).toBe('2022-03-25T00:00:00.000Z');
    expect(lastModified({})).toBeUndefined();
  });
  it('reads front matter', () =>
    expect(frontMatter('---\ntitle: "Hòa giải"\npublishedAt: 2022-03-25\n---\nBody')).toEqual({
      title: 'Hòa giải',
      publishedAt: '2022-03-25',
    }));
});

describe('frontMatterKeys', () => {
  const keys = ['publishedAt', 'updatedAt', 'draft', 'lesson'];
  const pick = (data: Record<string, unknown> | undefined) =>
    Object.fromEntries(Object.entries(data ?? {}).filter(([k]) => keys.includes(k)));

  it('reads the chosen keys as a full parse does, nested blocks and comments included', () => {
    const source =
      '---\n# ghi chú\ntitle: "draft: không phải khóa"\ndraftNote: x\npublishedAt: 2022-03-25\nlesson:\n  level: thcs\n\n  grades:\n    - 6\nsummary: >\n  dòng một\n  draft: vẫn là chữ\ndraft: true\n---\nBody';
    expect(frontMatterKeys(source, keys)).toEqual(pick(frontMatter(source)));
    expect(frontMatterKeys(source, keys)).toEqual({
      publishedAt: '2022-03-25',
      lesson: { level: 'thcs', grades: [6] },
      draft: true,
    });
  });

  it('agrees with a full parse on every entry of the site', () => {
    for (const c of ['articles', 'profiles', 'guides']) {
      const folder = join(import.meta.dirname, '..', 'src/content', c);
      for (const file of readdirSync(folder).filter((f) => f.endsWith('.mdx'))) {
        const source = readFileSync(join(folder, file), 'utf8');
        expect(frontMatterKeys(source, keys), `${c}/${file}`).toEqual(pick(frontMatter(source)));
      }
    }
  });

  it('gives undefined without front matter', () => expect(frontMatterKeys('Body', keys)).toBeUndefined());
});

describe('lastmodMap', () => {
  const dir = mkdtempSync(join(tmpdir(), 'antq-lastmod-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  for (const c of ['articles', 'profiles', 'guides']) mkdirSync(join(dir, c));
  writeFileSync(
    join(dir, 'guides', 'Tổ hòa giải.mdx'),
    '---\npublishedAt: 2022-03-25\nupdatedAt: 2025-07-15\nlesson:\n  level: thcs\n---\n',
  );
  writeFileSync(join(dir, 'guides', 'lien-gia.mdx'), '---\npublishedAt: 2022-04-01\n---\n');
  writeFileSync(join(dir, 'articles', 'tin-a.mdx'), '---\npublishedAt: 2022-05-10\n---\n');
  writeFileSync(join(dir, 'articles', 'nhap.mdx'), '---\npublishedAt: 2022-05-10\ndraft: true\n---\n');
  writeFileSync(join(dir, 'articles', 'sap-dang.mdx'), '---\npublishedAt: 2099-01-01\n---\n');
  writeFileSync(join(dir, 'profiles', '_mau.mdx'), '---\npublishedAt: 2022-05-10\n---\n');
  const map = lastmodMap(dir, 'https://antq.example.vn', new Date('2026-11-26'));

  it('maps page URLs (slugified file names) to the last change', () => {
    expect(map.get('https://antq.example.vn/mo-hinh/to-hoa-giai/')?.toISOString()).toBe('2025-07-15T00:00:00.000Z');
    expect(map.get('https://antq.example.vn/tin-tuc/tin-a/')?.toISOString()).toBe('2022-05-10T00:00:00.000Z');
  });
  it('gives a guide with a lesson the same date on its lesson page', () =>
    expect(map.get('https://antq.example.vn/hoc-tap/to-hoa-giai/')?.toISOString()).toBe('2025-07-15T00:00:00.000Z'));
  it('leaves out drafts, future entries and underscore files, like the site', () =>
    expect([...map.keys()].sort()).toEqual([
      'https://antq.example.vn/hoc-tap/to-hoa-giai/',
      'https://antq.example.vn/mo-hinh/lien-gia/',
      'https://antq.example.vn/mo-hinh/to-hoa-giai/',
      'https://antq.example.vn/tin-tuc/tin-a/',
    ]));
  it('adds lastmod in the sitemap serialize hook only where known', () => {
    const serialize = withLastmod(map);
    expect(serialize({ url: 'https://antq.example.vn/tin-tuc/tin-a/' })).toEqual({
      url: 'https://antq.example.vn/tin-tuc/tin-a/',
      lastmod: '2022-05-10T00:00:00.000Z',
    });
    expect(serialize({ url: 'https://antq.example.vn/lien-he/' })).toEqual({ url: 'https://antq.example.vn/lien-he/' });
  });
});
