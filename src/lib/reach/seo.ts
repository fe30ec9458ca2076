/**
 * What search engines and share previews read: Open Graph / Twitter meta tags and schema.org JSON-LD per
 * page type. Plain data in, plain data out; SeoHead.astro only resolves images and prints the result.
 */

export interface OgImage {
  /** Absolute URL. */
  url: string;
  width: number;
  height: number;
  alt: string;
  type: string;
}

export interface PageMeta {
  title: string;
  description: string;
  /** Canonical absolute URL. */
  url: string;
  siteName: string;
  type: 'website' | 'article' | 'profile';
  image: OgImage;
  publishedAt?: Date | undefined;
  modifiedAt?: Date | undefined;
  section?: string | undefined;
  tags?: string[] | undefined;
}

export interface MetaTag {
  /** Open Graph tags use `property`, Twitter tags `name`. */
  property?: string;
  name?: string;
  content: string;
}

export function metaTags(m: PageMeta): MetaTag[] {
  const og = (property: string, content: string): MetaTag => ({ property, content });
  const tw = (name: string, content: string): MetaTag => ({ name, content });
  const tags: MetaTag[] = [
    og('og:locale', 'vi_VN'),
    og('og:site_name', m.siteName),
    og('og:type', m.type),
    og('og:title', m.title),
    og('og:description', m.description),
    og('og:url', m.url),
    og('og:image', m.image.url),
    og('og:image:type', m.image.type),
    og('og:image:width', String(m.image.width)),
    og('og:image:height', String(m.image.height)),
    og('og:image:alt', m.image.alt),
    tw('twitter:card', 'summary_large_image'),
    tw('twitter:title', m.title),
    tw('twitter:description', m.description),
    tw('twitter:image', m.image.url),
    tw('twitter:image:alt', m.image.alt),
  ];
  if (m.type === 'article') {
    if (m.publishedAt) tags.push(og('article:published_time', m.publishedAt.toISOString()));
    if (m.modifiedAt) tags.push(og('article:modified_time', m.modifiedAt.toISOString()));
    if (m.section) tags.push(og('article:section', m.section));
    for (const tag of m.tags ?? []) tags.push(og('article:tag', tag));
  }
  return tags;
}

/** The police unit that runs the portal. */
export interface Agency {
  name: string;
  /** Home page, absolute. */
  url: string;
  logo: string;
  unit?: string | undefined;
  email?: string | undefined;
  telephone?: string | undefined;
  address?: string | undefined;
}

type Json = Record<string, unknown>;
const CONTEXT = 'https://schema.org';

export const agencyId = (a: Agency) => `${a.url}#co-quan`;

/** Reference to the agency from other nodes; the full node is on the home page. */
const publisherRef = (a: Agency): Json => ({
  '@type': 'GovernmentOrganization',
  '@id': agencyId(a),
  name: a.name,
  url: a.url,
  logo: a.logo,
});

export function agencyLd(a: Agency): Json {
  return {
    '@context': CONTEXT,
    '@type': 'GovernmentOrganization',
    '@id': agencyId(a),
    name: a.name,
    url: a.url,
    logo: a.logo,
    ...(a.email ? { email: a.email } : {}),
    ...(a.telephone ? { telephone: a.telephone } : {}),
    ...(a.address ? { address: { '@type': 'PostalAddress', streetAddress: a.address, addressCountry: 'VN' } } : {}),
    ...(a.unit ? { department: { '@type': 'GovernmentOrganization', name: a.unit } } : {}),
  };
}

export function websiteLd(site: { name: string; url: string; description: string }, a: Agency): Json {
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    name: site.name,
    url: site.url,
    description: site.description,
    inLanguage: 'vi',
    publisher: { '@id': agencyId(a) },
  };
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export interface ArticleLdInput {
  headline: string;
  description: string;
  url: string;
  image: string;
  publishedAt: Date;
  updatedAt?: Date | undefined;
  author: string;
  section: string;
  keywords: string[];
}

export function newsArticleLd(i: ArticleLdInput, a: Agency): Json {
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    headline: i.headline,
    description: i.description,
    url: i.url,
    mainEntityOfPage: i.url,
    image: [i.image],
    inLanguage: 'vi',
    datePublished: isoDay(i.publishedAt),
    dateModified: isoDay(i.updatedAt ?? i.publishedAt),
    // Bylines are units of the police, not named people.
    author: { '@type': 'Organization', name: i.author },
    publisher: publisherRef(a),
    articleSection: i.section,
    ...(i.keywords.length ? { keywords: i.keywords.join(', ') } : {}),
  };
}

export interface ProfileLdInput {
  name: string;
  kind: 'ca-nhan' | 'tap-the';
  role: string;
  description: string;
  url: string;
  image: string;
  place?: string | undefined;
  awards: string[];
  publishedAt: Date;
}

export function profilePageLd(i: ProfileLdInput, a: Agency): Json {
  const entity: Json = {
    '@type': i.kind === 'ca-nhan' ? 'Person' : 'Organization',
    name: i.name,
    description: i.description,
    image: i.image,
    ...(i.kind === 'ca-nhan' ? { jobTitle: i.role } : {}),
    ...(i.place ? { [i.kind === 'ca-nhan' ? 'homeLocation' : 'location']: { '@type': 'Place', name: i.place } } : {}),
    ...(i.awards.length ? { award: i.awards } : {}),
  };
  return {
    '@context': CONTEXT,
    '@type': 'ProfilePage',
    url: i.url,
    name: i.name,
    inLanguage: 'vi',
    datePublished: isoDay(i.publishedAt),
    publisher: publisherRef(a),
    mainEntity: entity,
  };
}

export interface GuideLdInput {
  title: string;
  description: string;
  url: string;
  image: string;
  steps: { title: string; detail: string }[];
  publishedAt: Date;
  updatedAt?: Date | undefined;
}

/** A model guide is a how-to: its steps are the schema.org steps. */
export function guideLd(i: GuideLdInput, a: Agency): Json {
  return {
    '@context': CONTEXT,
    '@type': 'HowTo',
    name: i.title,
    description: i.description,
    url: i.url,
    image: i.image,
    inLanguage: 'vi',
    datePublished: isoDay(i.publishedAt),
    dateModified: isoDay(i.updatedAt ?? i.publishedAt),
    publisher: publisherRef(a),
    step: i.steps.map((s, n) => ({ '@type': 'HowToStep', position: n + 1, name: s.title, text: s.detail })),
  };
}

export interface Crumb {
  label: string;
  href?: string | undefined;
}

/** The trail as the Breadcrumbs component shows it: home first, the current page last. */
export function breadcrumbLd(crumbs: Crumb[], homeLabel: string, pageUrl: string, site: string): Json {
  const trail = [{ label: homeLabel, href: '/' }, ...crumbs];
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((c, n) => ({
      '@type': 'ListItem',
      position: n + 1,
      name: c.label,
      item: n === trail.length - 1 || !c.href ? pageUrl : new URL(c.href, site).href,
    })),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so text can never close the element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
