/**
 * The content as the source files say it, read without Astro: for tests that check the build against the
 * entries (counts, titles, dates). Uses the site's own publishing rule.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isPublished } from '../../src/lib/content/publish';
import { entryPath } from '../../src/lib/site/urls';
import { readEntries } from './content-files';
import { ROOT } from './preview';

export type Collection = 'articles' | 'profiles' | 'guides';

export interface SourceEntry {
  collection: Collection;
  id: string;
  path: string;
  data: Record<string, any> & { publishedAt: Date; updatedAt?: Date; draft?: boolean };
  published: boolean;
}

const toDate = (v: unknown) => (v === undefined ? undefined : new Date(String(v)));

export function sourceEntries(collection: Collection, now = new Date()): SourceEntry[] {
  return readEntries(collection).map(({ id, data: raw }) => {
    const data = {
      ...raw,
      publishedAt: toDate(raw.publishedAt)!,
      updatedAt: toDate(raw.updatedAt),
      draft: raw.draft === true,
    } as SourceEntry['data'];
    return { collection, id, path: entryPath(collection, id), data, published: isPublished({ data }, now) };
  });
}

/** The starter settings as saved by the CMS; the fields the tests name are typed, the rest left open. */
export function siteSettings(): { agency: string; unit?: string; [field: string]: any } {
  return JSON.parse(readFileSync(join(ROOT, 'src', 'content', 'settings', 'site.json'), 'utf8'));
}
