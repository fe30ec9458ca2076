/**
 * How many HTML pages the content should produce, worked out from the content the way a reader of the schemas
 * would, independently of the pages' own code. The build's page count is compared with this, so a page that
 * silently failed to render (an empty getStaticPaths, a filtered-out entry) is noticed.
 */
import { slugify } from '../text/vietnamese';
import { LEAFLET_ARTICLE_CATEGORIES, leafletShortfall, type LeafletText } from '../materials/leaflet';

export interface ContentSummary {
  /** Routes without parameters (src/pages/**, one HTML file each, including 404). */
  staticPages: number;
  /** Published articles: category, topics, the ids of their places and their leaflet text, if any. */
  articles: readonly {
    category: string;
    topics: readonly string[];
    localities: readonly string[];
    leaflet?: LeafletText | undefined;
  }[];
  profiles: number;
  /** The leaflet text, if any, of each published guide. */
  guides: readonly { leaflet?: LeafletText | undefined }[];
  /** Published loudspeaker bulletins. */
  bulletins: number;
  /** Published guides that carry a school lesson. */
  lessons: readonly { level: string; grades: readonly number[]; topic: string }[];
  /** Every place (published or not, places have no drafts) with the id of the unit it belongs to. */
  localities: readonly { id: string; parent?: string | undefined }[];
  /** Every category in the vocabulary (each has a list, even if empty). */
  categories: readonly string[];
  pageSize: number;
}

/** Pages of a paginated list: an empty list still has its first page. */
export const listPages = (items: number, pageSize: number) => Math.max(1, Math.ceil(items / pageSize));

/** Dynamic routes the prediction knows, by file under src/pages/. */
export const KNOWN_DYNAMIC_ROUTES = [
  'tin-tuc/[...page].astro',
  'tin-tuc/[slug].astro',
  'tin-tuc/chuyen-muc/[category]/[...page].astro',
  'chu-de/[topic]/[...page].astro',
  'dia-ban/[locality]/[...page].astro',
  'guong-dien-hinh/[slug].astro',
  'mo-hinh/[slug].astro',
  'hoc-tap/[slug].astro',
  'hoc-tap/[slug]/[part].astro',
  'hoc-tap/[facet]/[value].astro',
  'phat-thanh/[slug].astro',
  'to-roi/[kind]/[slug].astro',
] as const;

/** Articles listed on each place's pages: its own and those of every unit below it. */
function articlesPerPlace(c: ContentSummary): number[] {
  const children = new Map<string, string[]>();
  for (const l of c.localities) if (l.parent) children.set(l.parent, [...(children.get(l.parent) ?? []), l.id]);
  return c.localities.map(({ id }) => {
    const area = new Set([id]);
    for (const unit of area) for (const child of children.get(unit) ?? []) area.add(child);
    return c.articles.filter((a) => a.localities.some((l) => area.has(l))).length;
  });
}

export function predictPages(c: ContentSummary): Record<(typeof KNOWN_DYNAMIC_ROUTES)[number] | 'static', number> {
  const perTopic = new Map<string, number>();
  for (const a of c.articles)
    for (const topic of new Set(a.topics.map(slugify))) perTopic.set(topic, (perTopic.get(topic) ?? 0) + 1);
  const pagesOf = (counts: Iterable<number>) => [...counts].reduce((sum, n) => sum + listPages(n, c.pageSize), 0);
  return {
    static: c.staticPages,
    'tin-tuc/[...page].astro': listPages(c.articles.length, c.pageSize),
    'tin-tuc/[slug].astro': c.articles.length,
    'tin-tuc/chuyen-muc/[category]/[...page].astro': c.categories.reduce(
      (sum, cat) => sum + listPages(c.articles.filter((a) => a.category === cat).length, c.pageSize),
      0,
    ),
    'chu-de/[topic]/[...page].astro': pagesOf(perTopic.values()),
    'dia-ban/[locality]/[...page].astro': pagesOf(articlesPerPlace(c)),
    'guong-dien-hinh/[slug].astro': c.profiles,
    'mo-hinh/[slug].astro': c.guides.length,
    'hoc-tap/[slug].astro': c.lessons.length,
    // Each lesson's plan and answer key, printed apart from the worksheet.
    'hoc-tap/[slug]/[part].astro': 2 * c.lessons.length,
    // One filtered index per level, grade and topic that has at least one lesson.
    'hoc-tap/[facet]/[value].astro':
      new Set(c.lessons.map((l) => l.level)).size +
      new Set(c.lessons.flatMap((l) => l.grades)).size +
      new Set(c.lessons.map((l) => l.topic)).size,
    'phat-thanh/[slug].astro': c.bulletins,
    // A leaflet for every guide and every article of a safety category whose leaflet text is long enough.
    'to-roi/[kind]/[slug].astro': [
      ...c.guides,
      ...c.articles.filter((a) => (LEAFLET_ARTICLE_CATEGORIES as readonly string[]).includes(a.category)),
    ].filter((e) => !leafletShortfall(e.leaflet)).length,
  };
}

export const predictPageCount = (c: ContentSummary) => Object.values(predictPages(c)).reduce((a, b) => a + b, 0);
