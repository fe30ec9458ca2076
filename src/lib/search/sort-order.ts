/**
 * Lists sorted by date or by name without Pagefind's sort option. Pagefind stores every sort's full page order
 * in the metadata file that each first search downloads (a third of it: docs/performance.md), sorted or not. The build
 * writes each order to a file of its own beside the index, which the search page fetches only when a reader asks
 * for a list in that order (browsing by filters alone lists newest first).
 */
import { SORTS } from './url-state';

/** Attribute of the hidden elements that carry a page's sort keys (SearchData.astro) to the index step. */
export const SORT_KEY_ATTRIBUTE = 'data-search-sort';

export type SortKey = (typeof SORTS)[keyof typeof SORTS];

/** A key's order, written into dist/pagefind/ by the index step, beside Pagefind's own files: a JSON array of ids. */
export const sortOrderFile = (key: SortKey) => `sort-${key}.json`;

/** Sort key → Pagefind result ids (fragment names), ascending by the key's value. */
export type SortOrders = Partial<Record<SortKey, string[]>>;

export interface ResultSort {
  key: SortKey;
  direction: 'asc' | 'desc';
}

const KEYS = new Set<string>(Object.values(SORTS));

/**
 * The sort keys of a built page from the values of its SORT_KEY_ATTRIBUTE attributes ("ngay:2022-03-15"), in the
 * order they appear (page-index.ts reads them from the parsed page); unknown keys are an error of the build.
 */
export function sortKeysOf(values: readonly string[], file: string): [SortKey, string][] {
  return values.map((value) => {
    const colon = value.indexOf(':');
    const key = colon < 0 ? value : value.slice(0, colon);
    if (!KEYS.has(key)) throw new Error(`${file}: khóa sắp xếp không có: "${key}" (chỉ có ${[...KEYS].join(', ')})`);
    return [key as SortKey, value.slice(colon + 1)];
  });
}

/**
 * Each key's order of the pages that have it: by value (sort values are written to compare as text: ISO dates,
 * zero-padded ranks), ties by id so two builds of the same pages write the same file.
 */
export function buildSortOrders(pages: { id: string; keys: [SortKey, string][] }[]): SortOrders {
  const orders: SortOrders = {};
  for (const key of Object.values(SORTS)) {
    const keyed = pages.flatMap((page) => {
      const found = page.keys.find(([k]) => k === key);
      return found ? [{ id: page.id, value: found[1] }] : [];
    });
    if (keyed.length === 0) continue;
    keyed.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    orders[key] = keyed.map((page) => page.id);
  }
  return orders;
}

/**
 * Results in a key's order (`ids` ascending), reversed for "desc". Results the order does not know keep their
 * own order after the others: a page without a date is listed last, never lost.
 */
export function applySortOrder<T extends { id: string }>(
  results: T[],
  ids: readonly string[] | undefined,
  direction: ResultSort['direction'],
): T[] {
  const rank = new Map((ids ?? []).map((id, i) => [id, direction === 'asc' ? i : -i] as const));
  const known = results.filter((r) => rank.has(r.id));
  const unknown = results.filter((r) => !rank.has(r.id));
  known.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  return [...known, ...unknown];
}
