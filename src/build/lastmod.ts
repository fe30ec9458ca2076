/**
 * Last-modified dates for the sitemap, read from the content files' front matter (the sitemap integration
 * runs in astro.config.mjs, outside content collections): updatedAt when an entry has one, else publishedAt.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { isPublished } from '../lib/content/publish';
import { entryId, REGISTRY, type CollectionSpec } from '../schemas/registry';
import { contentPaths } from './content-files';

export interface Dated {
  publishedAt?: Date | string | undefined;
  updatedAt?: Date | string | undefined;
  draft?: boolean | undefined;
}

const toDate = (v: Date | string | undefined) => (v === undefined ? undefined : v instanceof Date ? v : new Date(v));

export function lastModified(data: Dated): Date | undefined {
  return toDate(data.updatedAt) ?? toDate(data.publishedAt);
}

/** The YAML between a file's opening `---` lines, or undefined when it has none. */
const frontMatterBlock = (source: string) => /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];

/** Front matter of an MDX/Markdown file, or undefined when it has none. */
export function frontMatter(source: string): Record<string, unknown> | undefined {
  const block = frontMatterBlock(source);
  return block === undefined ? undefined : (parse(block) as Record<string, unknown>);
}

/**
 * Only the top-level `keys` of a file's front matter, each with the indented lines that belong to it: YAML
 * parses those few lines exactly as it would the whole block. The sitemap needs four keys of every entry, and
 * parsing whole front matter held up each large build before anything else started (docs/performance.md).
 */
export function frontMatterKeys(source: string, keys: readonly string[]): Record<string, unknown> | undefined {
  const block = frontMatterBlock(source);
  if (block === undefined) return undefined;
  const picked: string[] = [];
  let keep = false;
  for (const line of block.split(/\r?\n/)) {
    // A line at column 0 starts a new top-level key (or is a comment); indented and blank lines continue one.
    if (line !== '' && !/^[ \t]/.test(line)) keep = keys.some((key) => line.startsWith(`${key}:`));
    if (keep) picked.push(line);
  }
  return (parse(picked.join('\n')) as Record<string, unknown> | null) ?? {};
}

/**
 * Absolute page URL → last modification, for every published entry with a page, in every collection of the
 * registry (src/schemas/registry.ts), sub-folders included: the files are the ones Astro loads (content-files.ts).
 */
export function lastmodMap(
  root: string,
  site: string,
  now = new Date(),
  registry: Readonly<Record<string, CollectionSpec>> = REGISTRY,
): Map<string, Date> {
  const out = new Map<string, Date>();
  for (const { collection, name, file } of contentPaths(root, registry)) {
    const spec = registry[collection]!;
    if (!spec.pages) continue;
    const keys = spec.pageKeys ?? [];
    const source = readFileSync(join(root, file), 'utf8');
    const data = (spec.format === 'json' ? jsonKeys(source, keys) : frontMatterKeys(source, keys)) as
      (Dated & Record<string, unknown>) | undefined;
    if (!data) continue;
    const publishedAt = toDate(data.publishedAt);
    if (!isPublished({ data: { draft: data.draft === true, ...(publishedAt ? { publishedAt } : {}) } }, now)) continue;
    const date = lastModified(data);
    if (!date) continue;
    for (const path of spec.pages(entryId(name), data)) out.set(new URL(path, site).href, date);
  }
  return out;
}

/** The chosen keys of a JSON entry, or undefined when it cannot be read (the content check says why). */
function jsonKeys(source: string, keys: readonly string[]): Record<string, unknown> | undefined {
  try {
    const data = JSON.parse(source) as Record<string, unknown>;
    return Object.fromEntries(keys.filter((k) => Object.hasOwn(data, k)).map((k) => [k, data[k]]));
  } catch {
    return undefined;
  }
}

/** The sitemap's serialize hook: adds lastmod where the map knows the page. */
export function withLastmod<T extends { url: string; lastmod?: string | undefined }>(map: Map<string, Date>) {
  return (item: T): T => {
    const date = map.get(item.url);
    return date ? { ...item, lastmod: date.toISOString() } : item;
  };
}
