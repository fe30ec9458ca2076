import type { APIRoute } from 'astro';
import { loadSite } from '../../data/site';
import { feedResponse } from '../../data/rss';
import { t } from '../../i18n/vi';
import { paths } from '../../lib/site/urls';

export const GET: APIRoute = async ({ site }) => {
  const { guides, settings } = await loadSite();
  return feedResponse({
    site: site!,
    title: t('feed.guides', { site: settings.shortTitle }),
    description: t('guides.description'),
    selfPath: paths.guidesFeed(),
    entries: guides,
  });
};
