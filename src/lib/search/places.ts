/** Places a search filter should match a page by: its own, every unit above, and whatever it was merged into. */

export interface UnitLinks {
  /** Ancestors, any order. */
  parents: readonly string[];
  /** The units it became, when it ended. */
  successors?: readonly string[] | undefined;
}

/** The given places and everything they belong to or were merged into, so filtering by a larger unit finds them. */
export function withParents(ids: readonly string[], unitOf: (id: string) => UnitLinks | undefined): string[] {
  const out = new Set<string>();
  const queue = [...ids];
  while (queue.length) {
    const id = queue.shift()!;
    if (out.has(id)) continue;
    out.add(id);
    const unit = unitOf(id);
    if (!unit) continue;
    queue.push(...unit.parents);
    queue.push(...(unit.successors ?? []));
  }
  return [...out];
}
