/** Finding Astro references (`{ collection, id }`) anywhere inside an entry's data. */

export interface EntryLike {
  collection: string;
  id: string;
  data: unknown;
  filePath?: string | undefined;
  body?: string | undefined;
}

export interface FoundReference {
  /** Dotted path of the field inside the entry, e.g. "localities[1]" or "deployments[0].locality". */
  field: string;
  collection: string;
  id: string;
}

function isReference(value: unknown, collections: ReadonlySet<string>): value is { collection: string; id: string } {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.collection === 'string' && typeof v.id === 'string' && collections.has(v.collection);
}

export function collectReferences(data: unknown, collections: ReadonlySet<string>, path = ''): FoundReference[] {
  if (data === null || typeof data !== 'object' || data instanceof Date) return [];
  if (isReference(data, collections)) return [{ field: path, collection: data.collection, id: data.id }];
  if (Array.isArray(data)) return data.flatMap((item, i) => collectReferences(item, collections, `${path}[${i}]`));
  return Object.entries(data).flatMap(([key, value]) =>
    collectReferences(value, collections, path ? `${path}.${key}` : key),
  );
}

export const entryKey = (collection: string, id: string) => `${collection}/${id}`;
