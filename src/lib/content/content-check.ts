/**
 * The whole content folder checked as one run: every entry against its schema, the privacy and MDX rules
 * (entry-check.ts, the code the CMS runs before saving), then the rules across entries (integrity.ts). The build
 * runs this before Astro reads any content, so one run reports every problem, grouped by file, instead of Astro
 * stopping at the first invalid entry and the cross-entry rules waiting for the next run.
 *
 * Pure: the caller reads the files (src/integrations/content-check.ts) and brings the MDX parser.
 */
import type { z } from 'astro/zod';
import { parseDocument } from 'yaml';
import type { MdxProblem } from '../mdx/mdx-safety';
import { stripFrontmatter } from '../mdx/mdx-safety';
import { entryId } from '../../schemas/registry';
import { checkEntryWithData, type EntryToCheck } from './entry-check';
import {
  findBrokenReferences,
  findDuplicateSlugs,
  findImpossibleDates,
  findNonNFCText,
  type ContentProblem,
} from './integrity';
import type { EntryLike } from './references';
import { findPlaceTimelineProblems, type PlaceLike } from '../places/timeline';
import { splitFrontmatter } from './frontmatter-format';

export interface ContentFile {
  collection: string;
  /** Path from the project root, e.g. src/content/articles/tin-a.mdx. */
  file: string;
  /** Path inside the collection's folder, which gives the entry's id, e.g. tin-a.mdx or 2024/tin-b.mdx. */
  name: string;
  text: string;
}

export interface ContentCheckOptions {
  schemas: Readonly<Record<string, z.ZodType>>;
  collections: Iterable<string>;
  allowedNumbers: readonly string[];
  /** The MDX rules for one file's body; the file says whether they apply to it. */
  findMdxProblems: (body: string, file: string) => MdxProblem[];
}

export { entryId };

const unreadable = (file: string, what: string, detail: string): ContentProblem => ({
  file,
  field: '(toàn tệp)',
  message: `${what} không đọc được: ${detail}`,
});

/** The file's data and body, or the reason it cannot be read. */
function readEntry(source: ContentFile): { entry: EntryToCheck } | { problem: ContentProblem } {
  const { collection, file, text } = source;
  if (/\.json$/i.test(file)) {
    try {
      return { entry: { collection, file, data: JSON.parse(text) as Record<string, unknown> } };
    } catch (error) {
      return { problem: unreadable(file, 'JSON', (error as Error).message) };
    }
  }
  const { yaml } = splitFrontmatter(text);
  const doc = parseDocument(yaml ?? '');
  const [yamlError] = doc.errors;
  if (yamlError) {
    // The YAML parser counts from the first line after "---".
    const line = yamlError.linePos ? ` (dòng ${yamlError.linePos[0].line + 1})` : '';
    return { problem: unreadable(file, `Phần đầu tệp${line}`, yamlError.message.split('\n')[0] ?? '') };
  }
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  // The body with its front matter blanked out: line numbers in the report are the file's own.
  return { entry: { collection, file, data, body: stripFrontmatter(text) } };
}

/** Every problem of the content, the problems of one file together, files in the order given. */
export function checkContent(files: readonly ContentFile[], options: ContentCheckOptions): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const parsed: EntryLike[] = [];
  /** Localities whose schema passed, by their index in `parsed`: the place rules read dates and references as parsed. */
  const places: number[] = [];
  const texts = new Map(files.map((f) => [f.file, f.text]));
  for (const source of files) {
    const read = readEntry(source);
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    const result = checkEntryWithData(read.entry, options.schemas[source.collection], options.allowedNumbers, (body) =>
      options.findMdxProblems(body, source.file),
    );
    problems.push(...result.problems);
    if (result.data !== undefined && source.collection === 'localities') places.push(parsed.length);
    parsed.push({
      collection: source.collection,
      id: entryId(source.name),
      filePath: source.file,
      data: result.data ?? read.entry.data,
      body: read.entry.body,
    });
  }
  problems.push(
    ...findBrokenReferences(parsed, options.collections),
    ...findDuplicateSlugs(parsed),
    ...findNonNFCText(parsed),
    // Read from each file's own text: YAML has already moved 2024-02-31 to another day in the parsed data.
    ...findImpossibleDates(parsed, (file) => texts.get(file)),
    ...findPlaceTimelineProblems(places.map((i) => parsed[i]) as unknown as PlaceLike[]),
  );
  const order = new Map(files.map((f, i) => [f.file, i]));
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (order.get(a.p.file) ?? -1) - (order.get(b.p.file) ?? -1) || a.i - b.i)
    .map(({ p }) => p);
}
