/**
 * The bulletins' podcast feed as RSS 2.0 with Apple's itunes: tags, for a commune's radio operator to subscribe
 * to. Only bulletins with a recording are items (an item without an enclosure is no episode). Pure: absolute URLs
 * are made from the site address it is given.
 */
import { escapeXml } from '../reach/feeds';
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

const tag = (name: string, value: string) => `<${name}>${escapeXml(value)}</${name}>`;

export function podcastXml(channel: PodcastChannel, episodes: PodcastEpisode[], site: URL | string): string {
  const url = (path: string) => escapeXml(absoluteUrl(path, site));
  const items = episodes.map((e) =>
    [
      '<item>',
      tag('title', e.title),
      `<link>${url(e.path)}</link>`,
      `<guid isPermaLink="true">${url(e.path)}</guid>`,
      tag('pubDate', e.publishedAt.toUTCString()),
      tag('description', e.summary),
      `<enclosure url="${url(e.audio.url)}" length="${e.audio.bytes}" type="${e.audio.type}"/>`,
      tag('itunes:duration', itunesDuration(e.audio.seconds)),
      tag('itunes:explicit', 'false'),
      tag('itunes:episodeType', 'full'),
      '</item>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<rss version="2.0" xmlns:itunes="${ITUNES_NS}" xmlns:atom="http://www.w3.org/2005/Atom">`,
    '<channel>',
    tag('title', channel.title),
    `<link>${url(channel.path)}</link>`,
    tag('description', channel.description),
    tag('language', 'vi'),
    `<atom:link href="${url(channel.feedPath)}" rel="self" type="application/rss+xml"/>`,
    tag('itunes:author', channel.author),
    `<itunes:owner>${tag('itunes:name', channel.author)}${channel.email ? tag('itunes:email', channel.email) : ''}</itunes:owner>`,
    `<itunes:image href="${url(channel.imagePath)}"/>`,
    `<image><url>${url(channel.imagePath)}</url>${tag('title', channel.title)}<link>${url(channel.path)}</link></image>`,
    '<itunes:category text="Government"/>',
    tag('itunes:explicit', 'false'),
    tag('itunes:type', 'episodic'),
    ...items,
    '</channel>',
    '</rss>',
  ].join('\n');
}
