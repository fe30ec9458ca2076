/**
 * Entries are saved in composed Unicode (NFC). Some Vietnamese keyboards type decomposed text (NFD): a title
 * typed that way would give the file name "da-ng-u-y-…" and text the build rejects. The preSave hook runs
 * before Decap makes the slug, so normalising there fixes both. Works on plain values and on the Immutable
 * collections Decap hands to hooks (anything with a structural `map`).
 */
interface Mappable {
  map(fn: (value: unknown) => unknown): unknown;
  toJS(): unknown;
}

const isMappable = (value: unknown): value is Mappable =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Mappable).map === 'function' &&
  typeof (value as Mappable).toJS === 'function';

const toPlain = (value: unknown): unknown => (isMappable(value) ? value.toJS() : value);

/** Nothing an editor typed: undefined, null, blank text, or a group/list holding only blanks. */
export function isBlank(value: unknown): boolean {
  const plain = toPlain(value);
  if (plain === undefined || plain === null) return true;
  if (typeof plain === 'string') return plain.trim() === '';
  if (Array.isArray(plain)) return plain.every(isBlank);
  if (typeof plain === 'object' && !(plain instanceof Date)) return Object.values(plain).every(isBlank);
  return false;
}

/**
 * What the preSave hook writes: NFC text, and no empty leftovers. Decap saves a field the editor typed in and
 * cleared as "" (and an untouched image group as {}), which the strict schema rejects as "không được để trống";
 * an absent optional field is what the schema expects. Lists stay lists (empty lists are valid), minus blank items.
 */
export function cleanEntryData(data: Record<string, unknown>): Record<string, unknown> {
  const clean = (value: unknown): unknown => {
    if (typeof value === 'string') return value.normalize('NFC');
    if (Array.isArray(value)) return value.filter((item) => !isBlank(item)).map(clean);
    if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([, v]) => !isBlank(v) || Array.isArray(v))
          .map(([k, v]) => [k, clean(v)]),
      );
    }
    return value;
  };
  return clean(data) as Record<string, unknown>;
}
