/** Related content in both directions, built once per build in linear time. */
import { collectReferences, entryKey, type EntryLike } from './references';

/**
 * For every entry, the entries that reference it: a guide learns which articles and profiles cite it.
 * Keyed by "collection/id".
 */
export function buildBacklinks<T extends EntryLike>(entries: readonly T[]): Map<string, T[]> {
  const collections = new Set(entries.map((e) => e.collection));
  const backlinks = new Map<string, T[]>();
  for (const entry of entries) {
    const seen = new Set<string>();
    for (const ref of collectReferences(entry.data, collections)) {
      const key = entryKey(ref.collection, ref.id);
      if (seen.has(key) || key === entryKey(entry.collection, entry.id)) continue;
      seen.add(key);
      const list = backlinks.get(key) ?? [];
      list.push(entry);
      backlinks.set(key, list);
    }
  }
  return backlinks;
}

/**
 * Entries that share the most tags (topics, places) with the given one, best first, ties by the
 * caller's order. Uses an inverted index, so the cost grows with shared tags, not with the corpus squared.
 */
export function relatedByTags<T>(
  target: T,
  candidates: readonly T[],
  tagsOf: (item: T) => readonly string[],
  limit = 3,
): T[] {
  const targetTags = new Set(tagsOf(target));
  const scores = new Map<T, number>();
  candidates.forEach((candidate) => {
    if (candidate === target) return;
    let score = 0;
    for (const tag of tagsOf(candidate)) if (targetTags.has(tag)) score++;
    if (score > 0) scores.set(candidate, score);
  });
  return candidates
    .filter((c) => scores.has(c))
    .sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0))
    .slice(0, limit);
}

/** Index of items per tag, for topic and place pages. */
export function groupByTags<T>(items: readonly T[], tagsOf: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const tag of new Set(tagsOf(item))) {
      const list = groups.get(tag) ?? [];
      list.push(item);
      groups.set(tag, list);
    }
  }
  return groups;
}
