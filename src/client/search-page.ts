/**
 * Glue between the /tim-kiem/ page, the URL and Pagefind. The decisions (what to search, how to merge,
 * what to mark) live in src/lib/search/query.ts; this file only reads the form, calls Pagefind and draws.
 * Pagefind's own script is loaded from /pagefind/ on this page only.
 */
import {
  buildPasses,
  bestExcerpt,
  containsFoldedPhrase,
  intersectIds,
  mergeResults,
  promoteFoldedPhrase,
  requiredTerms,
  wantsFoldedPhrase,
  type MergedResult,
  type PassResult,
} from '../lib/search/query';
import { suggestedPlaces, suggestionWords } from '../lib/search/suggestions';
import { FILTERS, PAGE_TYPES } from '../lib/search/page-index';
import { applySortOrder, sortOrderFile, type SortKey } from '../lib/search/sort-order';
import {
  hasFilters,
  pagefindFilters,
  readState,
  resultSort,
  writeState,
  type SearchState,
} from '../lib/search/url-state';

/**
 * Pagefind's excerpt HTML read by the browser's own parser, in an inert <template> (nothing in it loads or runs):
 * its text, with the parts Pagefind put in <mark>.
 */
function excerptSegments(html: string): { text: string; mark: boolean }[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => ({
    text: node.textContent ?? '',
    mark: node.nodeName === 'MARK',
  }));
}

interface PagefindData {
  url: string;
  excerpt: string;
  /** The page's indexed text. */
  content: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: PagefindResult[] } | null>;
  preload?(term: string): Promise<void>;
}

/** Excerpts of about 50 syllables (Pagefind counts words; a Vietnamese word is a syllable). */
export const PAGEFIND_OPTIONS = {
  // Search in the page's own thread: Pagefind's worker script is 12 KB more on a first search, and a search over
  // the index chunks it fetched takes milliseconds.
  noWorker: true,
  excerptLength: 50,
  // Strongly prefer words as long as the typed one: "hoa" → "hòa" before "hoàn", "hoạt".
  ranking: {
    termSimilarity: 6,
    diacriticSimilarity: 1,
    // Pagefind searches metadata too; picture addresses ("/_astro/ho-an-toan….webp") are not words to find.
    metaWeights: { thumb: 0, image: 0, image_alt: 0 },
  },
};
const PAGE_SIZE = 10;
/**
 * How many of the first results are read to check a query typed without diacritics as a phrase. Common words put
 * the phrase's page below the first screen (one query of the test set needs the second), so three screens are
 * read: the first screen's fragments are fetched to draw it anyway, the next two cost a small fragment each.
 */
const PHRASE_CHECK = 3 * PAGE_SIZE;

/** A result's data, fetched once: the phrase check and the drawing of the result both need it. */
const fetched = new WeakMap<PagefindResult, Promise<PagefindData>>();
function dataOf(result: PagefindResult): Promise<PagefindData> {
  let data = fetched.get(result);
  if (!data) fetched.set(result, (data = result.data()));
  return data;
}
const PAGEFIND_URL = '/pagefind/pagefind.js';

/** Messages come from the page (data-msg-* on the status line, from src/i18n/vi.ts), not bundled here. */
let messages: DOMStringMap = {};
const text = (name: string, values: Record<string, string | number> = {}) =>
  (messages[name] ?? '').replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));

/*
 * Pagefind swallows a failed index chunk (its loadChunk ends in `.catch(() => {})`), so offline, a word whose chunk
 * was never stored would look like a word no page contains. Failed fetches of Pagefind's files are counted here, and
 * a search during which one failed is reported as failed (offline: "needs the network"), not as "no match".
 */
let pagefindFetchFailures = 0;
function countPagefindFailures(): void {
  const original = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    try {
      const response = await original(input, init);
      if (!response.ok && pagefindRequest(input)) pagefindFetchFailures++;
      return response;
    } catch (error) {
      if (pagefindRequest(input)) pagefindFetchFailures++;
      throw error;
    }
  };
}
const pagefindRequest = (input: RequestInfo | URL) =>
  new URL(input instanceof Request ? input.url : input, location.href).pathname.startsWith('/pagefind/');
countPagefindFailures();

let pagefindPromise: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefindPromise ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (pagefind) => {
    await pagefind.options(PAGEFIND_OPTIONS);
    // Before init, each options() call replaces the previous one instead of adding to it: start Pagefind
    // now so the exactDiacritics switches of each search do not wipe the ranking settings.
    await pagefind.init();
    return pagefind;
  });
  pagefindPromise.catch(() => (pagefindPromise = undefined));
  return pagefindPromise;
}

/** The date or name order, fetched the first time a reader asks for it. */
const sortOrders = new Map<SortKey, Promise<string[]>>();
function loadSortOrder(key: SortKey): Promise<string[]> {
  let order = sortOrders.get(key);
  if (!order) {
    const url = `/pagefind/${sortOrderFile(key)}`;
    order = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return response.json() as Promise<string[]>;
    });
    order.catch(() => sortOrders.delete(key));
    sortOrders.set(key, order);
  }
  return order;
}

async function runSearch(state: SearchState): Promise<MergedResult<PagefindResult>[]> {
  const failuresBefore = pagefindFetchFailures;
  const results = await searchIndex(state);
  if (pagefindFetchFailures > failuresBefore) throw new Error('Pagefind: tệp chỉ mục không tải được');
  return results;
}

async function searchIndex(state: SearchState): Promise<MergedResult<PagefindResult>[]> {
  const pagefind = await loadPagefind();
  const filters = pagefindFilters(state);
  const sort = resultSort(state);
  const sorted = async <T extends { id: string }>(results: T[]) =>
    sort ? applySortOrder(results, await loadSortOrder(sort.key), sort.direction) : results;
  if (!state.query) {
    const found = await pagefind.search(null, { filters });
    return sorted((found?.results ?? []).map((item) => ({ id: item.id, tier: 0, score: item.score, item })));
  }
  // With a query, a sort is always the reader's choice; it needs one list only: the normal search, then sorted.
  const explicitSort = sort !== undefined;
  const passes = explicitSort ? buildPasses(state.query).slice(-1) : buildPasses(state.query);
  const runs: PassResult<PagefindResult>[] = [];
  // One after another: exactDiacritics is an option of the whole Pagefind instance.
  for (const pass of passes) {
    await pagefind.options({ exactDiacritics: pass.exactDiacritics });
    const found = await pagefind.search(pass.term, { filters });
    // A score of 0 means only a zero-weight field (a picture address) matched.
    const results = (found?.results ?? []).filter((item) => item.score > 0);
    runs.push({ pass, results: results.map((item) => ({ id: item.id, score: item.score, item })) });
  }
  await pagefind.options({ exactDiacritics: false });
  // Only pages with every word of the query as a whole word: Pagefind matches each word as a prefix, so "na" alone
  // would find "này" and "năm". Each word's exact search reads the index chunks the searches above already loaded.
  const wholeWords: Set<string>[] = [];
  for (const term of requiredTerms(state.query)) {
    const found = await pagefind.search(term, { filters });
    wholeWords.push(new Set((found?.results ?? []).map((item) => item.id)));
  }
  const allowed = intersectIds(wholeWords);
  const merged = mergeResults(runs, explicitSort).filter((r) => allowed.has(r.id));
  if (explicitSort) return sorted(merged);
  if (!wantsFoldedPhrase(state.query)) return merged;
  const checked = merged.slice(0, PHRASE_CHECK);
  const texts = new Map(
    await Promise.all(
      checked.map(async (r) => {
        const data = await dataOf(r.item);
        return [r.id, `${data.meta.title ?? ''}\n${data.content}`] as const;
      }),
    ),
  );
  const ranked = promoteFoldedPhrase(checked, (r) => containsFoldedPhrase(texts.get(r.id) ?? '', state.query));
  return [...ranked, ...merged.slice(PHRASE_CHECK)];
}

/** Place pages read to find names like the query's words: each costs one small fragment, and only when nothing matched. */
const SUGGESTION_CANDIDATES = 12;

/** Places whose names look like the query's words, for a search that found nothing (a prefix search of each word). */
async function placeSuggestions(query: string): Promise<PagefindData[]> {
  const pagefind = await loadPagefind();
  const scored = new Map<string, PagefindResult>();
  for (const word of suggestionWords(query)) {
    const found = await pagefind.search(word, { filters: { [FILTERS.type]: PAGE_TYPES.place } });
    for (const item of found?.results ?? []) if (item.score > 0 && !scored.has(item.id)) scored.set(item.id, item);
  }
  const candidates = [...scored.values()].sort((a, b) => b.score - a.score).slice(0, SUGGESTION_CANDIDATES);
  const data = await Promise.all(candidates.map((c) => dataOf(c)));
  return suggestedPlaces(
    data.map((d) => ({ item: d, title: d.meta.title ?? '' })),
    query,
  );
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  const more = document.querySelector<HTMLButtonElement>('#search-more');
  const suggestions = document.querySelector<HTMLElement>('#search-suggestions');
  const suggestedBox = document.querySelector<HTMLElement>('#suggested-places-box');
  const suggestedList = document.querySelector<HTMLUListElement>('#suggested-places');
  if (!form || !status || !list || !more || !suggestions || !suggestedBox || !suggestedList) return;
  messages = status.dataset;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const headerInput = document.querySelector<HTMLInputElement>('#site-search-q');

  let shown: MergedResult<PagefindResult>[] = [];
  let rendered = 0;
  let generation = 0;

  const filtersBox = document.querySelector<HTMLDetailsElement>('#search-filters');
  const fillForm = (state: SearchState) => {
    input.value = state.query;
    // Chosen filters stay visible; otherwise the box stays folded so results are near the top on phones.
    if (filtersBox && (hasFilters(state) || state.sort !== 'phu-hop')) filtersBox.open = true;
    if (headerInput) headerInput.value = state.query;
    for (const select of form.querySelectorAll('select')) {
      select.value =
        select.name === 'sap-xep' ? state.sort : (state.filters[select.name as keyof SearchState['filters']] ?? '');
      // A value no longer offered (old shared link) falls back to "all".
      if (select.selectedIndex < 0) select.selectedIndex = 0;
    }
  };
  const stateFromForm = (): SearchState =>
    readState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));

  const renderItem = async (result: MergedResult<PagefindResult>, query: string): Promise<HTMLLIElement> => {
    const data = await dataOf(result.item);
    const li = element('li', 'result');
    if (data.meta.thumb) {
      const image = element('img', 'thumb');
      Object.assign(image, {
        src: data.meta.thumb,
        alt: '',
        width: 80,
        height: 60,
        loading: 'lazy',
        decoding: 'async',
      });
      li.append(image);
    }
    const body = element('div', 'result-body');
    const link = element('a', '', data.meta.title ?? data.url);
    link.href = data.url;
    const title = element('h3', 'result-title');
    title.append(link);
    const excerpt = element('p', 'excerpt');
    for (const part of bestExcerpt(excerptSegments(data.excerpt), data.content, query, PAGEFIND_OPTIONS.excerptLength))
      excerpt.append(part.mark ? element('mark', '', part.text) : part.text);
    body.append(
      element('p', 'result-type', data.meta.type ?? ''),
      title,
      element(
        'p',
        'meta result-meta',
        [
          data.meta.period && text('msgPeriod', { period: data.meta.period }),
          data.meta.date && text('msgWritten', { date: data.meta.date }),
          data.meta.place,
        ]
          .filter(Boolean)
          .join(' · '),
      ),
      excerpt,
    );
    li.append(body);
    return li;
  };

  const renderMore = async (query: string, current: number) => {
    const next = shown.slice(rendered, rendered + PAGE_SIZE);
    const items = await Promise.all(next.map((r) => renderItem(r, query)));
    if (current !== generation) return;
    const firstNew = items[0];
    list.append(...items);
    rendered += next.length;
    more.hidden = rendered >= shown.length;
    return firstNew;
  };

  // Nothing matched: places by name and the lists to browse, in a section of their own, never among the results.
  const suggest = async (query: string, current: number) => {
    suggestions.hidden = false;
    suggestedBox.hidden = true;
    try {
      const places = await placeSuggestions(query);
      if (current !== generation) return;
      suggestedList.replaceChildren(
        ...places.map((place) => {
          const li = element('li', '');
          const link = element('a', '', place.meta.title ?? place.url);
          link.href = place.url;
          li.append(link);
          if (place.meta.place) li.append(' ', element('span', 'meta', `(${place.meta.place})`));
          return li;
        }),
      );
      suggestedBox.hidden = places.length === 0;
    } catch (error) {
      console.error(error);
    }
  };

  const search = async (state: SearchState) => {
    const current = ++generation;
    list.replaceChildren();
    list.hidden = true;
    more.hidden = true;
    suggestions.hidden = true;
    if (!state.query && !hasFilters(state)) {
      status.textContent = '';
      return;
    }
    status.textContent = text('msgLoading');
    try {
      const results = await runSearch(state);
      if (current !== generation) return;
      shown = results;
      rendered = 0;
      await renderMore(state.query, current);
      if (current !== generation) return;
      list.hidden = shown.length === 0;
      status.textContent = shown.length
        ? state.query
          ? text('msgCount', { count: shown.length, query: state.query })
          : text('msgCountFiltered', { count: shown.length })
        : state.query
          ? text('msgNone', { query: state.query })
          : text('msgNoneFiltered');
      if (shown.length === 0 && state.query) void suggest(state.query, current);
    } catch (error) {
      if (current !== generation) return;
      console.error(error);
      // Offline, a search works only with the index files an earlier search stored (src/client/service-worker.ts).
      status.textContent = text(navigator.onLine ? 'msgError' : 'msgOffline');
    }
  };

  const go = (state: SearchState) => {
    const query = writeState(state);
    if (query !== location.search) history.pushState(null, '', `${location.pathname}${query}`);
    void search(state);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go(stateFromForm());
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) go(stateFromForm());
  });
  more.addEventListener('click', async () => {
    const first = await renderMore(stateFromForm().query, generation);
    // Keyboard users continue from the first new result instead of the top of the list.
    first?.querySelector('a')?.focus();
  });
  window.addEventListener('popstate', () => {
    const state = readState(new URLSearchParams(location.search));
    fillForm(state);
    void search(state);
  });
  // Start fetching Pagefind as soon as the reader shows intent, before the first search.
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });

  const initial = readState(new URLSearchParams(location.search));
  fillForm(initial);
  void search(initial);
}
