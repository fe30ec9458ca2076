/**
 * What the CMS runs before every save: the build's own rules for the entry (src/lib/content/entry-check.ts) with the
 * collection's content schema. Pure, so Vitest can run it on the same data the editor holds.
 */
import type { z } from 'astro/zod';
import { checkEntry, editorSchemaTools } from '../src/lib/content/entry-check';
import type { ContentProblem } from '../src/lib/content/integrity';
import { findMdxProblems } from '../src/lib/mdx/mdx-parse-micromark';
import { articleSchema } from '../src/schemas/article';
import { guideSchema } from '../src/schemas/guide';
import { localitySchema } from '../src/schemas/locality';
import { pageSchema } from '../src/schemas/page';
import { profileSchema } from '../src/schemas/profile';
import { settingsSchema } from '../src/schemas/settings';
import { statsSchema } from '../src/schemas/stats';
import { MDX_COLLECTIONS } from './config';

const SCHEMAS: Record<string, () => z.ZodType> = {
  articles: () => articleSchema(editorSchemaTools),
  profiles: () => profileSchema(editorSchemaTools),
  guides: () => guideSchema(editorSchemaTools),
  localities: () => localitySchema(editorSchemaTools),
  stats: () => statsSchema(editorSchemaTools),
  settings: () => settingsSchema(editorSchemaTools),
  pages: () => pageSchema(editorSchemaTools),
};
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
  const factory = SCHEMAS[collection];
  if (factory && !built.has(collection)) built.set(collection, factory());
  const isMdx = (MDX_COLLECTIONS as readonly string[]).includes(collection);
  const { body, ...fields } = data;
  return checkEntry(
    { collection, file, data: isMdx ? fields : data, body: isMdx ? String(body ?? '') : undefined },
    built.get(collection),
    allowedNumbers,
    findMdxProblems,
  );
}
