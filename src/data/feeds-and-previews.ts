/**
 * Glue between content and the pure feed/SEO builders: which image stands for an entry (its cover resized
 * for share previews, or its generated card), the agency as schema.org sees it, and feed entries.
 */
import { hotlines, shownAddress, shownEmail } from '../lib/site/contacts';
import { getImage } from 'astro:assets';
import { render } from 'astro:content';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { mdxComponents } from '../components/mdx';
import { t } from '../i18n/vi';
import type { FeedEntry, FeedImage } from '../lib/reach/feeds';
import { categoryLabel, guideFieldLabel } from '../lib/content/listing';
import type { Agency, OgImage } from '../lib/reach/seo';
import { absoluteUrl, entryPath, paths } from '../lib/site/urls';
import { publisher } from '../lib/site/site-mode';
import { CARD_HEIGHT, CARD_WIDTH } from '../build/share-card';
import { titleOf, type Publication, type Settings } from './site';

/** The cover of an entry, whatever the collection calls it. */
export function coverOf(entry: Publication) {
  return entry.collection === 'profiles' ? entry.data.portrait : entry.data.cover;
}

/** Share-preview image: the cover as a 1200px JPEG (every network reads JPEG), or the generated card. */
export async function shareImage(entry: Publication | undefined, site: URL | string): Promise<OgImage> {
  const cover = entry && coverOf(entry);
  if (cover) {
    const img = await getImage({ src: cover.src, width: Math.min(1200, cover.src.width), format: 'jpg', quality: 80 });
    return {
      url: absoluteUrl(img.src, site),
      width: Number(img.attributes.width),
      height: Number(img.attributes.height),
      alt: cover.alt,
      type: 'image/jpeg',
    };
  }
  const path = entry ? paths.card(entry.collection, entry.id) : paths.siteCard();
  const title = entry ? titleOf(entry) : t('card.movement');
  return { url: absoluteUrl(path, site), width: CARD_WIDTH, height: CARD_HEIGHT, alt: title, type: 'image/png' };
}

export function agencyOf(settings: Settings, site: URL | string): Agency {
  const issuer = publisher(settings, site);
  return {
    name: issuer.agency,
    url: absoluteUrl('/', site),
    logo: absoluteUrl('/icons/icon-512.png', site),
    unit: issuer.unit,
    // Only what the settings can show with a source goes into structured data.
    email: shownEmail(settings)?.address,
    telephone: hotlines(settings)[0]?.number ?? settings.emergencyNumber,
    address: shownAddress(settings)?.text,
  };
}

let container: AstroContainer | undefined;

/** The entry's body as HTML, for full-content feeds. */
async function bodyHtml(entry: Publication): Promise<string> {
  container ??= await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
  const { Content } = await render(entry);
  return container.renderToString(Content, { props: { components: mdxComponents } });
}

export async function feedEntry(entry: Publication, site: URL | string): Promise<FeedEntry> {
  const image: FeedImage = await shareImage(entry, site);
  const html = await bodyHtml(entry);
  const common = {
    path: entryPath(entry.collection, entry.id),
    title: titleOf(entry),
    image,
    html,
    publishedAt: entry.data.publishedAt,
  };
  switch (entry.collection) {
    case 'articles':
      return {
        ...common,
        summary: entry.data.lead,
        updatedAt: entry.data.updatedAt,
        author: entry.data.author,
        categories: [categoryLabel(entry.data.category), ...entry.data.topics],
      };
    case 'profiles':
      return { ...common, summary: entry.data.summary, categories: [entry.data.role] };
    case 'guides':
      return {
        ...common,
        summary: entry.data.summary,
        updatedAt: entry.data.updatedAt,
        changeNote: entry.data.changeNote,
        categories: [guideFieldLabel(entry.data.field)],
      };
  }
}
