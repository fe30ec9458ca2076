/**
 * Who depends on what, read from the entries' data with the CMS's own field definitions: an entry cites another
 * through a relation field (a guide's legal basis, an article's places), and uses an uploaded file by its path. The
 * CMS refuses to delete what is cited or used, and checks before saving that what an entry cites still exists and
 * that its title is not another entry's. Pure: cms/references.ts loads the entries through the CMS's backend.
 */
import type { CmsField } from '../../schemas/fields';
import { placeTones } from '../text/vietnamese';

/** An entry as the CMS reads it: its collection, slug (file name), title and data. */
export interface KnownEntry {
  collection: string;
  slug: string;
  title: string;
  data: Record<string, unknown>;
  /** The file's text, to find uploads it uses (in fields or in the body). */
  raw?: string | undefined;
}

export interface FoundCitation {
  /** The field's label path, as the editor reads it: "Căn cứ pháp lý", "Nguồn thông tin › Tài liệu". */
  field: string;
  /** The top-level field's name. */
  name: string;
  collection: string;
  id: string;
}

const ids = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === undefined || value === null || value === '' ? [] : [value]).map(String);

/** Every relation value in `data`, with the field it sits in. */
export function referencesIn(data: unknown, fields: readonly CmsField[], label = '', top?: string): FoundCitation[] {
  if (data === null || typeof data !== 'object') return [];
  const record = data as Record<string, unknown>;
  return fields.flatMap((field) => {
    const value = record[field.name];
    const here = label ? `${label} › ${field.label}` : field.label;
    const name = top ?? field.name;
    if (field.widget === 'relation')
      return ids(value).map((id) => ({ field: here, name, collection: String(field.collection), id }));
    const nested = field.fields as CmsField[] | undefined;
    const single = field.field as CmsField | undefined;
    if (field.widget === 'list' && Array.isArray(value))
      return value.flatMap((item) =>
        single
          ? referencesIn({ [single.name]: item }, [single], here, name)
          : referencesIn(item, nested ?? [], here, name),
      );
    return nested ? referencesIn(value, nested, here, name) : [];
  });
}

/** The entries that cite `target` (its collection and slug), each once, with the fields that cite it. */
export function citationsOf(
  target: { collection: string; slug: string },
  entries: readonly KnownEntry[],
  fieldsOf: (collection: string) => readonly CmsField[],
): { entry: KnownEntry; fields: string[] }[] {
  return entries
    .filter((e) => !(e.collection === target.collection && e.slug === target.slug))
    .map((entry) => ({
      entry,
      fields: [
        ...new Set(
          referencesIn(entry.data, fieldsOf(entry.collection))
            .filter((r) => r.collection === target.collection && r.id === target.slug)
            .map((r) => r.field),
        ),
      ],
    }))
    .filter((c) => c.fields.length > 0);
}

/**
 * How an entry's text names an uploaded file: images by the path from the entry's folder
 * ("../../assets/images/articles/anh.jpg"), public files by their URL ("/audio/phat-thanh/ban-tin.mp3").
 */
export function mediaReference(path: string): string {
  return path.startsWith('public/') ? path.slice('public'.length) : path.replace(/^src\//, '');
}

/** The entries whose file names an uploaded file (in a field or in the body). */
export function mediaUsers(path: string, entries: readonly KnownEntry[]): KnownEntry[] {
  const needle = mediaReference(path);
  return entries.filter((e) => (e.raw ?? JSON.stringify(e.data)).includes(needle));
}

/** A title as readers tell titles apart: case, spacing, Unicode form and tone placement (hoà/hòa) aside. */
export function titleKey(title: string): string {
  return placeTones(title.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim());
}

/** Other entries of the same collection with the same title. */
export function sameTitle(
  entry: { collection: string; slug?: string | undefined; title: string },
  entries: readonly KnownEntry[],
): KnownEntry[] {
  const key = titleKey(entry.title);
  if (!key) return [];
  return entries.filter((e) => e.collection === entry.collection && e.slug !== entry.slug && titleKey(e.title) === key);
}

/** Relations in `data` to entries that do not exist (any more). */
export function missingReferences(
  data: Record<string, unknown>,
  fields: readonly CmsField[],
  exists: (collection: string, id: string) => boolean,
): FoundCitation[] {
  return referencesIn(data, fields).filter((r) => !exists(r.collection, r.id));
}

/** Groups of two or more entries of one collection sharing a title: the build warns about each group. */
export function duplicateTitleGroups(entries: readonly Omit<KnownEntry, 'data'>[]): Omit<KnownEntry, 'data'>[][] {
  const groups = new Map<string, Omit<KnownEntry, 'data'>[]>();
  for (const entry of entries) {
    const key = `${entry.collection}\u0000${titleKey(entry.title)}`;
    if (!titleKey(entry.title)) continue;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}
