import type { APIRoute } from 'astro';
import { loadSite } from '../../data/site';
import { feedResponse } from '../../data/rss';
import { t } from '../../i18n/vi';
import { paths } from '../../lib/site/urls';

export const GET: APIRoute = async ({ site }) => {
  const { profiles, settings } = await loadSite();
  return feedResponse({
    site: site!,
    title: t('feed.profiles', { site: settings.shortTitle }),
    description: t('profiles.description'),
    selfPath: paths.profilesFeed(),
    entries: profiles,
  });
};
