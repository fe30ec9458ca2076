/**
 * The site's content, loaded once per build: every collection, checked for problems Zod cannot see
 * (broken references, colliding slugs, decomposed text), filtered by the one publishing rule, and indexed.
 * Pages import from here instead of calling getCollection themselves.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTION_NAMES, publicContacts } from '../schemas/registry';
import {
  assertNoProblems,
  findBrokenReferences,
  findDuplicateSlugs,
  findImpossibleDates,
  findNonNFCText,
} from '../lib/content/integrity';
import { findPrivacyProblems } from '../lib/content/privacy';
import { publicNumbers } from '../lib/site/contacts';
import { byNewest, isPublished } from '../lib/content/publish';
import { entryTitle } from '../lib/reach/share-card-text';
import { buildBacklinks, groupByTags, relatedIndex } from '../lib/content/related';
import { entryKey } from '../lib/content/references';
import { slugify } from '../lib/text/vietnamese';
import { collationRanks, compareVi, sortByVi } from '../lib/text/collation';
import { isCurrentUnit, placeArea, placeCounts, placeName, placeTree, type PlaceNode } from '../lib/content/places';
import { findPlaceTimelineProblems } from '../lib/places/timeline';
import { ARTICLE_CATEGORIES, type ArticleCategory } from '../schemas/vocabulary';
import { sortLaws } from '../lib/laws/sort';
import { paths } from '../lib/site/urls';

export type Article = CollectionEntry<'articles'>;
export type Profile = CollectionEntry<'profiles'>;
export type Guide = CollectionEntry<'guides'>;
export type Locality = CollectionEntry<'localities'>;
export type Stats = CollectionEntry<'stats'>;
export type Settings = CollectionEntry<'settings'>['data'];
export type StandingPage = CollectionEntry<'pages'>;
export type Law = CollectionEntry<'laws'>;
export type Bulletin = CollectionEntry<'bulletins'>;
export type Publication = Article | Profile | Guide;

export interface Topic {
  slug: string;
  name: string;
  articles: Article[];
}

/** A link to a place; `successors` are set only for a unit that no longer exists (where its area went). */
export interface PlaceLink {
  href: string;
  label: string;
  successors: { href: string; label: string }[];
}

export interface SiteData {
  settings: Settings;
  articles: Article[];
  profiles: Profile[];
  guides: Guide[];
  /** Loudspeaker bulletins, newest broadcast first. */
  bulletins: Bulletin[];
  localities: Locality[];
  stats: Stats[];
  /** Legal documents, by type then number. */
  laws: Law[];
  /** The documents behind an entry's `laws` references, in the order cited. */
  lawsCited(refs: readonly { id: string }[]): Law[];
  topics: Topic[];
  /** Standing page by id ("lien-he", "gioi-thieu"); the build fails if it is missing. */
  page(id: string): StandingPage;
  /** Up to three published articles sharing most topics and places with the given one. */
  relatedArticles(article: Article): Article[];
  /** Position of a page title in Vietnamese order among all searchable pages (Pagefind can only sort numbers). */
  nameRank(title: string): number;
  /** Published entries that reference the given entry. */
  referrers(collection: string, id: string): Publication[];
  locality(id: string): Locality | undefined;
  /**
   * The place and everything within it, for "everything about a place": the units below it and the former units
   * it was formed from (xã Vĩnh Thông's area holds thôn Khau Cà and xã Cao Sơn (cũ)).
   */
  localityArea(id: string): Set<string>;
  /** Ancestors from the top down, not including the unit itself. */
  localityAncestors(id: string): Locality[];
  childLocalities(id: string): Locality[];
  /** Whether the unit still exists today (it has no last day, or that day is not past). */
  isCurrent(locality: Locality): boolean;
  /** "Xã Vĩnh Thông", "Xã Cao Sơn (cũ)". */
  placeLabel(locality: Locality): string;
  /** Published entries (articles, guide deployments, profiles, figures) filed under the place, its area or a unit it became. */
  placeCount(id: string): number;
  /** Whether anything published is filed under the place or below it. */
  placeHasContent(id: string): boolean;
  /** The given units and their sub-units, only those with something filed under them: no link to an empty list. */
  placeTree(units: readonly Locality[]): PlaceNode<Locality>[];
  /** Places by id for a list of links, each with what it became when the unit no longer exists. */
  placeLinks(ids: readonly string[]): PlaceLink[];
  /** Article categories that have published articles, in the vocabulary's order. */
  usedCategories: ArticleCategory[];
}

async function load(): Promise<SiteData> {
  const [articles, profiles, guides, localities, stats, settingsEntries, pages, laws, bulletins] = await Promise.all([
    getCollection('articles'),
    getCollection('profiles'),
    getCollection('guides'),
    getCollection('localities'),
    getCollection('stats'),
    getCollection('settings'),
    getCollection('pages'),
    getCollection('laws'),
    getCollection('bulletins'),
  ]);
  const all = [
    ...articles,
    ...profiles,
    ...guides,
    ...localities,
    ...stats,
    ...settingsEntries,
    ...pages,
    ...laws,
    ...bulletins,
  ];
  const settings = settingsEntries.find((e) => e.id === 'site')?.data;
  if (!settings) throw new Error('src/content/settings/site.json → thiếu tệp cài đặt chung của trang');
  assertNoProblems([
    ...findBrokenReferences(all, COLLECTION_NAMES),
    ...findDuplicateSlugs(all),
    ...findNonNFCText(all),
    ...findImpossibleDates(all, (file) => readFileSync(file, 'utf8')),
    // Drafts too: the repository is shared, and a draft's personal data is one click from publication.
    ...findPrivacyProblems(all, publicNumbers(settings), (collection) => publicContacts(collection)),
    ...findPlaceTimelineProblems(localities),
  ]);

  const now = new Date();
  const publishedArticles = articles.filter((e) => isPublished(e, now)).sort(byNewest);
  const publishedProfiles = sortByVi(
    profiles.filter((e) => isPublished(e, now)),
    (p) => p.data.name,
  );
  const publishedGuides = guides
    .filter((e) => isPublished(e, now))
    .sort((a, b) => (a.data.order ?? 999) - (b.data.order ?? 999) || compareVi(a.data.title, b.data.title));
  const publications: Publication[] = [...publishedArticles, ...publishedProfiles, ...publishedGuides];
  // Legal documents are cited, not published themselves: their citing pages are backlinks too.
  const backlinks = buildBacklinks(publications, [...new Set(publications.map((p) => p.collection)), 'laws']);

  // Topics and places are one tag space; "@" keeps a place id from meeting a topic slug of the same spelling.
  const relatedArticles = relatedIndex(publishedArticles, (a) => [
    ...a.data.topics.map(slugify),
    ...a.data.localities.map((l) => `@${l.id}`),
  ]);

  const nameRanks = collationRanks([
    ...publications.map(titleOf),
    ...bulletins.map((b) => b.data.title),
    ...localities.map((l) => placeName(l.data.kind, l.data.title, !isCurrentUnit(l.data.validUntil, now))),
  ]);

  const topicNames = new Map<string, string>();
  for (const a of publishedArticles)
    for (const name of a.data.topics) topicNames.set(slugify(name), topicNames.get(slugify(name)) ?? name);
  const byTopic = groupByTags(publishedArticles, (a) => a.data.topics.map(slugify));
  const topics = sortByVi(
    [...byTopic.entries()].map(([slug, list]) => ({ slug, name: topicNames.get(slug) ?? slug, articles: list })),
    (t) => t.name,
  );

  const lawById = new Map(laws.map((l) => [l.id, l]));
  const localityById = new Map(localities.map((l) => [l.id, l]));
  const children = groupByTags(localities, (l) => (l.data.parent ? [l.data.parent.id] : []));
  const childLocalities = (id: string) => sortByVi(children.get(id) ?? [], (l) => l.data.title);
  const localityArea = (id: string) =>
    placeArea(
      id,
      (at) => (children.get(at) ?? []).map((c) => c.id),
      (at) => localityById.get(at)?.data.formedFrom.map((f) => f.locality.id) ?? [],
    );
  const localityAncestors = (id: string) => {
    const chain: Locality[] = [];
    let parentId = localityById.get(id)?.data.parent?.id;
    while (parentId && !chain.some((l) => l.id === parentId)) {
      const parent = localityById.get(parentId);
      if (!parent) break;
      chain.unshift(parent);
      parentId = parent.data.parent?.id;
    }
    return chain;
  };
  const isCurrent = (l: Locality) => isCurrentUnit(l.data.validUntil, now);

  const placeCount = placeCounts(
    [
      ...publishedArticles.flatMap((a) => a.data.localities.map((l) => ({ item: `a:${a.id}`, place: l.id }))),
      ...publishedGuides.flatMap((g) => g.data.deployments.map((d) => ({ item: `g:${g.id}`, place: d.locality.id }))),
      ...publishedProfiles.map((p) => ({ item: `p:${p.id}`, place: p.data.locality.id })),
      ...stats.map((s) => ({ item: `s:${s.id}`, place: s.data.locality.id })),
    ],
    (id) => {
      const unit = localityById.get(id);
      return unit ? [...(unit.data.parent ? [unit.data.parent.id] : []), ...unit.data.successors.map((s) => s.id)] : [];
    },
  );

  return {
    settings,
    articles: publishedArticles,
    profiles: publishedProfiles,
    guides: publishedGuides,
    bulletins: bulletins
      .filter((e) => isPublished(e, now))
      .sort(
        (a, b) =>
          b.data.airFrom.getTime() - a.data.airFrom.getTime() ||
          byNewest(a, b) ||
          compareVi(a.data.title, b.data.title),
      ),
    localities: sortByVi(localities, (l) => l.data.title),
    // Dated sets newest first; a set whose source names no year comes after them.
    stats: [...stats].sort((a, b) => (b.data.year ?? -Infinity) - (a.data.year ?? -Infinity)),
    laws: sortLaws(laws),
    lawsCited: (refs) => refs.map((r) => lawById.get(r.id)).filter((l): l is Law => l !== undefined),
    topics,
    page: (id) => {
      const page = pages.find((p) => p.id === id);
      if (!page) throw new Error(`src/content/pages/${id}.mdx → thiếu trang "${id}"`);
      return page;
    },
    relatedArticles: (article) => relatedArticles(article, 3),
    nameRank: (title) => nameRanks.get(title) ?? 0,
    referrers: (collection, id) => backlinks.get(entryKey(collection, id)) ?? [],
    locality: (id) => localityById.get(id),
    localityArea,
    localityAncestors,
    childLocalities,
    isCurrent,
    placeLabel: (l) => placeName(l.data.kind, l.data.title, !isCurrent(l)),
    placeCount: (id) => placeCount.get(id) ?? 0,
    placeHasContent: (id) => (placeCount.get(id) ?? 0) > 0,
    placeTree: (units) => placeTree(units, childLocalities, (unit) => (placeCount.get(unit.id) ?? 0) > 0),
    placeLinks: (ids) =>
      ids.flatMap((id) => {
        const place = localityById.get(id);
        if (!place) return [];
        const link = (l: Locality) => ({
          href: paths.place(l.id),
          label: placeName(l.data.kind, l.data.title, !isCurrent(l)),
        });
        const successors = isCurrent(place)
          ? []
          : place.data.successors.map((s) => localityById.get(s.id)).filter((l): l is Locality => l !== undefined);
        return [{ ...link(place), successors: successors.map(link) }];
      }),
    usedCategories: (Object.keys(ARTICLE_CATEGORIES) as ArticleCategory[]).filter((c) =>
      publishedArticles.some((a) => a.data.category === c),
    ),
  };
}

let cached: Promise<SiteData> | undefined;

/** All published content; loaded and checked once per build. */
export function loadSite(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

/** Display title of any publication (profiles have a name, the others a title). */
export function titleOf(entry: Publication): string {
  return entryTitle(entry);
}
