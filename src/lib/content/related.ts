/** Related content in both directions, built once per build in linear time. */
import { collectReferences, entryKey, type EntryLike } from './references';

/**
 * For every entry, the entries that reference it: a guide learns which articles and profiles cite it.
 * Keyed by "collection/id".
 */
export function buildBacklinks<T extends EntryLike>(
  entries: readonly T[],
  targets: Iterable<string> = entries.map((e) => e.collection),
): Map<string, T[]> {
  const collections = new Set(targets);
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
 * Related items by shared tags (topics, places), built once for a whole list. The returned function ranks the
 * items sharing most tags with the target, best first, ties in the list's own order (newest first for
 * articles). Only items that share a tag are visited, through an index per tag, so a page costs the size of its
 * tags' groups rather than the whole corpus.
 */
export function relatedIndex<T>(
  items: readonly T[],
  tagsOf: (item: T) => readonly string[],
): (target: T, limit?: number) => T[] {
  const position = new Map<T, number>();
  const byTag = new Map<string, number[]>();
  items.forEach((item, i) => {
    position.set(item, i);
    for (const tag of new Set(tagsOf(item))) {
      const group = byTag.get(tag);
      if (group) group.push(i);
      else byTag.set(tag, [i]);
    }
  });
  const scores = new Uint16Array(items.length);
  return (target, limit = 3) => {
    const self = position.get(target);
    const touched: number[] = [];
    for (const tag of new Set(tagsOf(target))) {
      for (const i of byTag.get(tag) ?? []) {
        if (i === self) continue;
        if (scores[i] === 0) touched.push(i);
        scores[i]! += 1;
      }
    }
    touched.sort((a, b) => scores[b]! - scores[a]! || a - b);
    const best = touched.slice(0, limit).map((i) => items[i]!);
    for (const i of touched) scores[i] = 0;
    return best;
  };
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
