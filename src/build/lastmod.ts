/**
 * Last-modified dates for the sitemap, read from the content files' front matter (the sitemap integration
 * runs in astro.config.mjs, outside content collections): updatedAt when an entry has one, else publishedAt.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { isPublished } from '../lib/content/publish';
import { entryPath, paths } from '../lib/site/urls';
import { slugify } from '../lib/text/vietnamese';

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

const SITEMAP_KEYS = ['publishedAt', 'updatedAt', 'draft', 'lesson'] as const;

/** Absolute page URL → last modification, for every published entry in the content folder. */
export function lastmodMap(contentDir: string, site: string, now = new Date()): Map<string, Date> {
  const out = new Map<string, Date>();
  for (const collection of ['articles', 'profiles', 'guides']) {
    const dir = join(contentDir, collection);
    for (const file of readdirSync(dir)) {
      if (!/\.mdx?$/.test(file) || file.startsWith('_')) continue;
      const data = frontMatterKeys(readFileSync(join(dir, file), 'utf8'), SITEMAP_KEYS) as Dated | undefined;
      if (!data) continue;
      const publishedAt = toDate(data.publishedAt);
      if (!isPublished({ data: { draft: data.draft === true, ...(publishedAt ? { publishedAt } : {}) } }, now))
        continue;
      const date = lastModified(data);
      if (!date) continue;
      const id = slugify(file.replace(/\.mdx?$/, ''));
      out.set(new URL(entryPath(collection, id), site).href, date);
      // A guide with a school lesson also has a lesson page, made from the same file.
      if (collection === 'guides' && (data as { lesson?: unknown }).lesson)
        out.set(new URL(paths.lesson(id), site).href, date);
    }
  }
  return out;
}

/** The sitemap's serialize hook: adds lastmod where the map knows the page. */
export function withLastmod<T extends { url: string; lastmod?: string | undefined }>(map: Map<string, Date>) {
  return (item: T): T => {
    const date = map.get(item.url);
    return date ? { ...item, lastmod: date.toISOString() } : item;
  };
}
