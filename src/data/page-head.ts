/**
 * Everything in <head> that search engines, feed readers and share previews read, worked out for one page: Open
 * Graph and Twitter cards with an image, JSON-LD for the page type, breadcrumbs as structured data, feed
 * autodiscovery. Builders are in src/lib/reach/seo.ts and src/lib/reach/feeds.ts; SeoHead.astro prints the result.
 */
import { agencyOf, shareImage } from './feeds-and-previews';
import { podcastEpisodes } from './bulletins';
import type { Publication, SiteData } from './site';
import { t } from '../i18n/vi';
import { feedLinksFor, type FeedLink } from '../lib/reach/feeds';
import { categoryLabel } from '../lib/content/listing';
import {
  agencyLd,
  breadcrumbLd,
  guideLd,
  metaTags,
  newsArticleLd,
  profilePageLd,
  websiteLd,
  type Crumb,
  type MetaTag,
} from '../lib/reach/seo';
import { absoluteUrl, paths } from '../lib/site/urls';
import { ARTICLE_CATEGORIES, type ArticleCategory } from '../schemas/vocabulary';

export interface PageHeadInput {
  /** Page title without the site name. */
  title: string;
  description: string;
  breadcrumbs: Crumb[];
  entry?: Publication | undefined;
  pathname: string;
  base: URL;
}

export interface PageHead {
  meta: MetaTag[];
  feeds: FeedLink[];
  jsonLd: unknown[];
}

export async function pageHead(
  site: SiteData,
  { title, description, breadcrumbs, entry, pathname, base }: PageHeadInput,
): Promise<PageHead> {
  const { settings } = site;
  const url = absoluteUrl(pathname, base);
  const image = await shareImage(entry, base);
  const agency = agencyOf(settings, base);

  const meta = metaTags({
    title,
    description,
    url,
    siteName: settings.title,
    image,
    type: entry?.collection === 'articles' ? 'article' : entry?.collection === 'profiles' ? 'profile' : 'website',
    ...(entry?.collection === 'articles'
      ? {
          publishedAt: entry.data.publishedAt,
          modifiedAt: entry.data.updatedAt,
          section: categoryLabel(entry.data.category),
          tags: entry.data.topics,
        }
      : {}),
  });

  const jsonLd: unknown[] = [];
  if (pathname === '/')
    jsonLd.push(agencyLd(agency), websiteLd({ name: settings.title, url, description: settings.description }, agency));
  if (entry?.collection === 'articles') {
    const d = entry.data;
    jsonLd.push(
      newsArticleLd(
        {
          headline: d.title,
          description: d.lead,
          url,
          image: image.url,
          publishedAt: d.publishedAt,
          updatedAt: d.updatedAt,
          author: d.author,
          section: categoryLabel(d.category),
          keywords: d.topics,
        },
        agency,
      ),
    );
  }
  if (entry?.collection === 'profiles') {
    const d = entry.data;
    const place = site.locality(d.locality.id);
    jsonLd.push(
      profilePageLd(
        {
          name: d.name,
          kind: d.kind,
          role: d.role,
          description: d.summary,
          url,
          image: image.url,
          place: place && site.placeLabel(place),
          awards: d.honours.map((h) => `${h.award} (${h.issuer}, ${h.year})`),
          publishedAt: d.publishedAt,
        },
        agency,
      ),
    );
  }
  if (entry?.collection === 'guides') {
    const d = entry.data;
    jsonLd.push(
      guideLd(
        {
          title: d.title,
          description: d.summary,
          url,
          image: image.url,
          steps: d.steps,
          publishedAt: d.publishedAt,
          updatedAt: d.updatedAt,
        },
        agency,
      ),
    );
  }
  if (breadcrumbs.length > 0) jsonLd.push(breadcrumbLd(breadcrumbs, t('nav.home'), url, base.href));

  const feeds = feedLinksFor(pathname, {
    news: { href: paths.newsFeed(), title: t('feed.news', { site: settings.shortTitle }) },
    categories: Object.fromEntries(
      (Object.keys(ARTICLE_CATEGORIES) as ArticleCategory[]).map((c) => [
        c,
        {
          href: paths.categoryFeed(c),
          title: t('feed.category', { category: categoryLabel(c), site: settings.shortTitle }),
        },
      ]),
    ),
    profiles: { href: paths.profilesFeed(), title: t('feed.profiles', { site: settings.shortTitle }) },
    guides: { href: paths.guidesFeed(), title: t('feed.guides', { site: settings.shortTitle }) },
    podcast:
      (await podcastEpisodes()).length > 0
        ? { href: paths.podcast(), title: t('feed.podcast', { site: settings.shortTitle }) }
        : undefined,
  });
  return { meta, feeds, jsonLd };
}
