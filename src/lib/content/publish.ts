/**
 * The one rule for what readers may see, shared by lists, detail pages, feeds, sitemap and search:
 * not a draft, and not dated in the future (a future date publishes at the first build after it).
 */
export interface Publishable {
  data: { draft?: boolean; publishedAt?: Date };
}

export function isPublished(entry: Publishable, now: Date = new Date()): boolean {
  if (entry.data.draft) return false;
  const published = entry.data.publishedAt;
  return published === undefined || published.getTime() <= now.getTime();
}

/** Newest first, by publishedAt. */
export function byNewest<T extends Publishable>(a: T, b: T): number {
  return (b.data.publishedAt?.getTime() ?? 0) - (a.data.publishedAt?.getTime() ?? 0);
}
