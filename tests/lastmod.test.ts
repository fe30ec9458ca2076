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
  const root = mkdtempSync(join(tmpdir(), 'antq-lastmod-'));
  const dir = join(root, 'src/content');
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  for (const c of ['articles', 'profiles', 'guides', 'bulletins', 'pages', 'articles/2024', 'articles/_drafts'])
    mkdirSync(join(dir, c), { recursive: true });
  writeFileSync(
    join(dir, 'guides', 'Tổ hòa giải.mdx'),
    '---\npublishedAt: 2022-03-25\nupdatedAt: 2025-07-15\nlesson:\n  level: thcs\n---\n',
  );
  writeFileSync(join(dir, 'guides', 'lien-gia.mdx'), '---\npublishedAt: 2022-04-01\n---\n');
  writeFileSync(join(dir, 'articles', 'tin-a.mdx'), '---\npublishedAt: 2022-05-10\n---\n');
  writeFileSync(join(dir, 'articles', 'nhap.mdx'), '---\npublishedAt: 2022-05-10\ndraft: true\n---\n');
  writeFileSync(join(dir, 'articles', 'sap-dang.mdx'), '---\npublishedAt: 2099-01-01\n---\n');
  writeFileSync(join(dir, 'profiles', '_mau.mdx'), '---\npublishedAt: 2022-05-10\n---\n');
  // Sub-folders are read as Astro reads them; a folder set aside with "_" is not.
  writeFileSync(join(dir, 'articles/2024', 'tin-b.mdx'), '---\npublishedAt: 2024-01-02\n---\n');
  writeFileSync(join(dir, 'articles/_drafts', 'tin-c.mdx'), '---\npublishedAt: 2024-01-03\n---\n');
  // Every collection with pages, not only the three it used to read.
  writeFileSync(join(dir, 'bulletins', 'ban-tin.mdx'), '---\npublishedAt: 2026-11-20\n---\n');
  writeFileSync(join(dir, 'pages', 'gioi-thieu.mdx'), '---\nupdatedAt: 2026-10-01\n---\n');
  const map = lastmodMap(root, 'https://antq.example.vn', new Date('2026-11-26T12:00:00Z'));

  it('maps page URLs (slugified file names) to the last change', () => {
    expect(map.get('https://antq.example.vn/mo-hinh/to-hoa-giai/')?.toISOString()).toBe('2025-07-15T00:00:00.000Z');
    expect(map.get('https://antq.example.vn/tin-tuc/tin-a/')?.toISOString()).toBe('2022-05-10T00:00:00.000Z');
    expect(map.get('https://antq.example.vn/tin-tuc/2024-tin-b/')?.toISOString()).toBe('2024-01-02T00:00:00.000Z');
    expect(map.get('https://antq.example.vn/gioi-thieu/')?.toISOString()).toBe('2026-10-01T00:00:00.000Z');
  });
  it('gives a guide with a lesson the same date on its lesson page', () =>
    expect(map.get('https://antq.example.vn/hoc-tap/to-hoa-giai/')?.toISOString()).toBe('2025-07-15T00:00:00.000Z'));
  it('leaves out drafts, future entries and underscore files and folders, like the site', () =>
    expect([...map.keys()].sort()).toEqual([
      'https://antq.example.vn/gioi-thieu/',
      'https://antq.example.vn/hoc-tap/to-hoa-giai/',
      'https://antq.example.vn/mo-hinh/lien-gia/',
      'https://antq.example.vn/mo-hinh/to-hoa-giai/',
      'https://antq.example.vn/phat-thanh/ban-tin/',
      'https://antq.example.vn/tin-tuc/2024-tin-b/',
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
