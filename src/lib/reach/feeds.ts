/**
 * RSS items from content, independent of Astro: absolute links, an image for every item (the cover or the
 * generated card) as Media RSS, the last update as dcterms:modified, the byline as dc:creator.
 */
import XMLBuilder from 'fast-xml-builder';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { absoluteUrl } from '../site/urls';
import { sanitizeHtml } from '../security/sanitize-html';

export interface FeedImage {
  /** Path on the site or absolute URL. */
  url: string;
  type: string;
  width: number;
  height: number;
  alt: string;
}

export interface FeedEntry {
  /** Path of the page, e.g. /tin-tuc/abc/. */
  path: string;
  title: string;
  summary: string;
  publishedAt: Date;
  updatedAt?: Date | undefined;
  author?: string | undefined;
  categories: string[];
  image: FeedImage;
  /** Body as HTML with site-relative links; absolutized here. */
  html?: string | undefined;
  /** Guides: what changed at the last update. */
  changeNote?: string | undefined;
}

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  content: string;
  categories: string[];
  customData: string;
}

/** Namespaces the item extensions use; passed to @astrojs/rss as `xmlns`. */
export const FEED_NAMESPACES = {
  media: 'http://search.yahoo.com/mrss/',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
} as const;

/** XML from a plain object tree (attributes as `@_name`, text as `#text`), escaped by the builder. */
const xml = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  suppressEmptyNode: true,
  // An attribute whose value is "true" stays written out: XML has no boolean attributes.
  suppressBooleanAttributes: false,
});
export const buildXml = (tree: Record<string, unknown>): string => xml.build(tree) as string;

/** The item's HTML before the body: its image, the last update of a guide, the summary in bold. */
function leadHtml(entry: FeedEntry, image: FeedImage, labels: { updated: string; changeNote: string }): string {
  const update = entry.updatedAt
    ? h('p', [
        h('em', [
          `${labels.updated}: ${entry.updatedAt.toISOString().slice(0, 10)}`,
          entry.changeNote ? ` – ${labels.changeNote}: ${entry.changeNote}` : '',
        ]),
      ])
    : undefined;
  const tree = h(null, [
    h('figure', [h('img', { src: image.url, alt: image.alt, width: image.width, height: image.height })]),
    update,
    h('p', [h('strong', entry.summary)]),
  ]);
  return toHtml(tree);
}

export function feedItem(
  entry: FeedEntry,
  site: string | URL,
  labels: { updated: string; changeNote: string },
): FeedItem {
  const link = absoluteUrl(entry.path, site);
  const image = { ...entry.image, url: absoluteUrl(entry.image.url, site) };
  // Feed readers apply no Content-Security-Policy: the body is cleaned on a parsed tree, its site paths made absolute.
  const body = entry.html ? sanitizeHtml(entry.html, site) : '';
  const content = `${leadHtml(entry, image, labels)}${body}`;
  const customData = buildXml({
    'media:content': {
      '@_url': image.url,
      '@_medium': 'image',
      '@_type': image.type,
      '@_width': image.width,
      '@_height': image.height,
      'media:description': { '@_type': 'plain', '#text': image.alt },
    },
    ...(entry.author ? { 'dc:creator': entry.author } : {}),
    ...(entry.updatedAt ? { 'dcterms:modified': entry.updatedAt.toISOString() } : {}),
  });
  return {
    title: entry.title,
    link,
    pubDate: entry.publishedAt,
    description: entry.summary,
    content,
    categories: entry.categories,
    customData,
  };
}

/**
 * Items per feed. A reader downloads the whole file at every poll, so a feed carries the newest entries only;
 * the sitemap and the lists still reach everything (a full news feed at 5,000 entries: docs/performance.md).
 */
export const FEED_SIZE = 50;

/** The newest `size` entries, newest first whatever the order they come in; ties keep their order. */
export function feedWindow<T>(entries: readonly T[], publishedAt: (entry: T) => Date, size = FEED_SIZE): T[] {
  return [...entries].sort((a, b) => publishedAt(b).getTime() - publishedAt(a).getTime()).slice(0, size);
}

export interface FeedLink {
  href: string;
  title: string;
}

/**
 * Feeds a page advertises with <link rel="alternate">: the news feed everywhere, plus the feed of the
 * category or collection the page belongs to, and on the bulletins' and materials' pages the podcast, when there
 * is one (a feed without an episode is not offered).
 */
export function feedLinksFor(
  pathname: string,
  feeds: {
    news: FeedLink;
    categories: Record<string, FeedLink>;
    profiles: FeedLink;
    guides: FeedLink;
    podcast?: FeedLink | undefined;
  },
): FeedLink[] {
  const out = [feeds.news];
  const category = /^\/tin-tuc\/chuyen-muc\/([^/]+)\//.exec(pathname)?.[1];
  if (category && feeds.categories[category]) out.push(feeds.categories[category]);
  if (pathname.startsWith('/guong-dien-hinh/')) out.push(feeds.profiles);
  if (pathname.startsWith('/mo-hinh/')) out.push(feeds.guides);
  if (feeds.podcast && /^\/(phat-thanh|tai-lieu-tuyen-truyen)\//.test(pathname)) out.push(feeds.podcast);
  return out;
}
