/** The share card for pages that are not entries (home, lists, contact). */
import type { APIRoute } from 'astro';
import { shareCards, siteCard } from '../../data/share-cards';
import { loadSite } from '../../data/site';

export const GET: APIRoute = async () => {
  const { settings } = await loadSite();
  const png = await shareCards.card(siteCard(settings));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
