/**
 * One entry checked as the build checks it, for the CMS to run before saving: the collection's schema (required
 * fields, dates, alt text, references, cross-field rules such as consent), the privacy rules (privacy.ts) and the
 * MDX rules (mdx-safety.ts). Nothing here is a rule of its own: each rule lives in its module and the build runs
 * the same code (content schemas, src/data/site.ts, the MDX compile). Personal data saved once stays in git
 * history, so the CMS must refuse it before a commit, not the build after one.
 */
import { z } from 'astro/zod';
import { formatProblems, type ContentProblem } from './integrity';
import type { MdxProblem } from '../mdx/mdx-safety';
import { findPrivacyProblems } from './privacy';
import { publicContacts } from '../../schemas/registry';

export interface EntryToCheck {
  collection: string;
  /** Path of the file in the repository, e.g. src/content/profiles/nguyen-van-a.mdx. */
  file: string;
  /** Frontmatter or JSON data as the CMS holds it (dates as YYYY-MM-DD text, references as ids). */
  data: Record<string, unknown>;
  /** MDX body, for collections that have one. */
  body?: string | undefined;
}

/**
 * What the schemas get for Astro's image() and reference() when run in the editor: an image is the path the
 * media library wrote, a reference the id the relation widget stored. Whether the file or entry exists is the
 * media library's and the relation widget's business (they only offer what exists); the build checks again.
 */
export const editorSchemaTools = {
  image: () => z.string({ error: 'Tệp ảnh: bắt buộc, chưa chọn' }).trim().min(1, 'Tệp ảnh: bắt buộc, chưa chọn'),
  reference: (collection: string) =>
    z
      .string()
      .trim()
      .min(1)
      .transform((id) => ({ collection, id })),
};

/** A Zod issue's path as the build's messages write it: "cover.alt", "steps[2].title". */
export function issuePath(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>(
      (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
      '',
    ) || '(toàn mục)'
  );
}

/**
 * Every problem of one entry; empty when the build would accept it. `findMdxProblems` is the MDX rule with a
 * parser for where it runs (mdx-parse-satteri.ts in Node, mdx-parse-micromark.ts in the browser).
 */
export function checkEntry(
  entry: EntryToCheck,
  schema: z.ZodType | undefined,
  allowedNumbers: readonly string[],
  findMdxProblems: (body: string) => MdxProblem[],
): ContentProblem[] {
  return checkEntryWithData(entry, schema, allowedNumbers, findMdxProblems).problems;
}

/** The same, with the data as the schema parsed it (references as `{ collection, id }`), when it did. */
export function checkEntryWithData(
  entry: EntryToCheck,
  schema: z.ZodType | undefined,
  allowedNumbers: readonly string[],
  findMdxProblems: (body: string) => MdxProblem[],
): { problems: ContentProblem[]; data: unknown } {
  const problems: ContentProblem[] = [];
  let data: unknown;
  if (schema) {
    const result = schema.safeParse(entry.data);
    if (result.success) data = result.data;
    else
      for (const issue of result.error.issues)
        problems.push({ file: entry.file, field: issuePath(issue.path), message: issue.message });
  }
  const privacy = findPrivacyProblems(
    [{ collection: entry.collection, id: entry.file, filePath: entry.file, data: entry.data, body: entry.body }],
    allowedNumbers,
    (collection) => publicContacts(collection),
  );
  // The schema and the privacy rule both require consent: say it once.
  problems.push(...privacy.filter((p) => !(p.field === 'consent' && problems.some((q) => q.field === 'consent'))));
  if (entry.body !== undefined) {
    for (const p of findMdxProblems(entry.body))
      problems.push({ file: entry.file, field: p.line ? `body (dòng ${p.line})` : 'body', message: p.message });
  }
  return { problems, data };
}

/** The problems of one save, as the editor reads them. */
export function entryProblemsMessage(problems: readonly ContentProblem[]): string {
  return `nội dung có ${problems.length} lỗi mà bản dựng sẽ từ chối:\n${formatProblems(problems)}`;
}
