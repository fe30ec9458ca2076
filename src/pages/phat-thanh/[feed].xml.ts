/**
 * The bulletins' podcast feed (RSS 2.0 + itunes:), /phat-thanh/podcast.xml, with an enclosure for every bulletin
 * that has a recording. Built only when there is one: without an episode there is no feed to offer (the pages do
 * not link it either).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { podcastEpisodes } from '../../data/bulletins';
import { loadSite } from '../../data/site';
import { t } from '../../i18n/vi';
import { podcastXml } from '../../lib/materials/podcast';
import { paths } from '../../lib/site/urls';
import { shownEmail } from '../../lib/site/contacts';
import { publisher } from '../../lib/site/site-mode';

export const getStaticPaths = (async () =>
  (await podcastEpisodes()).length > 0 ? [{ params: { feed: 'podcast' } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  const [{ settings }, episodes] = await Promise.all([loadSite(), podcastEpisodes()]);
  const channel = {
    title: `${t('bulletins.title')} – ${settings.shortTitle}`,
    description: t('bulletins.description'),
    path: paths.bulletins(),
    feedPath: paths.podcast(),
    imagePath: '/icons/podcast-1400.png',
    author: publisher(settings, site).agency,
    email: shownEmail(settings)?.address,
  };
  return new Response(podcastXml(channel, episodes, site!), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
};
