/** Names of administrative units as readers say them ("Xã Vĩnh Thông", "Xã Cao Sơn (cũ)"), and how units relate. */
import { LOCALITY_KINDS } from '../../schemas/vocabulary';
import { compareVi } from '../text/collation';

export type LocalityKind = keyof typeof LOCALITY_KINDS;

/** "Xã Vĩnh Thông"; a unit that no longer exists is marked "(cũ)": "Xã Cao Sơn (cũ)". */
export function placeName(kind: LocalityKind, title: string, former = false): string {
  const label = kind === 'thon' ? 'Thôn' : LOCALITY_KINDS[kind];
  return `${label} ${title}${former ? ' (cũ)' : ''}`;
}

/** Whether a unit still exists on the given date (units end when they are merged or abolished). */
export function isCurrentUnit(validUntil: Date | undefined, now: Date): boolean {
  return validUntil === undefined || validUntil.getTime() >= now.getTime();
}

/**
 * The first day a unit no longer exists: `validUntil` is its last day, and readers are told
 * "đã kết thúc hoạt động từ 1/7/2025", the day the change took effect.
 */
export function endedFrom(validUntil: Date): Date {
  return new Date(validUntil.getTime() + 24 * 60 * 60 * 1000);
}

/**
 * How many of the filed items belong to each place: to the place itself, to every unit above it and to every unit
 * it became (a story of xã Cao Sơn counts for xã Vĩnh Thông and tỉnh Thái Nguyên). `filed` has one place id per
 * item (an item filed under two places appears twice, and counts once for a unit both lead to); `containersOf` gives
 * a unit's parent and successors.
 */
export function placeCounts(
  filed: Iterable<{ item: string; place: string }>,
  containersOf: (id: string) => readonly string[],
): Map<string, number> {
  const items = new Map<string, Set<string>>();
  const reach = new Map<string, Set<string>>();
  const reachOf = (id: string) => {
    let found = reach.get(id);
    if (found) return found;
    found = new Set<string>();
    const queue = [id];
    while (queue.length) {
      const at = queue.shift()!;
      if (found.has(at)) continue;
      found.add(at);
      queue.push(...containersOf(at));
    }
    reach.set(id, found);
    return found;
  };
  for (const { item, place } of filed)
    for (const id of reachOf(place)) {
      let set = items.get(id);
      if (!set) items.set(id, (set = new Set()));
      set.add(item);
    }
  return new Map([...items].map(([id, set]) => [id, set.size]));
}

/**
 * A place and what lies within it: the units below it and the former units it was formed from, and theirs, so a
 * commune's page gathers the stories of its villages and of the communes it absorbed.
 */
export function placeArea(
  id: string,
  childrenOf: (id: string) => readonly string[],
  formedFromOf: (id: string) => readonly string[],
): Set<string> {
  const area = new Set<string>();
  const queue = [id];
  while (queue.length) {
    const at = queue.shift()!;
    if (area.has(at)) continue;
    area.add(at);
    queue.push(...childrenOf(at), ...formedFromOf(at));
  }
  return area;
}

/** Units grouped by the first letter of their name, in Vietnamese order ("Đ" after "D"), for an A–Z list. */
export function byInitial<U>(units: readonly U[], nameOf: (unit: U) => string): { letter: string; units: U[] }[] {
  const groups = new Map<string, U[]>();
  for (const unit of [...units].sort((a, b) => compareVi(nameOf(a), nameOf(b)))) {
    // The letter without its tone mark ("Úc Kỳ" under U) but with its own shape ("Ôn Lương" under Ô, "Đồng" under Đ).
    const letter = nameOf(unit)
      .trim()
      .charAt(0)
      .normalize('NFD')
      .replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '')
      .normalize('NFC')
      .toLocaleUpperCase('vi');
    const group = groups.get(letter);
    if (group) group.push(unit);
    else groups.set(letter, [unit]);
  }
  return [...groups].map(([letter, list]) => ({ letter, units: list }));
}

export interface PlaceNode<U> {
  unit: U;
  children: PlaceNode<U>[];
}

/** The units and, below each, its sub-units, keeping only those `keep` accepts (a unit left out hides its subtree). */
export function placeTree<U extends { id: string }>(
  units: readonly U[],
  childrenOf: (id: string) => readonly U[],
  keep: (unit: U) => boolean,
): PlaceNode<U>[] {
  return units.filter(keep).map((unit) => ({ unit, children: placeTree(childrenOf(unit.id), childrenOf, keep) }));
}

/** A tree of places as a list in reading order (each unit, then its sub-units), with each unit's depth from 0. */
export function flattenPlaceTree<U>(nodes: readonly PlaceNode<U>[], depth = 0): { unit: U; depth: number }[] {
  return nodes.flatMap((node) => [{ unit: node.unit, depth }, ...flattenPlaceTree(node.children, depth + 1)]);
}
