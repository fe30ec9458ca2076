/** Generated share cards for entries without a cover image (entries with a cover share the cover). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { entryCard, needsCard, shareCards } from '../../../data/share-cards';
import { loadSite, type Publication } from '../../../data/site';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  const entries: Publication[] = [...site.articles, ...site.profiles, ...site.guides].filter(needsCard);
  // Astro asks every route for its paths before it renders any page: the cards are drawn on a spare core
  // while the pages render, and GET collects them.
  if (import.meta.env.PROD) shareCards.prefetch(entries.map((entry) => entryCard(entry, site.settings)));
  return entries.map((entry) => ({ params: { collection: entry.collection, id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: Publication }> = async ({ props }) => {
  const { settings } = await loadSite();
  const png = await shareCards.card(entryCard(props.entry, settings));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
