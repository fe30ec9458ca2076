import { describe, expect, it } from 'vitest';
import { normalizeQuery, pagefindFilters, resultSort, readState, writeState } from '../src/lib/search/url-state';

const nfd = (s: string) => s.normalize('NFD');

describe('normalizeQuery', () => {
  it('composes decomposed input, collapses spaces, straightens quotes', () => {
    expect(normalizeQuery(`  ${nfd('Hòa')}\u00a0\t giải `)).toBe('Hòa giải');
    expect(normalizeQuery('“tổ hòa giải”')).toBe('"tổ hòa giải"');
    expect(normalizeQuery('a\u200bb')).toBe('a b');
    expect(normalizeQuery('x'.repeat(500))).toHaveLength(200);
  });
});

describe('URL state', () => {
  it('reads query, known filters and sort; drops the rest', () => {
    const state = readState(
      new URLSearchParams(
        `q=${encodeURIComponent(nfd('hòa giải'))}&loai=mo-hinh&dia-ban=huyen-bach-thong&chu-de=Bad%20Value!&nam=2022&sap-xep=ten&x=1`,
      ),
    );
    expect(state).toEqual({
      query: 'hòa giải',
      filters: { loai: 'mo-hinh', 'dia-ban': 'huyen-bach-thong', nam: '2022' },
      sort: 'ten',
    });
  });

  it('round-trips through the query string, leaving out defaults', () => {
    const state = readState(new URLSearchParams('q=nd-cp&dia-ban=xa-cao-son'));
    expect(writeState(state)).toBe('?q=nd-cp&dia-ban=xa-cao-son');
    expect(readState(new URLSearchParams(writeState(state)))).toEqual(state);
    expect(writeState({ query: '', filters: {}, sort: 'phu-hop' })).toBe('');
  });

  it('maps to Pagefind filters and to the order of the list', () => {
    const state = readState(new URLSearchParams('dia-ban=xa-cao-son&nam=2022'));
    expect(pagefindFilters(state)).toEqual({ 'dia-ban': 'xa-cao-son', nam: '2022' });
    expect(resultSort(state)).toEqual({ key: 'ngay', direction: 'desc' });
    expect(resultSort(readState(new URLSearchParams('q=a')))).toBeUndefined();
    expect(resultSort(readState(new URLSearchParams('q=a&sap-xep=ten')))).toEqual({ key: 'ten', direction: 'asc' });
  });
});
