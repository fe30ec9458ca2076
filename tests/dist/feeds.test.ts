/**
 * Feeds, sitemap, robots.txt and the search-engine/share data in every page's head, checked against the
 * content files with the site's own publishing rule.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { readBuilt } from '../helpers/dist';
import { DIST } from '../helpers/preview';
import { siteSettings, sourceEntries, type SourceEntry } from '../helpers/content';
import { jsonLdOf, linksOf, metaOf } from '../helpers/html';
import { ARTICLE_CATEGORIES } from '../../src/schemas/vocabulary';
import { FEED_SIZE } from '../../src/lib/reach/feeds';
import { publisher } from '../../src/lib/site/site-mode';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => ['item', 'url', 'sitemap', 'category'].includes(name) });
const home = readBuilt('index.html');
/** The site's origin, as the build wrote the home page's canonical URL. */
const SITE = new URL(linksOf(home, 'canonical')[0]!.href).origin;

const articles = sourceEntries('articles');
const profiles = sourceEntries('profiles');
const guides = sourceEntries('guides');
const all = [...articles, ...profiles, ...guides];
const published = (list: SourceEntry[]) => list.filter((e) => e.published);
const abs = (path: string) => new URL(path, SITE).href;

function parseXml(file: string) {
  const xml = readBuilt(file);
  // Throws with line and column on malformed XML.
  expect(SyntaxValidator.validate(xml), file).toBe(true);
  return parser.parse(xml);
}

/** The file in dist/ an absolute URL on the site points at. */
function distFile(url: string): string {
  const path = decodeURIComponent(new URL(url).pathname);
  return join(DIST, path.endsWith('/') ? `${path}index.html` : path);
}

it('the content has drafts and published entries, so the checks below can tell them apart', () => {
  expect(all.some((e) => !e.published)).toBe(true);
  expect(published(all).length).toBeGreaterThan(10);
});

const FEEDS: { file: string; entries: SourceEntry[] }[] = [
  { file: 'rss.xml', entries: published(articles) },
  ...Object.keys(ARTICLE_CATEGORIES).map((c) => ({ file: `tin-tuc/chuyen-muc/${c}/rss.xml`, entries: published(articles).filter((a) => a.data.category === c) })),
  { file: 'guong-dien-hinh/rss.xml', entries: published(profiles) },
  { file: 'mo-hinh/rss.xml', entries: published(guides) },
];

describe.each(FEEDS)('feed $file', ({ file, entries }) => {
  const { rss } = parseXml(file);
  const channel = rss.channel;
  const items: any[] = channel.item ?? [];

  it('is RSS 2.0 in Vietnamese, pointing at itself', () => {
    expect(rss['@_version']).toBe('2.0');
    expect(channel.language).toBe('vi');
    expect(channel['atom:link']['@_href']).toBe(abs(`/${file}`));
    expect(channel['atom:link']['@_rel']).toBe('self');
  });

  it('has exactly the published entries (the newest FEED_SIZE of them), newest first, and no drafts', () => {
    const newest = [...entries].sort((a, b) => b.data.publishedAt.getTime() - a.data.publishedAt.getTime()).slice(0, FEED_SIZE);
    expect(items).toHaveLength(Math.min(entries.length, FEED_SIZE));
    expect(items.map((i) => i.link).sort()).toEqual(newest.map((e) => abs(e.path)).sort());
    const dates = items.map((i) => new Date(i.pubDate).getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    for (const draft of all.filter((e) => !e.published)) expect(readBuilt(file)).not.toContain(abs(draft.path));
  });

  it('gives every item its title, date, summary, content and an image that exists, all with absolute URLs', async () => {
    for (const item of items) {
      const entry = entries.find((e) => abs(e.path) === item.link)!;
      expect(item.title).toBe(entry.data.title ?? entry.data.name);
      expect(new Date(item.pubDate).toISOString()).toBe(entry.data.publishedAt.toISOString());
      expect(item.description).toBe(entry.data.lead ?? entry.data.summary);
      expect(item.guid['#text'] ?? item.guid).toBe(item.link);
      const media = item['media:content'];
      expect(media['@_url'].startsWith(`${SITE}/`)).toBe(true);
      expect(existsSync(distFile(media['@_url'])), media['@_url']).toBe(true);
      const size = await sharp(distFile(media['@_url'])).metadata();
      expect([size.width, size.height]).toEqual([Number(media['@_width']), Number(media['@_height'])]);
      const content: string = item['content:encoded'];
      expect(content.length).toBeGreaterThan(item.description.length);
      for (const m of content.matchAll(/\b(?:src|href)="([^"]+)"/g)) expect(m[1]!, `${item.link}: ${m[1]}`).toMatch(/^(https?:|mailto:|tel:|#)/);
      for (const m of content.matchAll(/\b(?:src|href)="(https?:[^"]+)"/g)) if (m[1]!.startsWith(SITE)) expect(existsSync(distFile(m[1]!.split('#')[0]!)), m[1]).toBe(true);
      if (entry.data.updatedAt) expect(new Date(item['dcterms:modified']).toISOString()).toBe(entry.data.updatedAt.toISOString());
      if (entry.data.changeNote) expect(content).toContain(entry.data.changeNote);
    }
  });
});

describe('sitemap', () => {
  const index = parseXml('sitemap-index.xml');
  const urls: { loc: string; lastmod?: string }[] = index.sitemapindex.sitemap.flatMap((s: { loc: string }) => {
    expect(s.loc.startsWith(`${SITE}/`)).toBe(true);
    return parseXml(new URL(s.loc).pathname.slice(1)).urlset.url;
  });
  const byLoc = new Map(urls.map((u) => [u.loc, u]));

  it('lists only absolute URLs on the site, each once', () => {
    for (const u of urls) expect(u.loc.startsWith(`${SITE}/`)).toBe(true);
    expect(byLoc.size).toBe(urls.length);
  });
  it('lists every published entry with lastmod = last update or publication, and no drafts', () => {
    for (const e of published(all)) {
      const url = byLoc.get(abs(e.path));
      expect(url, e.path).toBeDefined();
      expect(new Date(url!.lastmod!).toISOString()).toBe((e.data.updatedAt ?? e.data.publishedAt).toISOString());
    }
    for (const e of all.filter((x) => !x.published)) expect(byLoc.has(abs(e.path))).toBe(false);
  });
  it('dates lesson pages like the guide they come from', () => {
    const withLesson = published(guides).filter((g) => g.data.lesson);
    expect(withLesson.length).toBeGreaterThan(0);
    for (const g of withLesson) expect(new Date(byLoc.get(abs(`/hoc-tap/${g.id}/`))!.lastmod!).toISOString()).toBe((g.data.updatedAt ?? g.data.publishedAt).toISOString());
  });
  it('leaves out the offline fallback page', () => expect(byLoc.has(abs('/ngoai-tuyen/'))).toBe(false));
});

describe('robots.txt', () => {
  // A launch build's robots.txt (CMS closed, sitemap announced) is checked in tests/build/launch.test.ts.
  it('keeps every crawler out of a demo build', () => {
    expect(readBuilt('robots.txt')).toBe('User-agent: *\nDisallow: /\n');
  });
});

const pageOf = (e: SourceEntry) => readBuilt(`${e.path.slice(1)}index.html`);
const ldOfType = (html: string, type: string) => jsonLdOf(html).filter((d) => d['@type'] === type);

describe('share previews and structured data', () => {
  it('every entry page has Open Graph and Twitter data matching the entry, with a real image', async () => {
    for (const e of published(all)) {
      const html = pageOf(e);
      const meta = metaOf(html);
      const one = (k: string) => meta.get(k)?.[0];
      expect(one('og:title'), e.path).toBe(e.data.title ?? e.data.name);
      expect(one('og:description')).toBe(e.data.lead ?? e.data.summary);
      expect(one('og:url')).toBe(abs(e.path));
      expect(linksOf(html, 'canonical')[0]?.href).toBe(abs(e.path));
      expect(one('og:locale')).toBe('vi_VN');
      expect(one('twitter:card')).toBe('summary_large_image');
      const image = one('og:image')!;
      expect(one('twitter:image')).toBe(image);
      const cover = e.data.cover ?? e.data.portrait;
      expect(one('og:image:alt')).toBe(cover ? cover.alt : (e.data.title ?? e.data.name));
      if (!cover) expect(image).toBe(abs(`/the-chia-se/${e.collection}/${e.id}.png`));
      const size = await sharp(distFile(image)).metadata();
      expect([size.width, size.height]).toEqual([Number(one('og:image:width')), Number(one('og:image:height'))]);
      if (!cover) expect([size.width, size.height]).toEqual([1200, 630]);
    }
  });

  it('articles are NewsArticles with their dates, section and byline', () => {
    for (const e of published(articles)) {
      const html = pageOf(e);
      const [ld] = ldOfType(html, 'NewsArticle');
      expect(ld, e.path).toMatchObject({
        headline: e.data.title,
        description: e.data.lead,
        url: abs(e.path),
        datePublished: e.data.publishedAt.toISOString().slice(0, 10),
        dateModified: (e.data.updatedAt ?? e.data.publishedAt).toISOString().slice(0, 10),
        author: { name: e.data.author },
        articleSection: ARTICLE_CATEGORIES[e.data.category as keyof typeof ARTICLE_CATEGORIES],
        publisher: { '@type': 'GovernmentOrganization', name: publisher(siteSettings(), SITE).agency },
      });
      expect(metaOf(html).get('og:type')).toEqual(['article']);
      expect(metaOf(html).get('article:published_time')).toEqual([e.data.publishedAt.toISOString()]);
    }
  });

  it('profiles are ProfilePages about a Person or an Organization', () => {
    for (const e of published(profiles)) {
      const [ld] = ldOfType(pageOf(e), 'ProfilePage');
      expect(ld, e.path).toMatchObject({ url: abs(e.path), mainEntity: { '@type': e.data.kind === 'ca-nhan' ? 'Person' : 'Organization', name: e.data.name, description: e.data.summary } });
      expect(ld!.mainEntity.award ?? []).toHaveLength((e.data.honours ?? []).length);
    }
  });

  it('guides are HowTos with their steps and last update', () => {
    for (const e of published(guides)) {
      const [ld] = ldOfType(pageOf(e), 'HowTo');
      expect(ld, e.path).toMatchObject({ name: e.data.title, url: abs(e.path), dateModified: (e.data.updatedAt ?? e.data.publishedAt).toISOString().slice(0, 10) });
      expect(ld!.step.map((s: { name: string }) => s.name)).toEqual(e.data.steps.map((s: { title: string }) => s.title));
    }
  });

  it('guides show when they were last updated and what changed, and claim no update that did not happen', () => {
    // A guide says when it was last revised and what changed; one never revised says nothing of the kind.
    for (const e of published(guides)) {
      const html = pageOf(e);
      if (e.data.updatedAt) {
        const [year, month, day] = e.data.updatedAt.toISOString().slice(0, 10).split('-').map(Number);
        expect(html).toMatch(new RegExp(`Cập nhật lần cuối ngày <time datetime="${e.data.updatedAt.toISOString().slice(0, 10)}"[^>]*>${day} tháng ${month} năm ${year}</time>`));
        expect(e.data.changeNote, e.path).toBeTruthy();
        expect(html).toContain(e.data.changeNote);
      } else {
        expect(html, e.path).not.toContain('Cập nhật lần cuối');
      }
    }
  });

  it('pages with breadcrumbs carry a BreadcrumbList ending at the page', () => {
    for (const e of published(all)) {
      const [ld] = ldOfType(pageOf(e), 'BreadcrumbList');
      const items = ld!.itemListElement;
      expect(items[0].item).toBe(`${SITE}/`);
      expect(items.at(-1).item).toBe(abs(e.path));
      expect(items.at(-1).name).toBe(e.data.title ?? e.data.name);
    }
  });

  it('the home page describes the agency as a GovernmentOrganization, with the site card', () => {
    const settings = siteSettings();
    const [org] = ldOfType(home, 'GovernmentOrganization');
    // Contacts without a source stay out of structured data too: the starter has no sourced hotline or e-mail.
    expect(org).toMatchObject({ name: publisher(settings, SITE).agency, telephone: settings.emergencyNumber, url: `${SITE}/` });
    expect(org).not.toHaveProperty('email');
    expect(ldOfType(home, 'WebSite')[0]).toMatchObject({ name: settings.title, inLanguage: 'vi' });
    expect(metaOf(home).get('og:image')).toEqual([abs('/the-chia-se/cong-thong-tin.png')]);
    expect(ldOfType(home, 'BreadcrumbList')).toEqual([]);
  });

  it('pages advertise the news feed, and category and collection pages their own feed', () => {
    const feeds = (file: string) => linksOf(readBuilt(file), 'alternate').filter((l) => l.type === 'application/rss+xml').map((l) => l.href);
    expect(feeds('index.html')).toEqual(['/rss.xml']);
    expect(feeds('tin-tuc/chuyen-muc/su-kien/index.html')).toEqual(['/rss.xml', '/tin-tuc/chuyen-muc/su-kien/rss.xml']);
    expect(feeds('mo-hinh/index.html')).toEqual(['/rss.xml', '/mo-hinh/rss.xml']);
    expect(feeds('guong-dien-hinh/index.html')).toEqual(['/rss.xml', '/guong-dien-hinh/rss.xml']);
    for (const file of FEEDS.map((f) => f.file)) expect(existsSync(join(DIST, file))).toBe(true);
  });
});
