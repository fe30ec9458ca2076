/**
 * What the search index knows about each page, computed at build time. Pagefind reads it from
 * data-pagefind-* attributes (see SearchData.astro) and from a field the build adds (see
 * src/build/pagefind-index.ts); the sort keys go to a file of their own (sort-order.ts). Pure functions, so they
 * can be tested without a build.
 */
import { foldDiacritics, slugify, toNFC } from '../text/vietnamese';

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

/** Meta field holding the đ→d folded words of a page (Pagefind searches meta fields too). */
export const FOLDED_META = 'khong-dau';

/** Values of the type filter: the URL section of each kind of page. */
export const PAGE_TYPES = {
  article: 'tin-tuc',
  guide: 'mo-hinh',
  profile: 'guong-dien-hinh',
  place: 'dia-ban',
  lesson: 'hoc-tap',
  /** Bulletins, leaflets and the materials hub. */
  material: 'tai-lieu',
} as const;
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

const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/**
 * Text of the part of a built page that Pagefind indexes: inside the element with data-pagefind-body,
 * without elements marked data-pagefind-ignore, without nav/script/style/svg. Only for finding words to
 * fold, so a rough but safe reading of Astro's well-formed output is enough.
 */
export function indexedText(html: string): string {
  const start = html.search(/<[a-z][^>]*\sdata-pagefind-body[\s>=]/i);
  if (start < 0) return '';
  const tag = /<\/?([a-zA-Z][\w-]*)([^>]*)>/g;
  tag.lastIndex = start;
  const stack: { name: string; skip: boolean }[] = [];
  let out = '';
  let last = start;
  let match: RegExpExecArray | null;
  const skipping = () => stack.some((e) => e.skip);
  while ((match = tag.exec(html))) {
    if (!skipping()) out += html.slice(last, match.index);
    last = tag.lastIndex;
    const name = match[1]!.toLowerCase();
    const attrs = match[2] ?? '';
    if (match[0].startsWith('</')) {
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at >= 0) stack.length = at;
      if (stack.length === 0) break;
      out += ' ';
      continue;
    }
    if (VOID_ELEMENTS.has(name) || attrs.trimEnd().endsWith('/')) {
      out += ' ';
      continue;
    }
    const skip =
      /\sdata-pagefind-ignore\b/.test(attrs) ||
      ['nav', 'script', 'style', 'svg', 'template', 'noscript'].includes(name);
    stack.push({ name, skip });
    out += ' ';
  }
  return decodeEntities(out).replace(/\s+/g, ' ').trim();
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (m, code: string) => {
    if (code[0] === '#')
      return String.fromCodePoint(
        code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10),
      );
    return named[code.toLowerCase()] ?? m;
  });
}

/** Escapes text for a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * Adds the folded-words meta field to a built page's HTML (in memory, for the indexer only: readers
 * never download it). Pages without data-pagefind-body or without such words come back unchanged.
 */
export function withFoldedTerms(html: string): string {
  // Materials (bulletins, leaflets) repeat the words of the page they come from: found by their own words, they
  // would otherwise outrank that page for every query typed without "đ".
  if (/<main[^>]*\sdata-page-kind="material"/.test(html)) return html;
  const terms = foldedTerms(indexedText(html));
  if (!terms) return html;
  const marker = html.search(/<[a-z][^>]*\sdata-pagefind-body[\s>=]/i);
  if (marker < 0) return html;
  const open = html.indexOf('>', marker) + 1;
  return `${html.slice(0, open)}<span data-pagefind-meta="${FOLDED_META}:${escapeAttribute(terms)}"></span>${html.slice(open)}`;
}
