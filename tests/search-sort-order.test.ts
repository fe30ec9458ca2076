import { describe, expect, it } from 'vitest';
import { readSortKeys } from '../src/lib/search/page-index';
import { applySortOrder, buildSortOrders } from '../src/lib/search/sort-order';

describe('readSortKeys', () => {
  it('reads the keys SearchData prints, in order', () => {
    const html =
      '<div hidden><span data-search-sort="ten:000012"></span><span data-search-sort="ngay:2022-03-15"></span></div>';
    expect(readSortKeys(html, 'tin-tuc/a/index.html')).toEqual([
      ['ten', '000012'],
      ['ngay', '2022-03-15'],
    ]);
    expect(readSortKeys('<p>không có</p>', 'x.html')).toEqual([]);
  });

  it('names the file and the key when a key is unknown', () => {
    expect(() => readSortKeys('<span data-search-sort="gia:1"></span>', 'tin-tuc/a/index.html')).toThrow(
      /tin-tuc\/a\/index\.html.*"gia"/,
    );
  });
});

describe('buildSortOrders', () => {
  const pages = [
    {
      id: 'vi_c',
      keys: [
        ['ngay', '2022-03-15'],
        ['ten', '000002'],
      ] as ['ngay' | 'ten', string][],
    },
    {
      id: 'vi_a',
      keys: [
        ['ngay', '2023-01-02'],
        ['ten', '000003'],
      ] as ['ngay' | 'ten', string][],
    },
    {
      id: 'vi_b',
      keys: [
        ['ngay', '2022-03-15'],
        ['ten', '000001'],
      ] as ['ngay' | 'ten', string][],
    },
    { id: 'vi_d', keys: [] as ['ngay' | 'ten', string][] },
  ];

  it('orders each key ascending, ties by id, and leaves out pages without the key', () => {
    const withOtherNames = pages.map((p) => ({
      ...p,
      keys: p.keys.map(([k, v]): ['ngay' | 'ten', string] => [k, k === 'ten' ? String(9 - Number(v)) : v]),
    }));
    expect(buildSortOrders(pages)).toEqual({ ngay: ['vi_b', 'vi_c', 'vi_a'], ten: ['vi_b', 'vi_c', 'vi_a'] });
    expect(buildSortOrders(withOtherNames).ten).toEqual(['vi_a', 'vi_c', 'vi_b']);
  });

  it('gives the same file for the same pages in another order', () => {
    expect(buildSortOrders([...pages].reverse())).toEqual(buildSortOrders(pages));
  });
});

describe('applySortOrder', () => {
  const results = ['vi_x', 'vi_a', 'vi_b', 'vi_c'].map((id) => ({ id }));
  const ids = ['vi_b', 'vi_c', 'vi_a'];

  it('sorts ascending and descending, with unknown results last in their own order', () => {
    expect(applySortOrder(results, ids, 'asc').map((r) => r.id)).toEqual(['vi_b', 'vi_c', 'vi_a', 'vi_x']);
    expect(applySortOrder(results, ids, 'desc').map((r) => r.id)).toEqual(['vi_a', 'vi_c', 'vi_b', 'vi_x']);
  });

  it('keeps the list as it is without an order, and never drops a result', () => {
    expect(applySortOrder(results, undefined, 'desc')).toEqual(results);
    expect(applySortOrder(results, ['vi_b'], 'asc').map((r) => r.id)).toEqual(['vi_b', 'vi_x', 'vi_a', 'vi_c']);
  });
});
