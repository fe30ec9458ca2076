/**
 * Every internal link, image and srcset candidate in the build points at a built file, every #fragment at an
 * id on the target page; and the number of pages is what the content predicts.
 */
import type { LeafletText } from '../../src/lib/materials/leaflet';
import { siteMode } from '../../src/lib/site/site-mode';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_SIZE } from '../../src/lib/content/listing';
import { isPublished } from '../../src/lib/content/publish';
import { KNOWN_DYNAMIC_ROUTES, predictPageCount } from '../../src/lib/content/page-count';
import { ARTICLE_CATEGORIES } from '../../src/schemas/vocabulary';
import { builtHtmlFiles, readBuilt, sitemapPaths, urlPathOf } from '../helpers/dist';
import { pageRoutes, readCollection, readEntries } from '../helpers/content-files';
import { DIST } from '../helpers/preview';

const SITE = new URL(siteMode(process.env).site);
const pages = builtHtmlFiles();

/** Built file a URL path is served from, or undefined. */
function fileFor(path: string): string | undefined {
  const decoded = decodeURIComponent(path);
  const candidates = decoded.endsWith('/') ? [`${decoded}index.html`] : [decoded];
  for (const c of candidates) {
    const full = join(DIST, c);
    if (existsSync(full) && statSync(full).isFile()) return c.replace(/^\//, '');
  }
  return undefined;
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = new Set([...readBuilt(file).matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1]!));
    idCache.set(file, ids);
  }
  return ids;
}

/** Internal references of a page: [attribute, value]. */
function references(html: string): [string, string][] {
  const refs: [string, string][] = [];
  for (const m of html.matchAll(/\s(href|src|srcset|poster|action|data)="([^"]*)"/g)) {
    const [, attr, value] = m as unknown as [string, string, string];
    if (attr === 'srcset') for (const candidate of value.split(',')) refs.push([attr, candidate.trim().split(/\s+/)[0]!]);
    else refs.push([attr, value]);
  }
  return refs.map(([a, v]) => [a, v.replace(/&amp;/g, '&')] as [string, string]);
}

/** Broken references of one built page. */
function brokenIn(file: string): string[] {
  const html = readBuilt(file);
  const base = new URL(urlPathOf(file), SITE);
  const broken: string[] = [];
  for (const [attr, value] of references(html)) {
    if (!value || /^(mailto|tel|sms|data|blob|javascript):/i.test(value)) continue;
    const url = new URL(value, base);
    if (url.origin !== SITE.origin) continue;
    const target = url.pathname === base.pathname && !value.startsWith('/') && value.startsWith('#') ? file : fileFor(url.pathname);
    if (!target) {
      broken.push(`${attr}="${value}" → không có tệp`);
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) broken.push(`${attr}="${value}" → không có id "${fragment}"`);
  }
  return broken;
}

describe('internal links', () => {
  it('finds links to check (the checker reads the pages)', () => {
    const refs = references(readBuilt('index.html'));
    expect(refs.filter(([a]) => a === 'href').length).toBeGreaterThan(20);
    expect(refs.some(([a]) => a === 'srcset')).toBe(true);
    expect(brokenIn('index.html')).toEqual([]);
  });

  it.each(pages)('%s has no broken link, image or fragment', (file) => {
    expect(brokenIn(file)).toEqual([]);
  });

  it('every sitemap URL is a built page', () => {
    const paths = sitemapPaths();
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((p) => !fileFor(p))).toEqual([]);
  });
});

describe('page count', () => {
  it('equals what the content predicts', () => {
    const routes = pageRoutes();
    const unknown = routes.dynamic.filter((r) => !(KNOWN_DYNAMIC_ROUTES as readonly string[]).includes(r));
    expect(unknown, 'tuyến động mới: thêm cách đếm trang vào src/lib/content/page-count.ts').toEqual([]);
    const now = new Date();
    const published = (name: string) =>
      readCollection(name).filter((d) => isPublished({ data: { draft: d.draft === true, ...(d.publishedAt ? { publishedAt: new Date(String(d.publishedAt)) } : {}) } }, now));
    const articles = published('articles').map((d) => ({
      category: String(d.category),
      topics: (d.topics as string[] | undefined) ?? [],
      localities: (d.localities as string[] | undefined) ?? [],
      leaflet: d.leaflet as LeafletText | undefined,
    }));
    const expected = predictPageCount({
      staticPages: routes.static.length,
      articles,
      profiles: published('profiles').length,
      guides: published('guides').map((d) => ({ leaflet: d.leaflet as LeafletText | undefined })),
      bulletins: published('bulletins').length,
      lessons: published('guides')
        .filter((d) => d.lesson)
        .map((d) => {
          const lesson = d.lesson as { level: string; grades: number[] };
          return { level: lesson.level, grades: lesson.grades, topic: String(d.field) };
        }),
      localities: readEntries('localities').map(({ id, data }) => ({ id, parent: data.parent as string | undefined })),
      categories: Object.keys(ARTICLE_CATEGORIES),
      pageSize: PAGE_SIZE,
    });
    expect(pages.length).toBe(expected);
  });
});
