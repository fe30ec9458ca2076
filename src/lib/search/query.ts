/**
 * The search page's logic without the browser: turning what a reader typed into several Pagefind searches,
 * merging their results so true matches come first, and marking matched words in excerpts (the URL's state is
 * url-state.ts). src/client/search-page.ts only glues this to the DOM and Pagefind.
 */
import { normalizeQuery } from './url-state';
import { foldDiacritics, toneVariants } from '../text/vietnamese';

export function hasDiacritics(text: string): boolean {
  return foldDiacritics(text) !== text;
}

/** One Pagefind search; results of lower tiers are shown first. */
export interface SearchPass {
  term: string;
  exactDiacritics: boolean;
  tier: number;
}

export const TIER = { phrase: 0, exactDiacritics: 1, normal: 2 } as const;

/**
 * The searches that together rank a query well on Vietnamese text:
 * - the exact phrase (two or more syllables): pages with the syllables side by side first, since
 *   Pagefind matches every term as a prefix ("mã hóa" otherwise finds "mà … hoặc");
 * - with diacritics typed: the words with exactly those marks, in both tone placements (hòa/hoà), so
 *   "hóa" finds "hóa" before "hoàn" and "hoặc";
 * - the normal, diacritic-insensitive search, which also finds the đ→d folded words of each page.
 * Filters and sort apply to every pass.
 */
export function buildPasses(query: string): SearchPass[] {
  const quoted = /^".+"$/.test(query);
  const base = normalizeQuery(query.replace(/"/g, ' '));
  if (!base) return [];
  const passes: SearchPass[] = [];
  if (base.includes(' ') || quoted) passes.push({ term: `"${base}"`, exactDiacritics: false, tier: TIER.phrase });
  if (!quoted && hasDiacritics(base)) {
    for (const variant of toneVariants(base))
      passes.push({ term: variant, exactDiacritics: true, tier: TIER.exactDiacritics });
  }
  // A query in quotes asks for the phrase only.
  if (!quoted) passes.push({ term: base, exactDiacritics: false, tier: TIER.normal });
  return passes;
}

/**
 * A legal document number typed as one token: "49/2020/NĐ-CP", "124/2021/tt-bca", "1683/NQ-UBTVQH15". It must be
 * found whole, never as its parts ("4", "2020").
 */
const DOCUMENT_NUMBER = /^\d{1,4}\/(?:\d{4}\/)?[\p{L}\d]+(?:-[\p{L}\d]+)*$/u;

/**
 * The whole words a result must contain, each as an exact Pagefind search: a document number as one term, any
 * other token split at its punctuation ("tt-bca" → "tt", "bca"). Pagefind's exact search matches whole words with
 * the tone marks folded (so "na" is not "này", but "hoa" is "hòa"), and the page's folded field holds its đ-words
 * ("dan" finds "đạn"). A result of the normal search outside every term's exact results is a prefix match
 * ("na" in "năm") and is not shown.
 */
export function requiredTerms(query: string): string[] {
  const tokens = normalizeQuery(query.replace(/"/g, ' '))
    .split(' ')
    .filter((t) => /[\p{L}\p{N}]/u.test(t));
  const words = tokens.flatMap((token) =>
    DOCUMENT_NUMBER.test(token)
      ? [token.toLowerCase()]
      : token
          .split(/[^\p{L}\p{N}]+/u)
          .filter(Boolean)
          .map((w) => w.toLowerCase()),
  );
  return [...new Set(words)].map((word) => `"${word}"`);
}

/** Ids found by every required term: the pages that contain each word of the query as a whole word. */
export function intersectIds(sets: readonly ReadonlySet<string>[]): Set<string> {
  if (sets.length === 0) return new Set();
  const [first, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  return new Set([...first!].filter((id) => rest.every((set) => set.has(id))));
}

export interface PassResult<T> {
  pass: SearchPass;
  results: { id: string; score: number; item: T }[];
}

export interface MergedResult<T> {
  id: string;
  tier: number;
  score: number;
  item: T;
}

/**
 * One list from several passes: each page once, at the best tier it reached, ordered within a tier by
 * its score in the normal search (scores of different passes are not comparable), then by its own.
 * With `keepOrder` (an explicit sort by date or name) the first pass's order is kept as is.
 */
export function mergeResults<T>(runs: PassResult<T>[], keepOrder = false): MergedResult<T>[] {
  const merged = new Map<string, MergedResult<T> & { normalScore: number; order: number }>();
  let order = 0;
  for (const run of runs) {
    for (const result of run.results) {
      const existing = merged.get(result.id);
      const normalScore = run.pass.tier === TIER.normal ? result.score : -1;
      if (!existing) {
        merged.set(result.id, {
          id: result.id,
          tier: run.pass.tier,
          score: result.score,
          item: result.item,
          normalScore,
          order: order++,
        });
      } else {
        if (run.pass.tier < existing.tier) existing.tier = run.pass.tier;
        existing.normalScore = Math.max(existing.normalScore, normalScore);
      }
    }
  }
  const list = [...merged.values()];
  if (!keepOrder)
    list.sort((a, b) => a.tier - b.tier || b.normalScore - a.normalScore || b.score - a.score || a.order - b.order);
  return list.map(({ id, tier, score, item }) => ({ id, tier, score, item }));
}

/** Text as words folded (no marks, đ→d, lower case), single-spaced and padded, for phrase comparison. */
function foldedWords(text: string): string {
  return ` ${foldDiacritics(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/**
 * Whether a query is checked as a folded phrase in each page's text: two or more words typed without any
 * diacritic, one of them with a "d". Pagefind's own phrase search (the phrase pass) already ignores the other
 * marks, but never matches "d" to "đ" ("dia ban" misses "địa bàn"), so only then would pages with the separate
 * words rank first. Without a "d" the check is left out, and with it the pages' text it would have to fetch.
 */
export function wantsFoldedPhrase(query: string): boolean {
  const base = normalizeQuery(query.replace(/"/g, ' '));
  return base.includes(' ') && !hasDiacritics(base) && /d/i.test(base);
}

/** Whether the text has the query's words side by side once both are folded ("dia ban" in "Địa bàn"). */
export function containsFoldedPhrase(text: string, query: string): boolean {
  const phrase = foldedWords(query);
  return phrase.trim().includes(' ') && foldedWords(text).includes(phrase);
}

/**
 * Raises to the phrase tier the results whose text has the folded phrase, then orders as mergeResults does;
 * `hasPhrase` is asked only for results not already there.
 */
export function promoteFoldedPhrase<T>(
  merged: MergedResult<T>[],
  hasPhrase: (result: MergedResult<T>) => boolean,
): MergedResult<T>[] {
  const promoted = merged.map((r, order) => ({
    ...r,
    order,
    tier: r.tier !== TIER.phrase && hasPhrase(r) ? TIER.phrase : r.tier,
  }));
  // Stable: within a tier, the merged order (normal-search score) is kept.
  promoted.sort((a, b) => a.tier - b.tier || a.order - b.order);
  return promoted.map(({ order: _order, ...r }) => r);
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** Adds text to a list of parts, joining it to the last part when both are marked or both are not. */
function appendPart(parts: ExcerptPart[], text: string, mark: boolean): void {
  if (!text) return;
  const last = parts.at(-1);
  if (last && last.mark === mark) last.text += text;
  else parts.push({ text, mark });
}

const foldWord = (word: string) =>
  foldDiacritics(word)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/** Query words folded the way the index's extra field is: no marks, đ→d, no punctuation ("NĐ-CP" → "ndcp"). */
function foldedQueryTerms(query: string): string[] {
  return [
    ...new Set(
      normalizeQuery(query.replace(/"/g, ' '))
        .split(' ')
        .map(foldWord)
        .filter((w) => w.length > 0),
    ),
  ];
}

/**
 * Whether a word of the text is what a folded query word found: the same word, or for longer query words
 * the start or end of a compound ("ndcp" in "49/2020/NĐ-CP", like Pagefind's own matching of parts).
 */
function matchesFolded(token: string, terms: string[]): boolean {
  const word = foldWord(token);
  if (!word) return false;
  return terms.some((term) => word === term || (term.length >= 4 && (word.startsWith(term) || word.endsWith(term))));
}

/**
 * Pagefind's excerpt as plain parts to render with textContent. `excerpt` is its HTML already parsed by an HTML
 * parser (the browser's, in src/client/search-page.ts): its text, with the parts Pagefind put in <mark>. Also marks
 * words that equal a query word once folded, which Pagefind cannot see: "dang" marks "Đảng", because the match
 * came from the folded field, not the text.
 */
export function excerptParts(excerpt: readonly ExcerptPart[], query: string): ExcerptPart[] {
  const terms = foldedQueryTerms(query);
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => appendPart(parts, text, mark);
  for (const piece of excerpt) {
    if (piece.mark) {
      push(piece.text, true);
      continue;
    }
    for (const token of piece.text.split(/(\s+)/)) push(token, token.trim() !== '' && matchesFolded(token, terms));
  }
  return parts;
}

/**
 * An excerpt of about `length` words around a word matching the query (or the `around` words) once folded, for pages
 * found only through the folded field ("nd-cp", "danh dap"): Pagefind then shows the start of the page
 * with nothing marked. Undefined when no word of the text matches.
 */
export function foldedExcerpt(
  content: string,
  query: string,
  length = 50,
  around: string[] = foldedQueryTerms(query),
): ExcerptPart[] | undefined {
  const terms = foldedQueryTerms(query);
  const words = content.split(/\s+/).filter(Boolean);
  const windowStart = (at: number) => Math.max(0, Math.min(at - Math.floor(length / 3), words.length - length));
  // Of the places where a sought word occurs, the one whose window shows the most different query words.
  let start = -1;
  let best = 0;
  words.forEach((word, at) => {
    if (!matchesFolded(word, around)) return;
    const from = windowStart(at);
    const shown = new Set(
      words.slice(from, from + length).flatMap((w) => terms.filter((term) => matchesFolded(w, [term]))),
    ).size;
    if (shown > best) [start, best] = [from, shown];
  });
  if (start < 0) return undefined;
  const slice = words.slice(start, start + length);
  const parts: ExcerptPart[] = [];
  if (start > 0) appendPart(parts, '… ', false);
  slice.forEach((word, i) => {
    if (i > 0) appendPart(parts, ' ', false);
    appendPart(parts, word, matchesFolded(word, terms));
  });
  if (start + length < words.length) appendPart(parts, ' …', false);
  return parts;
}

/** Query words (folded) that some marked part of an excerpt stands for. */
function termsShown(parts: ExcerptPart[], terms: string[]): Set<string> {
  const shown = new Set<string>();
  for (const part of parts) {
    if (!part.mark) continue;
    for (const token of part.text.split(/\s+/))
      for (const term of terms) if (matchesFolded(token, [term])) shown.add(term);
  }
  return shown;
}

/**
 * The excerpt to show: Pagefind's, unless a query word matched only through the folded field and so
 * is missing from it; then a window of the page text around that word, if it shows more query words.
 */
export function bestExcerpt(
  pagefindExcerpt: readonly ExcerptPart[],
  content: string,
  query: string,
  length = 50,
): ExcerptPart[] {
  const parts = excerptParts(pagefindExcerpt, query);
  const terms = foldedQueryTerms(query);
  const shown = termsShown(parts, terms);
  const missing = terms.filter((term) => !shown.has(term));
  if (missing.length === 0) return parts;
  const alternative = foldedExcerpt(content, query, length, missing);
  return alternative && termsShown(alternative, terms).size > shown.size ? alternative : parts;
}
