import type { APIRoute } from 'astro';
import { loadSite } from '../data/site';
import { feedResponse } from '../data/rss';
import { t } from '../i18n/vi';
import { paths } from '../lib/site/urls';

export const GET: APIRoute = async ({ site }) => {
  const { articles, settings } = await loadSite();
  return feedResponse({
    site: site!,
    title: t('feed.news', { site: settings.shortTitle }),
    description: t('news.description'),
    selfPath: paths.newsFeed(),
    entries: articles,
  });
};
