/**
 * What the CMS runs before every save: the build's own rules for the entry (src/lib/content/entry-check.ts) with the
 * collection's content schema. Pure, so Vitest can run it on the same data the editor holds.
 */
import type { z } from 'astro/zod';
import { checkEntry, editorSchemaTools } from '../src/lib/content/entry-check';
import type { ContentProblem } from '../src/lib/content/integrity';
import { findMdxProblems } from '../src/lib/mdx/mdx-parse-micromark';
import { SCHEMA_FACTORIES } from '../src/schemas/index';
import { MDX_COLLECTIONS } from './config';

const built = new Map<string, z.ZodType>();

/**
 * Problems the build would report for this entry. `data` is what Decap saves (frontmatter fields plus `body` for
 * MDX collections); `file` its path, or where a new entry will go.
 */
export function checkCmsEntry(
  collection: string,
  file: string,
  data: Record<string, unknown>,
  allowedNumbers: readonly string[],
): ContentProblem[] {
  const factory = SCHEMA_FACTORIES[collection as keyof typeof SCHEMA_FACTORIES];
  if (factory && !built.has(collection)) built.set(collection, factory(editorSchemaTools));
  const isMdx = (MDX_COLLECTIONS as readonly string[]).includes(collection);
  const { body, ...fields } = data;
  return checkEntry(
    { collection, file, data: isMdx ? fields : data, body: isMdx ? String(body ?? '') : undefined },
    built.get(collection),
    allowedNumbers,
    findMdxProblems,
  );
}
