/**
 * Cross-entry checks that Zod cannot make on one entry alone. Astro 7 only logs a broken reference
 * and still exits 0, so the site runs these itself and fails the build, naming the file and the field.
 */
import { collectReferences, entryKey, type EntryLike } from './references';
import { isNFC, slugify } from '../text/vietnamese';
import { dataText, impossibleDates } from './calendar-dates';

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

const fileOf = (entry: EntryLike) => entry.filePath ?? `${entry.collection}/${entry.id}`;

export function findBrokenReferences(
  entries: readonly EntryLike[],
  collectionNames: Iterable<string>,
): ContentProblem[] {
  const collections = new Set(collectionNames);
  const known = new Set(entries.map((e) => entryKey(e.collection, e.id)));
  return entries.flatMap((entry) =>
    collectReferences(entry.data, collections)
      .filter((ref) => !known.has(entryKey(ref.collection, ref.id)))
      .map((ref) => ({
        file: fileOf(entry),
        field: ref.field,
        message: `tham chiếu tới "${ref.id}" trong "${ref.collection}" không tồn tại`,
      })),
  );
}

/** Two entries of one collection whose URLs would collide (e.g. "hoa-giai.mdx" and "hòa-giải.mdx"). */
export function findDuplicateSlugs(entries: readonly EntryLike[]): ContentProblem[] {
  const seen = new Map<string, EntryLike>();
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const key = entryKey(entry.collection, slugify(entry.id));
    const first = seen.get(key);
    if (first) {
      problems.push({
        file: fileOf(entry),
        field: 'slug',
        message: `trùng đường dẫn "${slugify(entry.id)}" với ${fileOf(first)}`,
      });
    } else seen.set(key, entry);
  }
  return problems;
}

function nonNFCFields(data: unknown, path: string): string[] {
  if (typeof data === 'string') return isNFC(data) ? [] : [path || '(giá trị)'];
  if (data === null || typeof data !== 'object' || data instanceof Date) return [];
  if (Array.isArray(data)) return data.flatMap((item, i) => nonNFCFields(item, `${path}[${i}]`));
  return Object.entries(data).flatMap(([k, v]) => nonNFCFields(v, path ? `${path}.${k}` : k));
}

/** Search and comparison assume composed (NFC) text; decomposed text from some keyboards must be fixed at the source. */
export function findNonNFCText(entries: readonly EntryLike[]): ContentProblem[] {
  return entries.flatMap((entry) => {
    const fields = nonNFCFields(entry.data, '');
    if (entry.body && !isNFC(entry.body)) fields.push('body');
    return fields.map((field) => ({
      file: fileOf(entry),
      field,
      message: 'văn bản chưa ở dạng Unicode dựng sẵn (NFC); hãy lưu lại tệp ở dạng NFC',
    }));
  });
}

/** Dates like 2024-02-31 that the parser silently moved to another day; read from each file's own text. */
export function findImpossibleDates(
  entries: readonly EntryLike[],
  read: (file: string) => string | undefined,
): ContentProblem[] {
  const files = new Set(entries.map((e) => e.filePath).filter((f): f is string => Boolean(f)));
  return [...files].flatMap((file) => {
    const text = read(file);
    const data = text === undefined ? undefined : dataText(text, file);
    return data === undefined
      ? []
      : impossibleDates(data).map((d) => ({ file, field: d.field, message: `ngày "${d.value}" không có trên lịch` }));
  });
}

/** One line per problem, the problems of one file together (in the order files first appear). */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const byFile = Map.groupBy(problems, (p) => p.file);
  return [...byFile.values()].flatMap((list) => list.map((p) => `  ${p.file} → ${p.field}: ${p.message}`)).join('\n');
}

export class ContentIntegrityError extends Error {
  constructor(readonly problems: readonly ContentProblem[]) {
    super(`Nội dung có ${problems.length} lỗi:\n${formatProblems(problems)}`);
    this.name = 'ContentIntegrityError';
  }
}

export function assertNoProblems(problems: readonly ContentProblem[]): void {
  if (problems.length > 0) throw new ContentIntegrityError(problems);
}
