/**
 * When a search finds nothing, the search page offers places whose names look like what was typed, in a list apart
 * from the results (a suggestion is never shown as a match). A place is offered when a word of its name starts with
 * a word of the query once both are folded ("pac nam" offers "Xã Nam Hòa"); the words that say a unit's level are
 * not names.
 */
import { foldDiacritics } from '../text/vietnamese';
import { normalizeQuery } from './url-state';

const LEVEL_WORDS = new Set(['xa', 'phuong', 'thi', 'tran', 'tinh', 'huyen', 'dac', 'khu', 'thon', 'ban', 'to', 'cu']);
const words = (text: string) =>
  foldDiacritics(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** The query's words worth looking up among place names: folded, two letters or more, not a level word. */
export function suggestionWords(query: string): string[] {
  return [...new Set(words(normalizeQuery(query)).filter((w) => w.length >= 2 && !LEVEL_WORDS.has(w)))];
}

/**
 * Up to `max` places, best first: the most query words starting a word of the name, then current units before
 * former ones ("(cũ)"), then the search's own order.
 */
export function suggestedPlaces<T>(candidates: readonly { item: T; title: string }[], query: string, max = 5): T[] {
  const sought = suggestionWords(query);
  return candidates
    .map((candidate, order) => {
      const name = words(candidate.title).filter((w) => !LEVEL_WORDS.has(w));
      const score = sought.filter((q) => name.some((w) => w.startsWith(q))).length;
      return { candidate, order, score, former: /\(cũ\)\s*$/.test(candidate.title) };
    })
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || Number(a.former) - Number(b.former) || a.order - b.order)
    .slice(0, max)
    .map((c) => c.candidate.item);
}
