/**
 * Bulletins as the pages and the podcast feed show them: the script's length and reading time, the entry it
 * comes from, and the audio file's size and duration read from the file itself (editors only upload it).
 * A script out of bounds or a missing audio file fails the build, naming the file.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { parseFile } from 'music-metadata';
import { loadSite, titleOf, type Bulletin } from './site';
import { audioType, countWords, readingMinutes, scriptLengthProblem } from '../lib/materials/bulletin';
import { paths } from '../lib/site/urls';
import type { PodcastEpisode } from '../lib/materials/podcast';

export interface BulletinAudio {
  /** Site path, e.g. /audio/phat-thanh/ban-tin.mp3. */
  url: string;
  type: string;
  bytes: number;
  seconds: number;
}

export interface BulletinView {
  entry: Bulletin;
  words: number;
  minutes: number;
  /** The article or guide the script was written from. */
  basedOn: { title: string; path: string }[];
  audio?: BulletinAudio | undefined;
}

async function readAudio(entry: Bulletin, url: string): Promise<BulletinAudio> {
  const file = join(process.cwd(), 'public', url);
  const where = `src/content/bulletins/${entry.id}.mdx → audio`;
  let bytes: number;
  try {
    bytes = statSync(file).size;
  } catch {
    throw new Error(`${where}: không có tệp public${url}`);
  }
  const { format } = await parseFile(file, { duration: true });
  if (!format.duration) throw new Error(`${where}: không đọc được thời lượng của tệp ${url}`);
  return { url, type: audioType(url), bytes, seconds: format.duration };
}

async function load(): Promise<BulletinView[]> {
  const site = await loadSite();
  const problems: string[] = [];
  const views = await Promise.all(
    site.bulletins.map(async (entry): Promise<BulletinView> => {
      const words = countWords(entry.body ?? '');
      const problem = scriptLengthProblem(words);
      if (problem) problems.push(`src/content/bulletins/${entry.id}.mdx → ${problem}`);
      const article = entry.data.sourceArticle && site.articles.find((a) => a.id === entry.data.sourceArticle!.id);
      const guide = entry.data.sourceGuide && site.guides.find((g) => g.id === entry.data.sourceGuide!.id);
      const basedOn = [
        ...(article ? [{ title: titleOf(article), path: paths.article(article.id) }] : []),
        ...(guide ? [{ title: titleOf(guide), path: paths.guide(guide.id) }] : []),
      ];
      return {
        entry,
        words,
        minutes: readingMinutes(words),
        basedOn,
        audio: entry.data.audio ? await readAudio(entry, entry.data.audio) : undefined,
      };
    }),
  );
  if (problems.length) throw new Error(`Bản tin phát thanh có lỗi:\n${problems.join('\n')}`);
  return views;
}

let cached: Promise<BulletinView[]> | undefined;

/** Published bulletins, newest broadcast first; read once per build. */
export function loadBulletins(): Promise<BulletinView[]> {
  cached ??= load();
  return cached;
}

/**
 * The podcast's episodes: the bulletins with a recording. The feed is built, linked and advertised only when there
 * is at least one; a feed without an episode is no podcast, and the page would invite people to subscribe to nothing.
 */
export async function podcastEpisodes(): Promise<PodcastEpisode[]> {
  return (await loadBulletins()).flatMap(({ entry, audio }) =>
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
}
