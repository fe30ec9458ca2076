/** Vietnamese ordering of names and places. Code-point order puts "Đ" after "Z"; the collator does not. */

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Sorts a copy of the items by a Vietnamese text key. */
export function sortByVi<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareVi(key(a), key(b)));
}

/**
 * Vietnamese personal names are written family name first and sorted by the given name,
 * which is the last word: "Triệu Hữu Thanh" sorts under "Thanh".
 */
export function comparePersonNames(a: string, b: string): number {
  const given = (name: string) => name.trim().split(/\s+/).at(-1) ?? '';
  return compareVi(given(a), given(b)) || compareVi(a, b);
}

/**
 * Numeric rank of each distinct value in Vietnamese order, for consumers that can only sort
 * numbers or code points (Pagefind's sort).
 */
export function collationRanks(values: Iterable<string>): Map<string, number> {
  const sorted = [...new Set(values)].sort(compareVi);
  return new Map(sorted.map((value, index) => [value, index + 1]));
}
