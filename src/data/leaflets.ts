/**
 * Every leaflet of the site: one per published model guide and safety article whose `leaflet` group has enough
 * text for residents, with its PDF made once per build in a worker thread (the PDF route writes it, the pages show
 * its size). The PDFs are asked for at once and awaited only where used, so pages render while they are drawn.
 * Entries without such text get no leaflet; the build lists them in its log, once. Numbers come from the
 * settings: the emergency number, and any other contact that records its source. A demo build's leaflets say so.
 */
import { hotlines } from '../lib/site/contacts';
import { t } from '../i18n/vi';
import { loadSite, type Article, type Guide, type Settings } from './site';
import {
  LEAFLET_ARTICLE_CATEGORIES,
  LEAFLET_HEADINGS,
  leafletFor,
  leafletShortfall,
  type Leaflet,
  type LeafletContact,
} from '../lib/materials/leaflet';
import { leafletPdf } from '../build/leaflet-pdf';
import { isDemoSite, publisher } from '../lib/site/site-mode';
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

/** Entries that could have a leaflet but do not, with the reason: what the build log lists. */
export interface LeafletSkip {
  file: string;
  reason: string;
}

/** A guide or safety article that gets a leaflet: one with enough text for residents. */
export interface LeafletTarget {
  collection: 'guides' | 'articles';
  entry: Guide | Article;
  kind: string;
  /** Where the entry's file is, for messages. */
  file: string;
  segment: string;
}

async function selectTargets(): Promise<LeafletTarget[]> {
  const { guides, articles } = await loadSite();
  const candidates = [
    ...guides.map((entry) => ({ collection: 'guides' as const, entry, kind: LEAFLET_HEADINGS.guideKind })),
    ...articles
      .filter((a) => LEAFLET_ARTICLE_CATEGORIES.includes(a.data.category))
      .map((entry) => ({ collection: 'articles' as const, entry, kind: LEAFLET_HEADINGS.articleKind })),
  ];
  const skipped: LeafletSkip[] = [];
  const targets = candidates.flatMap((c) => {
    const file = c.entry.filePath ?? `src/content/${c.collection}/${c.entry.id}`;
    const reason = leafletShortfall(c.entry.data.leaflet);
    if (reason) skipped.push({ file, reason });
    return reason ? [] : [{ ...c, file, segment: LEAFLET_SEGMENTS[c.collection] }];
  });
  // A line in the build's log, not a failure: an entry may go without a leaflet until someone writes its text.
  if (skipped.length)
    console.info(
      [t('leaflet.skipped', { count: skipped.length }), ...skipped.map((s) => `  ${s.file}: ${s.reason}`)].join('\n'),
    );
  return targets;
}

let targets: Promise<LeafletTarget[]> | undefined;

/** The entries that get a leaflet, whatever the site's address: what the leaflet routes' paths come from. */
export function leafletTargets(): Promise<LeafletTarget[]> {
  targets ??= selectTargets();
  return targets;
}

async function load(site: URL): Promise<LeafletView[]> {
  const { settings } = await loadSite();
  return (await leafletTargets()).map((target) => {
    const leaflet = leafletFor(target.entry.data, target.kind, {
      url: absoluteUrl(entryPath(target.collection, target.entry.id), site),
      demo: isDemoSite(site),
      ...publisher(settings, site),
      contacts: leafletContacts(settings),
    })!;
    const pdf = leafletPdf(
      leaflet,
      settings.emergencyNumber,
      target.entry.data.updatedAt ?? target.entry.data.publishedAt,
      `${__BUILD_OUTPUTS_CACHE__}leaflets`,
      __LEAFLET_WORKER__,
    ).catch((error: unknown) => {
      throw new Error(`${target.file} → leaflet: ${error instanceof Error ? error.message : String(error)}`);
    });
    // A leaflet that cannot be drawn fails the build where its PDF is awaited, not as an unhandled rejection before.
    pdf.catch(() => undefined);
    return {
      collection: target.collection,
      entry: target.entry,
      leaflet,
      segment: target.segment,
      pdf,
      path: paths.leaflet(target.collection, target.entry.id),
      pdfPath: paths.leafletPdf(target.collection, target.entry.id),
    };
  });
}

const cache = new Map<string, Promise<LeafletView[]>>();

/** All leaflets with their PDFs, for the site's address (Astro.site: the QR codes point at it). */
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
