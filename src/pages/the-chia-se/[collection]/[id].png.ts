/** Generated share cards for entries without a cover image (entries with a cover share the cover). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardResponse, entryCard, needsCard } from '../../../data/share-cards';
import { loadSite, type Publication } from '../../../data/site';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  const entries = [...site.articles, ...site.profiles, ...site.guides].filter(needsCard);
  return entries.map((entry) => ({ params: { collection: entry.collection, id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: Publication }> = async ({ props, site }) =>
  cardResponse(entryCard(props.entry, (await loadSite()).settings, site));
