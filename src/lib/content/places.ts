/** Names of administrative units as readers say them: "xã Cao Sơn", "tỉnh Bắc Kạn". */
import { LOCALITY_KINDS } from '../../schemas/vocabulary';

export type LocalityKind = keyof typeof LOCALITY_KINDS;

export function placeName(kind: LocalityKind, title: string): string {
  const label = kind === 'thon' ? 'Thôn' : LOCALITY_KINDS[kind];
  return `${label} ${title}`;
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
 * Places with something filed under them or under a unit below them: the ones worth a link. `filed` are the
 * place ids content refers to; `parentOf` climbs the tree.
 */
export function placesWithContent(filed: Iterable<string>, parentOf: (id: string) => string | undefined): Set<string> {
  const found = new Set<string>();
  // Stops at a place already found: its ancestors were added with it.
  for (const id of filed)
    for (let at: string | undefined = id; at !== undefined && !found.has(at); at = parentOf(at)) found.add(at);
  return found;
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
