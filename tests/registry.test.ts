/**
 * One collection registry (src/schemas/registry.ts), and every list of collections derived from it. A collection
 * added to the registry reaches every consumer: its schema, the CMS, the content check (the files Astro loads), the
 * sitemap's dates, search and the paths the local CMS server may write. tests/build/registry.test.ts adds one to a
 * copy of the project and builds it, for content.config.ts and the build's own check.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cmsCollections, collections as cmsConfigCollections, MDX_COLLECTIONS } from '../cms/config';
import { contentPaths, readContentFiles } from '../src/build/content-files';
import { findMdxProblems } from '../src/build/mdx-parse-satteri';
import { lastmodMap } from '../src/build/lastmod';
import { collections as astroCollections } from '../src/content.config';
import { checkContent } from '../src/lib/content/content-check';
import { editorSchemaTools } from '../src/lib/content/entry-check';
import { PAGE_TYPES } from '../src/lib/search/page-index';
import { date, text } from '../src/schemas/fields';
import { objectSchema } from '../src/schemas/field-groups';
import { SCHEMA_FACTORIES, schemaFactories } from '../src/schemas/index';
import {
  bodyCollections,
  cmsWritablePaths,
  COLLECTION_NAMES,
  isCmsWritable,
  mdxRulesApply,
  MDX_PATTERN,
  REGISTRY,
  searchKinds,
  urlFields,
  walkFields,
  type CollectionSpec,
} from '../src/schemas/registry';

/** A collection that does not exist yet: notices with a page, in search, with images. */
const noticeFields = { title: text({ label: 'Tiêu đề' }), publishedAt: date({ label: 'Ngày đăng' }) };
const NOTICES: CollectionSpec = {
  folder: 'src/content/notices',
  format: 'mdx',
  pattern: MDX_PATTERN,
  fields: noticeFields,
  schema: (tools) => objectSchema(noticeFields, tools),
  pages: (id) => [`/thong-bao/${id}/`],
  pageKeys: ['publishedAt', 'updatedAt', 'draft'],
  search: { kind: 'notice', type: 'thong-bao' },
  cms: { label: 'Thông báo', labelSingular: 'thông báo', description: 'Thông báo của cơ quan.', identifier: 'title' },
  media: [{ folder: 'src/assets/images/notices', public: '../../assets/images/notices' }],
};
const EXTENDED: Record<string, CollectionSpec> = { ...REGISTRY, notices: NOTICES };

describe('the registry', () => {
  it('lists each collection once, and every derived list is the same', () => {
    expect(new Set(COLLECTION_NAMES).size).toBe(COLLECTION_NAMES.length);
    expect(Object.keys(SCHEMA_FACTORIES)).toEqual(COLLECTION_NAMES);
    expect(Object.keys(astroCollections)).toEqual(COLLECTION_NAMES);
    expect(cmsConfigCollections.map((c) => c.name)).toEqual(COLLECTION_NAMES);
    expect([...MDX_COLLECTIONS]).toEqual(bodyCollections());
    expect(bodyCollections()).toEqual(['articles', 'profiles', 'guides', 'pages', 'bulletins']);
  });

  it('gives each collection its folder under src/content, named as the collection', () => {
    for (const [name, spec] of Object.entries(REGISTRY)) expect(spec.folder).toBe(`src/content/${name}`);
  });

  it('derives the search kinds: the collections with pages in search, and lessons', () => {
    expect(PAGE_TYPES).toEqual({ ...searchKinds(), lesson: 'hoc-tap' });
    expect(PAGE_TYPES).toMatchObject({
      article: 'tin-tuc',
      profile: 'guong-dien-hinh',
      place: 'dia-ban',
      material: 'tai-lieu',
    });
  });

  it('finds every URL field by its kind, so each is held to the URL rule', () => {
    expect(urlFields('laws')).toEqual(['verifiedFrom[].url', 'url']);
    expect(urlFields('articles')).toEqual(['sources[].url']);
    expect(urlFields('settings')).toEqual(
      expect.arrayContaining(['siteUrl', 'social[].url', 'alert.link', 'contacts[].source.url']),
    );
  });

  it('leaves no address-like field outside the URL rule', () => {
    for (const [name, spec] of Object.entries(REGISTRY))
      for (const { path, field } of walkFields(spec.fields)) {
        const last = path
          .split(/[.[\]]+/)
          .filter(Boolean)
          .at(-1)!;
        if (/^(url|link|href|website|siteUrl)$/i.test(last)) expect(field.kind, `${name}.${path}`).toBe('url');
      }
  });
});

describe('a collection added to the registry reaches every consumer', () => {
  const root = mkdtempSync(join(tmpdir(), 'antq-registry-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  for (const name of Object.keys(EXTENDED)) mkdirSync(join(root, 'src/content', name), { recursive: true });
  mkdirSync(join(root, 'src/content/notices/2026'), { recursive: true });
  mkdirSync(join(root, 'src/content/notices/_drafts'), { recursive: true });
  const notice = (title: string, body: string) => `---\ntitle: ${title}\npublishedAt: 2026-11-20\n---\n\n${body}\n`;
  writeFileSync(join(root, 'src/content/notices/mat-dien.mdx'), notice('Mất điện', 'Nội dung {process.env.HOME}'));
  writeFileSync(join(root, 'src/content/notices/2026/hop-thon.md'), notice('Họp thôn', '<script>alert(1)</script>'));
  writeFileSync(join(root, 'src/content/notices/_drafts/nhap.mdx'), notice('Nháp', 'Chưa xong.'));
  writeFileSync(join(root, 'src/content/settings/site.json'), '{}');

  it('its schema', () => expect(Object.keys(schemaFactories(EXTENDED))).toContain('notices'));

  it('the CMS: a folder collection with its body, labels and media folder', () => {
    const cms = cmsCollections(EXTENDED).find((c) => c.name === 'notices')!;
    expect(cms).toMatchObject({
      label: 'Thông báo',
      folder: 'src/content/notices',
      extension: 'mdx',
      media_folder: '/src/assets/images/notices',
    });
    expect(cms.fields!.map((f) => f.name)).toEqual(['title', 'publishedAt', 'body']);
  });

  it('the content check: the files Astro loads (sub-folders, not _drafts), with the MDX rules', () => {
    expect(
      contentPaths(root, EXTENDED)
        .filter((p) => p.collection === 'notices')
        .map((p) => p.file),
    ).toEqual(['src/content/notices/2026/hop-thon.md', 'src/content/notices/mat-dien.mdx']);
    const files = readContentFiles(root, EXTENDED).filter((f) => f.collection === 'notices');
    const problems = checkContent(files, {
      schemas: Object.fromEntries(Object.entries(schemaFactories(EXTENDED)).map(([n, f]) => [n, f(editorSchemaTools)])),
      collections: Object.keys(EXTENDED),
      allowedNumbers: [],
      findMdxProblems: (body, file) => (mdxRulesApply(file, EXTENDED) ? findMdxProblems(body) : []),
    });
    expect(problems.map((p) => `${p.file} → ${p.field}: ${p.message}`)).toEqual([
      expect.stringMatching(
        /^src\/content\/notices\/2026\/hop-thon\.md → body \(dòng 6\): thẻ <script> không được phép/,
      ),
      expect.stringMatching(
        /^src\/content\/notices\/mat-dien\.mdx → body \(dòng 6\): không được dùng biểu thức JavaScript/,
      ),
    ]);
  });

  it('the sitemap’s dates', () => {
    const map = lastmodMap(root, 'https://antq.congan.tinh.gov.vn', new Date('2026-12-01'), EXTENDED);
    expect([...map.keys()].filter((url) => url.includes('/thong-bao/')).sort()).toEqual([
      'https://antq.congan.tinh.gov.vn/thong-bao/2026-hop-thon/',
      'https://antq.congan.tinh.gov.vn/thong-bao/mat-dien/',
    ]);
  });

  it('search', () => expect(searchKinds(EXTENDED)).toMatchObject({ notice: 'thong-bao' }));

  it('the paths the local CMS server may write', () => {
    const paths = cmsWritablePaths(EXTENDED).map((p) => p.path);
    expect(paths).toContain('src/content/notices');
    expect(paths).toContain('src/assets/images/notices');
    expect(isCmsWritable('src/content/notices/moi.mdx', EXTENDED)).toBe(true);
    expect(isCmsWritable('src/content/notices/moi.mdx')).toBe(false);
  });
});

describe('the paths the local CMS server may write', () => {
  it('are each content folder, the settings file and the media folders, nothing else', () => {
    expect(cmsWritablePaths()).toEqual([
      { path: 'src/content/articles', kind: 'folder' },
      { path: 'src/assets/images/articles', kind: 'folder' },
      { path: 'src/content/profiles', kind: 'folder' },
      { path: 'src/assets/images/profiles', kind: 'folder' },
      { path: 'src/content/guides', kind: 'folder' },
      { path: 'src/assets/images/guides', kind: 'folder' },
      { path: 'src/content/pages', kind: 'folder' },
      { path: 'src/assets/images/pages', kind: 'folder' },
      { path: 'src/content/bulletins', kind: 'folder' },
      { path: 'public/audio/phat-thanh', kind: 'folder' },
      { path: 'src/content/localities', kind: 'folder' },
      { path: 'src/content/stats', kind: 'folder' },
      { path: 'src/content/laws', kind: 'folder' },
      { path: 'src/content/settings/site.json', kind: 'file' },
      { path: 'src/assets/images/uploads', kind: 'folder' },
    ]);
  });

  it.each([
    ['src/content/articles/tin-moi.mdx', true],
    ['src/content/settings/site.json', true],
    ['public/audio/phat-thanh/ban-tin.mp3', true],
    ['src/assets/images/uploads/anh.jpg', true],
    ['src/content/settings/other.json', false],
    ['src/content/articles/../../pages/index.astro', false],
    ['src/content/articles', false],
    ['src/pages/index.astro', false],
    ['astro.config.mjs', false],
    ['.github/workflows/deploy.yml', false],
    ['public/sw-register.js', false],
    ['src/content/articles-evil/x.mdx', false],
  ])('%s: %s', (path, allowed) => expect(isCmsWritable(path)).toBe(allowed));
});
