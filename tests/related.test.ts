import { describe, expect, it } from 'vitest';
import { buildBacklinks, groupByTags, relatedIndex } from '../src/lib/content/related';
import { findBrokenReferences, findDuplicateSlugs, findNonNFCText, formatProblems } from '../src/lib/content/integrity';

const ref = (collection: string, id: string) => ({ collection, id });
const entries = [
  {
    collection: 'guides',
    id: 'to-hoa-giai',
    data: { deployments: [{ locality: ref('localities', 'xa-cao-son') }] },
    filePath: 'src/content/guides/to-hoa-giai.mdx',
  },
  {
    collection: 'articles',
    id: 'a1',
    data: { relatedGuides: [ref('guides', 'to-hoa-giai')], localities: [ref('localities', 'xa-cao-son')] },
    filePath: 'src/content/articles/a1.mdx',
  },
  {
    collection: 'articles',
    id: 'a2',
    data: { relatedGuides: [ref('guides', 'to-hoa-giai'), ref('guides', 'to-hoa-giai')] },
    filePath: 'src/content/articles/a2.mdx',
  },
  {
    collection: 'profiles',
    id: 'p1',
    data: { relatedGuides: [ref('guides', 'khong-co')] },
    filePath: 'src/content/profiles/p1.mdx',
  },
  { collection: 'localities', id: 'xa-cao-son', data: { parent: undefined } },
];

describe('backlinks', () => {
  it('lists each referring entry once', () => {
    const backlinks = buildBacklinks(entries);
    expect(backlinks.get('guides/to-hoa-giai')?.map((e) => e.id)).toEqual(['a1', 'a2']);
    expect(backlinks.get('localities/xa-cao-son')?.map((e) => e.id)).toEqual(['to-hoa-giai', 'a1']);
  });

  it('reaches collections that only the referring entries point at (legal documents) when asked', () => {
    const citing = [{ collection: 'articles', id: 'a3', data: { laws: [ref('laws', '35-2013-qh13')] } }];
    expect(buildBacklinks(citing).get('laws/35-2013-qh13')).toBeUndefined();
    expect(
      buildBacklinks(citing, ['articles', 'laws'])
        .get('laws/35-2013-qh13')
        ?.map((e) => e.id),
    ).toEqual(['a3']);
  });
});

describe('relatedIndex', () => {
  it('ranks by shared tags and excludes the target', () => {
    const items = [
      { id: 'x', tags: ['a', 'b', 'c'] },
      { id: 'y', tags: ['a'] },
      { id: 'z', tags: ['a', 'b'] },
      { id: 'w', tags: ['q'] },
    ];
    const [target] = items;
    const related = relatedIndex(items, (i) => i.tags);
    expect(related(target!).map((i) => i.id)).toEqual(['z', 'y']);
    // Asked again (scores are reset between targets) and for another target: ties keep the list's order.
    expect(related(target!).map((i) => i.id)).toEqual(['z', 'y']);
    expect(related(items[1]!).map((i) => i.id)).toEqual(['x', 'z']);
    expect(related(target!, 1).map((i) => i.id)).toEqual(['z']);
    expect(related(items[3]!)).toEqual([]);
    expect(
      groupByTags(items, (i) => i.tags)
        .get('a')
        ?.map((i) => i.id),
    ).toEqual(['x', 'y', 'z']);
  });
});

describe('integrity', () => {
  it('names file and field of a broken reference', () => {
    const problems = findBrokenReferences(entries, ['guides', 'articles', 'profiles', 'localities']);
    expect(problems).toEqual([
      { file: 'src/content/profiles/p1.mdx', field: 'relatedGuides[0]', message: expect.stringContaining('khong-co') },
    ]);
    expect(formatProblems(problems)).toContain('src/content/profiles/p1.mdx → relatedGuides[0]');
  });
  it('finds slugs that collide', () => {
    const problems = findDuplicateSlugs([
      { collection: 'guides', id: 'hoa-giai', data: {}, filePath: 'a.mdx' },
      { collection: 'guides', id: 'Hòa giải', data: {}, filePath: 'b.mdx' },
      { collection: 'articles', id: 'hoa-giai', data: {}, filePath: 'c.mdx' },
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'b.mdx', field: 'slug' });
  });
  it('finds decomposed text', () => {
    const problems = findNonNFCText([
      {
        collection: 'articles',
        id: 'x',
        data: { title: 'Hòa giải'.normalize('NFD'), topics: ['ổn'] },
        body: 'ok',
        filePath: 'x.mdx',
      },
    ]);
    expect(problems.map((p) => p.field)).toEqual(['title']);
  });
});
