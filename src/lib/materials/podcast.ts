/**
 * The bulletins' podcast feed as RSS 2.0 with Apple's itunes: tags, for a commune's radio operator to subscribe
 * to. Only bulletins with a recording are items (an item without an enclosure is no episode). Pure: absolute URLs
 * are made from the site address it is given.
 */
import { buildXml } from '../reach/feeds';
import { itunesDuration } from './bulletin';
import { absoluteUrl } from '../site/urls';

export const ITUNES_NS = 'http://www.itunes.com/dtds/podcast-1.0.dtd';

export interface PodcastChannel {
  title: string;
  description: string;
  /** Path of the bulletins' page and of the feed itself. */
  path: string;
  feedPath: string;
  /** Path of a square PNG or JPEG of at least 1400 px. */
  imagePath: string;
  author: string;
  /** Only an address the settings show with its source. */
  email?: string | undefined;
}

export interface PodcastEpisode {
  title: string;
  summary: string;
  path: string;
  publishedAt: Date;
  audio: { url: string; type: string; bytes: number; seconds: number };
}

/** The feed as an object tree, written by the XML builder (feeds.ts): every text and attribute escaped there. */
export function podcastXml(channel: PodcastChannel, episodes: PodcastEpisode[], site: URL | string): string {
  const url = (path: string) => absoluteUrl(path, site);
  const items = episodes.map((e) => ({
    title: e.title,
    link: url(e.path),
    guid: { '@_isPermaLink': 'true', '#text': url(e.path) },
    pubDate: e.publishedAt.toUTCString(),
    description: e.summary,
    enclosure: { '@_url': url(e.audio.url), '@_length': e.audio.bytes, '@_type': e.audio.type },
    'itunes:duration': itunesDuration(e.audio.seconds),
    'itunes:explicit': 'false',
    'itunes:episodeType': 'full',
  }));
  const rss = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    rss: {
      '@_version': '2.0',
      '@_xmlns:itunes': ITUNES_NS,
      '@_xmlns:atom': 'http://www.w3.org/2005/Atom',
      channel: {
        title: channel.title,
        link: url(channel.path),
        description: channel.description,
        language: 'vi',
        'atom:link': { '@_href': url(channel.feedPath), '@_rel': 'self', '@_type': 'application/rss+xml' },
        'itunes:author': channel.author,
        'itunes:owner': {
          'itunes:name': channel.author,
          ...(channel.email ? { 'itunes:email': channel.email } : {}),
        },
        'itunes:image': { '@_href': url(channel.imagePath) },
        image: { url: url(channel.imagePath), title: channel.title, link: url(channel.path) },
        'itunes:category': { '@_text': 'Government' },
        'itunes:explicit': 'false',
        'itunes:type': 'episodic',
        item: items,
      },
    },
  };
  return buildXml(rss);
}
