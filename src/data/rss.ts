/** One way to write every feed: same channel data, language, namespaces and item format. */
import rss from '@astrojs/rss';
import { t } from '../i18n/vi';
import { buildXml, FEED_NAMESPACES, feedItem, feedWindow } from '../lib/reach/feeds';
import { absoluteUrl } from '../lib/site/urls';
import { feedEntry } from './feeds-and-previews';
import type { Publication } from './site';

export async function feedResponse(opts: {
  site: URL;
  title: string;
  description: string;
  selfPath: string;
  entries: Publication[];
}): Promise<Response> {
  // Only the entries the feed keeps are rendered: bodies are the costly part.
  const newest = feedWindow(opts.entries, (e) => e.data.publishedAt);
  const entries = await Promise.all(newest.map((e) => feedEntry(e, opts.site)));
  const labels = { updated: t('feed.updated'), changeNote: t('guide.changeNote') };
  return rss({
    title: opts.title,
    description: opts.description,
    site: opts.site,
    xmlns: { ...FEED_NAMESPACES, atom: 'http://www.w3.org/2005/Atom' },
    customData: buildXml({
      language: 'vi',
      'atom:link': {
        '@_href': absoluteUrl(opts.selfPath, opts.site),
        '@_rel': 'self',
        '@_type': 'application/rss+xml',
      },
    }),
    items: entries.map((e) => feedItem(e, opts.site, labels)),
  });
}
