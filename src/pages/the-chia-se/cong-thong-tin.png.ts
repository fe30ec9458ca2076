/** The share card for pages that are not entries (home, lists, contact). */
import type { APIRoute } from 'astro';
import emblemSvg from '../../../public/favicon.svg?raw';
import { loadSite } from '../../data/site';
import { t } from '../../i18n/vi';
import { cardPng } from '../../lib/og-card';

export const GET: APIRoute = async () => {
  const { settings } = await loadSite();
  const png = await cardPng({ eyebrow: t('card.site'), title: settings.title, footer: t('card.movement'), agency: settings.agency, emblemSvg }, __SHARE_CARD_CACHE__);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
