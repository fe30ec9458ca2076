/** The share card for pages that are not entries (home, lists, contact). */
import type { APIRoute } from 'astro';
import { cardResponse, siteCard } from '../../data/share-cards';
import { loadSite } from '../../data/site';

export const GET: APIRoute = async ({ site }) => cardResponse(siteCard((await loadSite()).settings, site));
