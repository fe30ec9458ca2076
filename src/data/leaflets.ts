/**
 * Every leaflet of the site: one per published model guide and per safety article, with its PDF made once per
 * build in a worker thread (the PDF route writes it, the pages show its size). The PDFs are asked for at once and
 * awaited only where used, so pages render while they are drawn. Numbers come from the settings: the emergency number,
 * and any other contact that records its source.
 */
import { hotlines } from '../lib/site/contacts';
import { t } from '../i18n/vi';
import { loadSite, type Article, type Guide, type Settings } from './site';
import {
  articleLeaflet,
  guideLeaflet,
  LEAFLET_ARTICLE_CATEGORIES,
  type Leaflet,
  type LeafletContact,
} from '../lib/materials/leaflet';
import { leafletPdf } from '../build/leaflet-pdf';
import { absoluteUrl, entryPath, LEAFLET_SEGMENTS, paths } from '../lib/site/urls';

export interface LeafletView {
  collection: 'guides' | 'articles';
  entry: Guide | Article;
  segment: string;
  leaflet: Leaflet;
  pdf: Promise<Uint8Array>;
  path: string;
  pdfPath: string;
}

/** The emergency number, then each hotline the settings can show with its source (a number no source gives stays off paper). */
export function leafletContacts(settings: Settings): LeafletContact[] {
  return [
    { label: t('contact.emergency'), number: settings.emergencyNumber },
    ...hotlines(settings).map(({ label, number }) => ({ label, number })),
  ];
}

/**
 * The entries that have a leaflet: every published guide, and every article of a safety category. Independent of
 * the site's address, so routes can list them before a page knows `Astro.site`.
 */
export async function leafletEntries(): Promise<
  ({ collection: 'guides'; entry: Guide } | { collection: 'articles'; entry: Article })[]
> {
  const { guides, articles } = await loadSite();
  return [
    ...guides.map((entry) => ({ collection: 'guides' as const, entry })),
    ...articles
      .filter((a) => LEAFLET_ARTICLE_CATEGORIES.includes(a.data.category))
      .map((entry) => ({ collection: 'articles' as const, entry })),
  ];
}

async function load(site: URL): Promise<LeafletView[]> {
  const { settings } = await loadSite();
  const context = (collection: string, id: string) => ({
    url: absoluteUrl(entryPath(collection, id), site),
    agency: settings.agency,
    unit: settings.unit,
    contacts: leafletContacts(settings),
  });
  const targets = (await leafletEntries()).map((t) => ({
    ...t,
    leaflet:
      t.collection === 'guides'
        ? guideLeaflet(t.entry.data, context('guides', t.entry.id))
        : articleLeaflet({ ...t.entry.data, body: t.entry.body ?? '' }, context('articles', t.entry.id)),
  }));
  return targets.map((t) => {
    const pdf = leafletPdf(
      t.leaflet,
      settings.emergencyNumber,
      t.entry.data.updatedAt ?? t.entry.data.publishedAt,
      `${__BUILD_OUTPUTS_CACHE__}leaflets`,
      __LEAFLET_WORKER__,
    );
    // A leaflet that cannot be drawn fails the build where its PDF is awaited, not as an unhandled rejection before.
    pdf.catch(() => undefined);
    return {
      ...t,
      segment: LEAFLET_SEGMENTS[t.collection],
      pdf,
      path: paths.leaflet(t.collection, t.entry.id),
      pdfPath: paths.leafletPdf(t.collection, t.entry.id),
    };
  });
}

const cache = new Map<string, Promise<LeafletView[]>>();

/** All leaflets with their PDFs, for the site's address (the QR codes point at it). */
export function loadLeaflets(site: URL): Promise<LeafletView[]> {
  if (!cache.has(site.href)) cache.set(site.href, load(site));
  return cache.get(site.href)!;
}

/** The leaflet of one entry, if it has one. */
export async function leafletOf(
  site: URL,
  collection: 'guides' | 'articles',
  id: string,
): Promise<LeafletView | undefined> {
  return (await loadLeaflets(site)).find((l) => l.collection === collection && l.entry.id === id);
}
