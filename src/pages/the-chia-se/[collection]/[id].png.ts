/** Generated share cards for entries without a cover image (entries with a cover share the cover). */
import type { APIRoute, GetStaticPaths } from 'astro';
import emblemSvg from '../../../../public/favicon.svg?raw';
import { coverOf } from '../../../data/reach';
import { loadSite, titleOf, type Publication } from '../../../data/site';
import { t } from '../../../i18n/vi';
import { cardPng } from '../../../lib/og-card';

const EYEBROW = { articles: 'card.article', profiles: 'card.profile', guides: 'card.guide' } as const;

export const getStaticPaths = (async () => {
  const site = await loadSite();
  const entries: Publication[] = [...site.articles, ...site.profiles, ...site.guides];
  return entries.filter((e) => !coverOf(e)).map((entry) => ({ params: { collection: entry.collection, id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: Publication }> = async ({ props }) => {
  const { settings } = await loadSite();
  const png = await cardPng({ eyebrow: t(EYEBROW[props.entry.collection]), title: titleOf(props.entry), footer: t('card.movement'), agency: settings.agency, emblemSvg }, __SHARE_CARD_CACHE__);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
