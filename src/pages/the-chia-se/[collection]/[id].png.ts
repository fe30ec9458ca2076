/** Generated share cards for entries without a cover image (entries with a cover share the cover). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { entryCard, needsCard, shareCards } from '../../../data/share-cards';
import { loadSite, type Publication } from '../../../data/site';
import { planCardFiles } from '../../../lib/share-card-files';
import { paths } from '../../../lib/site/urls';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  const entries: Publication[] = [...site.articles, ...site.profiles, ...site.guides].filter(needsCard);
  if (import.meta.env.PROD) {
    // A build asks every route for its paths before it renders any page. The cards are drawn on a spare core
    // while the pages render, and written as files when they are done (src/lib/share-card-files.ts).
    const cards = entries.map((entry) => ({ path: paths.card(entry.collection, entry.id), text: entryCard(entry, site.settings) }));
    planCardFiles(shareCards, cards);
    return [];
  }
  return entries.map((entry) => ({ params: { collection: entry.collection, id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

/** The dev server draws a card when it is asked for. */
export const GET: APIRoute<{ entry: Publication }> = async ({ props }) => {
  const { settings } = await loadSite();
  const png = await shareCards.card(entryCard(props.entry, settings));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
