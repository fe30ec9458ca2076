/**
 * What the search index knows about each page, computed at build time. Pagefind reads it from
 * data-pagefind-* attributes (see SearchData.astro) and from a field the build adds (see
 * src/build/pagefind-index.ts); the sort keys go to a file of their own (sort-order.ts). Pure functions, so they
 * can be tested without a build.
 */
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { attribute, elements, findElement, textOf, type ParsedElement } from '../html/tree';
import { searchKinds, type Registry } from '../../schemas/registry';
import { foldDiacritics, slugify, toNFC } from '../text/vietnamese';
import { SORT_KEY_ATTRIBUTE, sortKeysOf, type SortKey } from './sort-order';
import { FILTERS, SORTS } from './url-state';

export { FILTERS, SORTS } from './url-state';

/** Meta field holding the đ→d folded words of a page (Pagefind searches meta fields too). */
export const FOLDED_META = 'khong-dau';

/** Each collection's search kind and type filter value, as the registry gives them (literal types kept). */
type RegistryKinds = {
  [N in keyof Registry]: Registry[N] extends { search: { kind: infer K extends string; type: infer T extends string } }
    ? [K, T]
    : never;
}[keyof Registry];
type KindsOfRegistry = { [P in RegistryKinds as P[0]]: P[1] };

/**
 * Values of the type filter: the URL section of each kind of page. Collections with pages in search come from the
 * registry (src/schemas/registry.ts: articles, guides, profiles, places, bulletins as materials); lessons are pages
 * made from part of a guide, not a collection of their own.
 */
export const PAGE_TYPES = { ...(searchKinds() as KindsOfRegistry), lesson: 'hoc-tap' } as const;
export type SearchableKind = keyof typeof PAGE_TYPES;

export interface SearchRecordInput {
  kind: SearchableKind;
  /** Label readers see for the type ("Tin tức"). */
  typeLabel: string;
  title: string;
  /** ISO date in the site's time zone (format.ts isoDate). */
  isoDate?: string | undefined;
  /** Displayed date ("10/05/2022"). */
  displayDate?: string | undefined;
  /** The time the page's facts belong to ("năm 2021"); the search page shows it as "Số liệu năm 2021". */
  period?: string | undefined;
  /** Calendar year of `date` in the site's time zone. */
  year?: number | undefined;
  /** Displayed place ("Xã Cao Sơn"). */
  place?: string | undefined;
  /** Localities the page is about, each with its ancestors already added by the caller. */
  localityIds: string[];
  /** Topic names, category keys, model fields: anything readers narrow by. */
  topics: string[];
  /** Thumbnail URL. */
  image?: string | undefined;
  /** Rank of the title in Vietnamese order among all searchable titles. */
  nameRank: number;
}

export interface SearchRecord {
  meta: [string, string][];
  filters: [string, string][];
  sorts: [string, string][];
}

/** Sort value of pages without a date. */
export const UNDATED = '0000-00-00';

/** Zero-padded so Pagefind, which may compare sort values as text, still orders them numerically. */
export function padRank(rank: number): string {
  return String(rank).padStart(6, '0');
}

/** Everything Pagefind stores for one page besides its text. Values are NFC; filter values are ASCII. */
export function buildSearchRecord(input: SearchRecordInput): SearchRecord {
  const meta: [string, string][] = [
    ['title', toNFC(input.title)],
    ['type', input.typeLabel],
  ];
  if (input.period) meta.push(['period', toNFC(input.period)]);
  if (input.displayDate) meta.push(['date', input.displayDate]);
  if (input.place) meta.push(['place', toNFC(input.place)]);
  // Not "image": Pagefind fills that itself from any picture on the page, lists of other pages included.
  if (input.image) meta.push(['thumb', input.image]);

  const unique = (values: string[]) => [...new Set(values.filter(Boolean))];
  const filters: [string, string][] = [
    [FILTERS.type, PAGE_TYPES[input.kind]],
    ...unique(input.localityIds).map((id): [string, string] => [FILTERS.place, id]),
    ...unique(input.topics.map(slugify)).map((slug): [string, string] => [FILTERS.topic, slug]),
  ];
  if (input.year) filters.push([FILTERS.year, String(input.year)]);

  // Pagefind leaves pages without a sort key out of sorted results, so undated pages (places) get the
  // earliest possible date and come last when listing newest first.
  const sorts: [string, string][] = [
    [SORTS.name, padRank(input.nameRank)],
    [SORTS.date, input.isoDate ?? UNDATED],
  ];
  return { meta, filters, sorts };
}

/** A legal document number: "43/2023/NĐ-CP", "35/2013/QH13", "202/2025/QH15". */
const DOCUMENT_NUMBER = /\d+\/\d{4}\/[\p{L}\d]+(?:-[\p{L}\d]+)*/gu;
const WORD = /[\p{L}\p{N}]+(?:[-/][\p{L}\p{N}]+)*/gu;

/**
 * The words of a page that Pagefind cannot find when typed without "đ": every word with đ/Đ,
 * folded ("Đảng" → "dang", "NĐ-CP" → "nd-cp"), and every legal document number folded whole
 * ("43/2023/nd-cp"). Other diacritics need nothing: Pagefind already ignores them when the query has none.
 * Lower case, unique, in order of first appearance, space-separated.
 */
export function foldedTerms(text: string): string {
  const nfc = toNFC(text);
  const terms: string[] = [];
  for (const match of nfc.matchAll(DOCUMENT_NUMBER)) terms.push(match[0]);
  for (const match of nfc.matchAll(WORD)) if (/[đĐ]/.test(match[0])) terms.push(match[0]);
  const folded = terms.map((term) => foldDiacritics(term).toLowerCase());
  return [...new Set(folded)].join(' ');
}

/** Elements whose text is not reading matter. */
const SKIPPED = new Set(['nav', 'script', 'style', 'svg', 'template', 'noscript']);

/** A built page as the index step reads it: parsed by parse5 (the HTML standard's parser), with source offsets. */
export interface ParsedPage {
  html: string;
  document: DefaultTreeAdapterMap['document'];
  /** The element with data-pagefind-body, when the page is indexed. */
  body: ParsedElement | undefined;
}

export function parsePage(html: string): ParsedPage {
  const document = parse(html, { sourceCodeLocationInfo: true });
  return { html, document, body: findElement(document, (e) => attribute(e, 'data-pagefind-body') !== undefined) };
}

/** The text Pagefind indexes: inside data-pagefind-body, without data-pagefind-ignore parts and nav/script/style/svg. */
function bodyText(page: ParsedPage): string {
  if (!page.body) return '';
  return textOf(page.body, (e) => SKIPPED.has(e.tagName) || attribute(e, 'data-pagefind-ignore') !== undefined);
}

/**
 * Text of the part of a built page that Pagefind indexes: inside the element with data-pagefind-body, without
 * elements marked data-pagefind-ignore, without nav/script/style/svg. Character references are decoded by the parser.
 */
export function indexedText(html: string): string {
  return bodyText(parsePage(html));
}

/** The page's HTML with the folded-words meta field as the first thing inside its indexed body. */
function foldedHtml(page: ParsedPage): string {
  // Materials (bulletins, leaflets) repeat the words of the page they come from: found by their own words, they
  // would otherwise outrank that page for every query typed without "đ".
  const main = findElement(page.document, (e) => e.tagName === 'main');
  if (main && attribute(main, 'data-page-kind') === 'material') return page.html;
  const terms = foldedTerms(bodyText(page));
  const open = page.body?.sourceCodeLocation?.startTag?.endOffset;
  if (!terms || open === undefined) return page.html;
  const span = toHtml(h('span', { dataPagefindMeta: `${FOLDED_META}:${terms}` }));
  return `${page.html.slice(0, open)}${span}${page.html.slice(open)}`;
}

/**
 * Adds the folded-words meta field to a built page's HTML (in memory, for the indexer only: readers
 * never download it). Pages without data-pagefind-body or without such words come back unchanged.
 */
export function withFoldedTerms(html: string): string {
  return foldedHtml(parsePage(html));
}

/** The sort keys a built page carries (SearchData.astro's hidden elements), in document order. */
export function readSortKeys(html: string, file: string): [SortKey, string][] {
  return sortKeysOf(pageSortAttributes(parsePage(html)), file);
}

const pageSortAttributes = (page: ParsedPage) =>
  [...elements(page.document)].flatMap((e) => {
    const value = attribute(e, SORT_KEY_ATTRIBUTE);
    return value === undefined ? [] : [value];
  });

/**
 * What the index step needs of a built page, from one parse: undefined for a page outside the index, else the HTML
 * to index (with the folded words) and its sort keys.
 */
export function pageForIndex(html: string, file: string): { html: string; sortKeys: [SortKey, string][] } | undefined {
  const page = parsePage(html);
  if (!page.body) return undefined;
  return { html: foldedHtml(page), sortKeys: sortKeysOf(pageSortAttributes(page), file) };
}
