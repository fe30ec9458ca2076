import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../../data/site';
import { feedResponse } from '../../../../data/rss';
import { t } from '../../../../i18n/vi';
import { categoryLabel } from '../../../../lib/content/listing';
import { paths } from '../../../../lib/site/urls';
import { ARTICLE_CATEGORIES, type ArticleCategory } from '../../../../schemas/vocabulary';

export const getStaticPaths = (() =>
  (Object.keys(ARTICLE_CATEGORIES) as ArticleCategory[]).map((category) => ({
    params: { category },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, params }) => {
  const category = params.category as ArticleCategory;
  const { articles, settings } = await loadSite();
  return feedResponse({
    site: site!,
    title: t('feed.category', { category: categoryLabel(category), site: settings.shortTitle }),
    description: t('news.description'),
    selfPath: paths.categoryFeed(category),
    entries: articles.filter((a) => a.data.category === category),
  });
};
