/**
 * The search page's state as its URL holds it: the typed query in its canonical form, the filters and the sort,
 * read from and written to the query string, and handed to Pagefind as its options (the sort to sort-order.ts).
 */
import type { ResultSort } from './sort-order';
import { toNFC } from '../text/vietnamese';

/** Filter names double as URL parameters of /tim-kiem/, so a result list can be shared. */
export const FILTERS = {
  type: 'loai',
  place: 'dia-ban',
  topic: 'chu-de',
  year: 'nam',
} as const;

/** Sort keys: the ISO date and a Vietnamese-order rank of the title. */
export const SORTS = {
  date: 'ngay',
  name: 'ten',
} as const;

export type SortOrder = 'phu-hop' | 'moi-nhat' | 'ten';
export const SORT_PARAM = 'sap-xep';
export const QUERY_PARAM = 'q';
const MAX_QUERY_LENGTH = 200;

export interface SearchState {
  query: string;
  /** Filter name (Pagefind key = URL parameter) → selected value. */
  filters: Partial<Record<(typeof FILTERS)[keyof typeof FILTERS], string>>;
  sort: SortOrder;
}

/**
 * Canonical form of a typed query: NFC (phone keyboards may send decomposed letters), no control
 * characters, straight quotes, single spaces, bounded length.
 */
export function normalizeQuery(raw: string): string {
  return (
    toNFC(raw)
      // eslint-disable-next-line no-control-regex -- control characters are exactly what a pasted query must lose
      .replace(/[\u0000-\u001f\u007f\u200b-\u200d\ufeff]/g, ' ')
      .replace(/[“”„‟″]/g, '"')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, MAX_QUERY_LENGTH)
      .trim()
  );
}

const FILTER_NAMES = Object.values(FILTERS);
const SAFE_VALUE = /^[a-z0-9-]{1,80}$/;

/** Reads the state from a URL's query string; unknown or malformed values are dropped. */
export function readState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name)?.trim().toLowerCase();
    if (value && SAFE_VALUE.test(value)) filters[name] = value;
  }
  const sort = params.get(SORT_PARAM);
  return {
    query: normalizeQuery(params.get(QUERY_PARAM) ?? ''),
    filters,
    sort: sort === 'moi-nhat' || sort === 'ten' ? sort : 'phu-hop',
  };
}

/** Query string for a state, empty parts left out, so shared links stay short ("?q=hoa+giai&dia-ban=xa-cao-son"). */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set(QUERY_PARAM, state.query);
  for (const name of FILTER_NAMES) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  if (state.sort !== 'phu-hop') params.set(SORT_PARAM, state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function hasFilters(state: SearchState): boolean {
  return Object.values(state.filters).some(Boolean);
}

/** Pagefind's `filters` option. */
export function pagefindFilters(state: SearchState): Record<string, string> {
  return Object.fromEntries(Object.entries(state.filters).filter(([, v]) => v)) as Record<string, string>;
}

/** The order a list is sorted in, if not by relevance; browsing by filters alone lists newest first. */
export function resultSort(state: SearchState): ResultSort | undefined {
  if (state.sort === 'moi-nhat' || (state.sort === 'phu-hop' && !state.query))
    return { key: SORTS.date, direction: 'desc' };
  if (state.sort === 'ten') return { key: SORTS.name, direction: 'asc' };
  return undefined;
}
