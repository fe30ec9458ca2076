/**
 * RSS items from content, independent of Astro: absolute links, an image for every item (the cover or the
 * generated card) as Media RSS, the last update as dcterms:modified, the byline as dc:creator.
 */
import { absoluteUrl } from '../site/urls';
import { stripScriptUrls } from '../security/url-safety';

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

export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

/** Rewrites root-relative src, href, poster and srcset URLs to absolute ones: feed readers have no base URL. */
export function absolutizeHtml(html: string, site: string | URL): string {
  return html
    .replace(
      /\b(src|href|poster)=(["'])(\/(?!\/)[^"']*)\2/g,
      (_, attr: string, q: string, path: string) => `${attr}=${q}${absoluteUrl(path, site)}${q}`,
    )
    .replace(/\bsrcset=(["'])([^"']*)\1/g, (_, q: string, set: string) => {
      const rewritten = set
        .split(',')
        .map((part) => part.trim().replace(/^(\/(?!\/)\S*)/, (path) => absoluteUrl(path, site)))
        .join(', ');
      return `srcset=${q}${rewritten}${q}`;
    });
}

export function feedItem(
  entry: FeedEntry,
  site: string | URL,
  labels: { updated: string; changeNote: string },
): FeedItem {
  const link = absoluteUrl(entry.path, site);
  const image = { ...entry.image, url: absoluteUrl(entry.image.url, site) };
  const figure = `<figure><img src="${escapeXml(image.url)}" alt="${escapeXml(image.alt)}" width="${image.width}" height="${image.height}"/></figure>`;
  const update = entry.updatedAt
    ? `<p><em>${escapeXml(labels.updated)}: ${entry.updatedAt.toISOString().slice(0, 10)}${entry.changeNote ? ` – ${escapeXml(labels.changeNote)}: ${escapeXml(entry.changeNote)}` : ''}</em></p>`
    : '';
  // Feed readers apply no Content-Security-Policy: a script URL the build missed must not reach them either.
  const body = entry.html ? stripScriptUrls(absolutizeHtml(entry.html, site)) : '';
  const content = `${figure}${update}<p><strong>${escapeXml(entry.summary)}</strong></p>${body}`;
  const customData = [
    `<media:content url="${escapeXml(image.url)}" medium="image" type="${escapeXml(image.type)}" width="${image.width}" height="${image.height}">`,
    `<media:description type="plain">${escapeXml(image.alt)}</media:description></media:content>`,
    entry.author ? `<dc:creator>${escapeXml(entry.author)}</dc:creator>` : '',
    entry.updatedAt ? `<dcterms:modified>${entry.updatedAt.toISOString()}</dcterms:modified>` : '',
  ].join('');
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
 * the sitemap and the lists still reach everything (at 5,000 entries a full news feed was 35 MB).
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
