/**
 * What the search index stores about a page besides its text (metadata, filters, sort keys), worked out from the
 * site's data; SearchData.astro prints it. Thumbnails go through astro:assets, so this runs in the build only.
 */
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import { titleOf, type Guide, type Locality, type Publication, type SiteData } from './site';
import { formatDate, isoDate, yearOf } from '../lib/text/format';
import { buildSearchRecord, type SearchableKind, type SearchRecord } from '../lib/search/page-index';
import { withParents } from '../lib/search/places';
import { GUIDE_FIELDS } from '../schemas/vocabulary';
import { t } from '../i18n/vi';

export type SearchSubject =
  | { kind: 'place'; entry: Locality }
  | { kind: 'lesson'; entry: Guide }
  | { kind: Exclude<SearchableKind, 'place' | 'lesson' | 'material'>; entry: Publication }
  /** Bulletins, leaflets, the materials hub: a title, a date if any, the topics they belong to. */
  | { kind: 'material'; title: string; date?: Date | undefined; topics?: string[] };

async function thumbnail(image: { src: ImageMetadata } | undefined): Promise<string | undefined> {
  if (!image) return undefined;
  // Small enough for a result list on a slow line; the page itself serves larger sizes.
  const thumb = await getImage({ src: image.src, width: 160, height: 120, fit: 'cover', format: 'webp', quality: 60 });
  return thumb.src;
}

/** What differs between collections: the result type, the places an entry belongs to, its topics and picture. */
function facetsOf(pub: Publication): {
  kind: Exclude<SearchableKind, 'place' | 'lesson' | 'material'>;
  localityIds: string[];
  topics: string[];
  image: { src: ImageMetadata } | undefined;
} {
  switch (pub.collection) {
    case 'articles':
      return {
        kind: 'article',
        localityIds: pub.data.localities.map((l) => l.id),
        topics: [pub.data.category, ...pub.data.topics],
        image: pub.data.cover,
      };
    case 'guides':
      return {
        kind: 'guide',
        localityIds: pub.data.deployments.map((d) => d.locality.id),
        topics: [GUIDE_FIELDS[pub.data.field]],
        image: pub.data.cover,
      };
    case 'profiles':
      return { kind: 'profile', localityIds: [pub.data.locality.id], topics: [], image: pub.data.portrait };
  }
}
const TYPE_LABELS = {
  article: 'search.type.article',
  guide: 'search.type.guide',
  profile: 'search.type.profile',
  place: 'search.type.place',
  lesson: 'search.type.lesson',
} as const;

export async function searchRecordFor(site: SiteData, subject: SearchSubject): Promise<SearchRecord> {
  const unitOf = (id: string) => {
    const unit = site.locality(id);
    return (
      unit && {
        parents: site.localityAncestors(id).map((a) => a.id),
        successors: unit.data.successors.map((s) => s.id),
      }
    );
  };
  const displayPlace = (id: string) => {
    const unit = site.locality(id);
    return unit ? site.placeLabel(unit) : undefined;
  };
  switch (subject.kind) {
    case 'material':
      return buildSearchRecord({
        kind: 'material',
        typeLabel: t('search.type.material'),
        title: subject.title,
        isoDate: subject.date && isoDate(subject.date),
        displayDate: subject.date && formatDate(subject.date),
        year: subject.date && yearOf(subject.date),
        nameRank: site.nameRank(subject.title),
        localityIds: [],
        topics: subject.topics ?? [],
      });
    case 'place': {
      const unit = subject.entry;
      const ancestors = site.localityAncestors(unit.id);
      const name = site.placeLabel(unit);
      // A former unit is placed where it went ("nay thuộc Xã Vĩnh Thông"), a current one in its province.
      const successors = site.isCurrent(unit)
        ? []
        : unit.data.successors.map((s) => site.locality(s.id)).filter((l): l is Locality => l !== undefined);
      return buildSearchRecord({
        kind: 'place',
        typeLabel: t(TYPE_LABELS.place),
        title: name,
        place: successors.length
          ? t('place.nowIn', { places: successors.map((l) => site.placeLabel(l)).join(', ') })
          : ancestors.length
            ? [...ancestors]
                .reverse()
                .map((a) => site.placeLabel(a))
                .join(', ')
            : undefined,
        localityIds: withParents([unit.id], unitOf),
        topics: [],
        nameRank: site.nameRank(name),
      });
    }
    case 'lesson': {
      // A lesson belongs to its guide: the guide's field is its topic, the guide's last change its date.
      const guide = subject.entry;
      const changed = guide.data.updatedAt ?? guide.data.publishedAt;
      return buildSearchRecord({
        kind: 'lesson',
        typeLabel: t(TYPE_LABELS.lesson),
        title: t('lesson.title', { title: guide.data.title }),
        isoDate: isoDate(changed),
        displayDate: formatDate(changed),
        year: yearOf(changed),
        nameRank: site.nameRank(guide.data.title),
        localityIds: [],
        topics: [GUIDE_FIELDS[guide.data.field]],
      });
    }
    default: {
      const pub = subject.entry;
      const facets = facetsOf(pub);
      return buildSearchRecord({
        kind: facets.kind,
        typeLabel: t(TYPE_LABELS[facets.kind]),
        title: titleOf(pub),
        isoDate: isoDate(pub.data.publishedAt),
        displayDate: formatDate(pub.data.publishedAt),
        period: pub.data.period,
        year: yearOf(pub.data.publishedAt),
        nameRank: site.nameRank(titleOf(pub)),
        place: facets.localityIds.map(displayPlace).filter(Boolean).join(', ') || undefined,
        localityIds: withParents(facets.localityIds, unitOf),
        topics: facets.topics,
        image: await thumbnail(facets.image),
      });
    }
  }
}
