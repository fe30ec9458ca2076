/**
 * What the search page offers to narrow results and to browse by, from the site's data: the types of page, the
 * places with something filed under them (a tree, each with its depth), the categories, topics and model fields
 * in use, and the years content was published in.
 */
import { t } from '../i18n/vi';
import { flattenPlaceTree } from '../lib/content/places';
import { PAGE_TYPES } from '../lib/search/page-index';
import { paths } from '../lib/site/urls';
import { yearOf } from '../lib/text/format';
import { slugify } from '../lib/text/vietnamese';
import { ARTICLE_CATEGORIES, GUIDE_FIELDS } from '../schemas/vocabulary';
import type { SiteData } from './site';

export interface SearchOption {
  value: string;
  label: string;
}

export interface SearchFilters {
  /** Each type of page, with its list to browse. */
  types: (SearchOption & { href: string })[];
  /** Places as a tree, so a district sits above its communes; places with nothing filed under them would find nothing. */
  places: (SearchOption & { depth: number })[];
  topicGroups: { label: string; options: SearchOption[] }[];
  /** Newest first. */
  years: number[];
}

export function searchFilters(site: SiteData): SearchFilters {
  const types = [
    { value: PAGE_TYPES.article, label: t('search.type.article'), href: paths.news() },
    { value: PAGE_TYPES.guide, label: t('search.type.guide'), href: paths.guides() },
    { value: PAGE_TYPES.profile, label: t('search.type.profile'), href: paths.profiles() },
    { value: PAGE_TYPES.place, label: t('search.type.place'), href: paths.places() },
    { value: PAGE_TYPES.lesson, label: t('search.type.lesson'), href: paths.lessons() },
    { value: PAGE_TYPES.material, label: t('search.type.material'), href: paths.materials() },
  ];

  // Today's units first (province, communes, villages), then the former units that still have stories filed under them.
  const roots = site.localities.filter((l) => !l.data.parent);
  const tree = (units: typeof roots) =>
    flattenPlaceTree(site.placeTree(units)).map(({ unit, depth }) => ({
      value: unit.id,
      label: site.placeLabel(unit),
      depth,
    }));
  const places = [...tree(roots.filter((l) => site.isCurrent(l))), ...tree(roots.filter((l) => !site.isCurrent(l)))];

  const topicSlugs = new Set(site.topics.map((topic) => topic.slug));
  const topicGroups = [
    {
      label: t('search.filter.categories'),
      options: Object.entries(ARTICLE_CATEGORIES)
        .filter(([key]) => site.articles.some((a) => a.data.category === key))
        .map(([key, label]) => ({ value: slugify(key), label })),
    },
    {
      label: t('search.filter.topics'),
      options: site.topics.map((topic) => ({ value: topic.slug, label: topic.name })),
    },
    {
      label: t('search.filter.fields'),
      options: Object.values(GUIDE_FIELDS)
        .map((label) => ({ value: slugify(label), label }))
        .filter((o) => !topicSlugs.has(o.value)),
    },
  ].filter((group) => group.options.length > 0);

  const years = [
    ...new Set([...site.articles, ...site.guides, ...site.profiles].map((e) => yearOf(e.data.publishedAt))),
  ].sort((a, b) => b - a);

  return { types, places, topicGroups, years };
}
