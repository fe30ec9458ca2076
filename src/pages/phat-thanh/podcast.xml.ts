/** The bulletins' podcast feed (RSS 2.0 + itunes:), with an enclosure for every bulletin that has a recording. */
import type { APIRoute } from 'astro';
import { loadBulletins } from '../../data/bulletins';
import { loadSite } from '../../data/site';
import { t } from '../../i18n/vi';
import { podcastXml } from '../../lib/materials/podcast';
import { paths } from '../../lib/site/urls';
import { shownEmail } from '../../lib/site/contacts';

export const GET: APIRoute = async ({ site }) => {
  const [{ settings }, bulletins] = await Promise.all([loadSite(), loadBulletins()]);
  const episodes = bulletins.flatMap(({ entry, audio }) =>
    audio
      ? [
          {
            title: entry.data.title,
            summary: entry.data.summary,
            path: paths.bulletin(entry.id),
            publishedAt: entry.data.publishedAt,
            audio,
          },
        ]
      : [],
  );
  const channel = {
    title: `${t('bulletins.title')} – ${settings.shortTitle}`,
    description: t('bulletins.description'),
    path: paths.bulletins(),
    feedPath: paths.podcast(),
    imagePath: '/icons/podcast-1400.png',
    author: settings.agency,
    email: shownEmail(settings)?.address,
  };
  return new Response(podcastXml(channel, episodes, site!), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
};
