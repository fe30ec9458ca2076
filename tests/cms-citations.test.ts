import { describe, expect, it } from 'vitest';
import { buildCmsConfig, MDX_COLLECTIONS } from '../cms/config';
import {
  citationsOf,
  duplicateTitleGroups,
  mediaReference,
  mediaUsers,
  missingReferences,
  referencesIn,
  sameTitle,
  titleKey,
  type KnownEntry,
} from '../src/lib/cms/citations';
import { bodyForSaving, escapeMdxText, restoreTypedLinks } from '../src/lib/mdx/escape-text';
import { findMdxProblems } from '../src/lib/mdx/mdx-parse-micromark';
import type { CmsField } from '../src/schemas/fields';
import { readEntries } from './helpers/content-files';

const config = buildCmsConfig();
const fieldsOf = (name: string): CmsField[] => {
  const c = config.collections.find((x) => x.name === name);
  return c?.fields ?? c?.files?.flatMap((f) => f.fields) ?? [];
};
/** The starter content as the CMS reads it. */
const entries: KnownEntry[] = config.collections
  .filter((c) => c.folder)
  .flatMap((c) =>
    readEntries(c.name).map(({ id, data }) => ({
      collection: c.name,
      slug: id,
      title: String(data.title ?? data.name ?? id),
      data,
    })),
  );

describe('who cites what, read with the CMS’s fields', () => {
  it('finds a guide citing a law, with the field’s label', () => {
    const citing = citationsOf({ collection: 'laws', slug: '35-2013-qh13' }, entries, fieldsOf);
    expect(citing.map((c) => [c.entry.collection, c.entry.slug, c.fields])).toEqual([
      ['guides', 'to-hoa-giai', ['Căn cứ pháp lý']],
    ]);
  });

  it('finds references inside lists and groups, and the places everything is filed under', () => {
    const place = citationsOf({ collection: 'localities', slug: 'xa-cao-son' }, entries, fieldsOf);
    expect(place.length).toBeGreaterThan(1);
    expect(place.map((c) => c.entry.collection)).toEqual(expect.arrayContaining(['articles', 'localities']));
    const fields: CmsField[] = [
      {
        name: 'deployments',
        label: 'Triển khai',
        widget: 'list',
        fields: [{ name: 'locality', label: 'Địa bàn', widget: 'relation', collection: 'localities' }],
      },
      {
        name: 'tags',
        label: 'Văn bản',
        widget: 'list',
        field: { name: 'law', label: 'Văn bản', widget: 'relation', collection: 'laws' },
      },
      {
        name: 'about',
        label: 'Về',
        widget: 'object',
        fields: [{ name: 'guide', label: 'Mô hình', widget: 'relation', collection: 'guides' }],
      },
    ];
    expect(
      referencesIn(
        { deployments: [{ locality: 'a' }, { locality: 'b' }], tags: ['l1'], about: { guide: 'g' } },
        fields,
      ),
    ).toEqual([
      { field: 'Triển khai › Địa bàn', name: 'deployments', collection: 'localities', id: 'a' },
      { field: 'Triển khai › Địa bàn', name: 'deployments', collection: 'localities', id: 'b' },
      { field: 'Văn bản › Văn bản', name: 'tags', collection: 'laws', id: 'l1' },
      { field: 'Về › Mô hình', name: 'about', collection: 'guides', id: 'g' },
    ]);
  });

  it('finds nothing citing an entry nobody cites', () => {
    expect(citationsOf({ collection: 'laws', slug: 'khong-co' }, entries, fieldsOf)).toEqual([]);
  });

  it('says which references point at nothing', () => {
    const exists = (collection: string, id: string) =>
      entries.some((e) => e.collection === collection && e.slug === id);
    expect(missingReferences({ laws: ['35-2013-qh13', 'da-xoa'] }, fieldsOf('guides'), exists)).toEqual([
      { field: 'Căn cứ pháp lý', name: 'laws', collection: 'laws', id: 'da-xoa' },
    ]);
  });

  it('finds the entries using an uploaded file, by the path their text names it with', () => {
    expect(mediaReference('src/assets/images/articles/anh.jpg')).toBe('assets/images/articles/anh.jpg');
    expect(mediaReference('public/audio/phat-thanh/a.mp3')).toBe('/audio/phat-thanh/a.mp3');
    const users = mediaUsers('src/assets/images/articles/anh.jpg', [
      {
        collection: 'articles',
        slug: 'a',
        title: 'A',
        data: {},
        raw: 'cover:\n  src: ../../assets/images/articles/anh.jpg\n',
      },
      {
        collection: 'articles',
        slug: 'b',
        title: 'B',
        data: {},
        raw: '<Figure src="../../assets/images/articles/anh.jpg" alt="x" />',
      },
      {
        collection: 'articles',
        slug: 'c',
        title: 'C',
        data: {},
        raw: 'cover:\n  src: ../../assets/images/articles/anh-2.jpg\n',
      },
    ]);
    expect(users.map((u) => u.slug)).toEqual(['a', 'b']);
  });
});

describe('titles', () => {
  it('are the same whatever the case, spacing, Unicode form or tone placement', () => {
    expect(titleKey('  Tổ  HOÀ giải ')).toBe(titleKey('tổ hòa giải'.normalize('NFD')));
    expect(titleKey('Tổ hòa giải')).not.toBe(titleKey('Tổ hoa giải'));
  });

  it('finds another entry of the collection with the same title, not the entry itself', () => {
    const guide = entries.find((e) => e.collection === 'guides')!;
    expect(sameTitle({ collection: 'guides', title: guide.title.toUpperCase() }, entries).map((e) => e.slug)).toEqual([
      guide.slug,
    ]);
    expect(sameTitle({ collection: 'guides', slug: guide.slug, title: guide.title }, entries)).toEqual([]);
    expect(sameTitle({ collection: 'articles', title: guide.title }, entries)).toEqual([]);
  });

  it('has no duplicates among the starter articles, guides, profiles and bulletins', () => {
    // (Laws may share a title across versions, told apart by their numbers: the warning is for documents only.)
    const documents = entries.filter((e) => (MDX_COLLECTIONS as readonly string[]).includes(e.collection));
    expect(documents.length).toBeGreaterThan(10);
    expect(duplicateTitleGroups(documents)).toEqual([]);
  });
});

describe('a body saved from the CMS', () => {
  it('keeps "<" and "{" typed as text, escaped, so MDX reads them as text', () => {
    for (const text of ['3<4 và 5>2', 'Giá {x} đồng', '# Tiêu đề 1<2\n\n- mục {a}', '**đậm <x** và _nghiêng}_']) {
      expect(findMdxProblems(text).length, text).toBeGreaterThan(0);
      expect(findMdxProblems(escapeMdxText(text)), text).toEqual([]);
    }
    expect(escapeMdxText('Có 3<4 và {x}.')).toBe('Có 3\\<4 và \\{x\\}.');
  });

  it('leaves blocks, code, addresses and what is already escaped as they are', () => {
    for (const text of [
      '<Notice kind="info">\n\nChú ý\n\n</Notice>',
      '`3<4` và\n\n```\n{x}\n```',
      '[a](https://a.vn/?q={x})',
      'a \\<b',
      '<Figure src="../../assets/images/a.jpg" alt="A" />',
    ])
      expect(escapeMdxText(text)).toBe(text);
    expect(escapeMdxText('<Notice kind="info">\n\nChú ý 3<4\n\n</Notice>')).toBe(
      '<Notice kind="info">\n\nChú ý 3\\<4\n\n</Notice>',
    );
  });

  it('turns a Markdown link typed in the rich editor back into a link', () => {
    expect(restoreTypedLinks('Xem \\[Cổng](https://example.vn/a) nhé.')).toBe('Xem [Cổng](https://example.vn/a) nhé.');
    expect(restoreTypedLinks('Xem \\[trang](/lien-he/).')).toBe('Xem [trang](/lien-he/).');
    // Only web and site addresses; an escaped backslash stays.
    expect(restoreTypedLinks('\\[x](javascript:alert(1))')).toBe('\\[x](javascript:alert(1))');
    expect(restoreTypedLinks('\\\\[x](https://a.vn)')).toBe('\\\\[x](https://a.vn)');
    expect(bodyForSaving('Xem \\[Cổng](https://example.vn) và 1<2.')).toBe('Xem [Cổng](https://example.vn) và 1\\<2.');
  });
});
