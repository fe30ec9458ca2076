/** Bulletins: script length and reading time, audio descriptions, the podcast feed, and the starter scripts. */
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFile } from 'music-metadata';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import {
  audioType,
  countWords,
  durationText,
  fileSizeText,
  itunesDuration,
  readingMinutes,
  scriptLengthProblem,
  scriptText,
  SCRIPT_WORDS,
} from '../src/lib/materials/bulletin';
import { podcastXml } from '../src/lib/materials/podcast';
import { frontMatter } from '../src/build/lastmod';
import { readEntries } from './helpers/content-files';
import { ROOT } from './helpers/preview';
import { mp3Frames, silentMp3 } from './helpers/audio-fixture';

describe('bulletin scripts', () => {
  it('counts words, not markup or punctuation', () => {
    expect(countWords('Kính thưa bà con!\n\n**Sáu mươi sáu** khẩu súng - và [một tin](/a/).')).toBe(12);
  });

  it('reads at the stated pace, at least a minute', () => {
    expect(readingMinutes(100)).toBe(1);
    expect(readingMinutes(480)).toBe(4);
    expect(scriptLengthProblem(SCRIPT_WORDS.min - 1)).toMatch(/ít nhất 250/);
    expect(scriptLengthProblem(SCRIPT_WORDS.max + 1)).toMatch(/tối đa 700/);
    expect(scriptLengthProblem(400)).toBeUndefined();
  });

  it('describes durations and sizes for readers and podcast apps', () => {
    expect(itunesDuration(185.4)).toBe('00:03:05');
    expect(itunesDuration(3725)).toBe('01:02:05');
    expect(durationText(185)).toBe('3 phút 05 giây');
    expect(durationText(45)).toBe('45 giây');
    expect(fileSizeText(820)).toBe('820 byte');
    expect(fileSizeText(45_300)).toBe('45 KB');
    expect(fileSizeText(1_240_000)).toBe('1,2 MB');
    expect([audioType('/a/x.mp3'), audioType('/a/x.M4A'), audioType('/a/x.ogg')]).toEqual([
      'audio/mpeg',
      'audio/mp4',
      'audio/ogg',
    ]);
  });

  it('gives the script as plain text under its title', () => {
    expect(scriptText('Tiêu đề', 'Đoạn **một**.\n\n\n\n## Hai\n\nĐoạn [hai](/x/).')).toBe(
      'Tiêu đề\n\nĐoạn một.\n\nHai\n\nĐoạn hai.\n',
    );
  });

  it('starter scripts are 250 to 700 words, cite the source document, and are dated when written', () => {
    const dir = join(ROOT, 'src/content/bulletins');
    const entries = readEntries('bulletins');
    expect(entries.length).toBeGreaterThanOrEqual(3);
    for (const { id, data } of entries) {
      const text = readFileSync(join(dir, `${id}.mdx`), 'utf8');
      const body = text.slice(text.indexOf('---', 3) + 3);
      expect(scriptLengthProblem(countWords(body)), id).toBeUndefined();
      expect(frontMatter(text)).toBeTruthy();
      expect((data.sources as { title: string }[])[0]!.title).toBe(
        'Xây dựng mô hình tự quản, bảo đảm an ninh trật tự từ cơ sở',
      );
      expect(data.audio, `${id}: no audio unless it is a real recording`).toBeUndefined();
    }
  });
});

describe('podcast feed', () => {
  it('is RSS 2.0 with itunes tags; the enclosure is the file’s length and type; every item has a duration', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'antq-audio-'));
    try {
      const file = join(dir, 'ban-tin.mp3');
      const audio = silentMp3(3);
      writeFileSync(file, audio);
      const { format } = await parseFile(file, { duration: true });
      expect(format.duration).toBeCloseTo(mp3Frames(3).seconds, 1);
      const xml = podcastXml(
        {
          title: 'Bản tin & phát thanh',
          description: 'Mô tả',
          path: '/phat-thanh/',
          feedPath: '/phat-thanh/podcast.xml',
          imagePath: '/icons/podcast-1400.png',
          author: 'Công an tỉnh',
          email: 'a@b.vn',
        },
        [
          {
            title: 'Số một',
            summary: 'Tóm tắt',
            path: '/phat-thanh/so-mot/',
            publishedAt: new Date('2026-11-28'),
            audio: {
              url: '/audio/phat-thanh/ban-tin.mp3',
              type: 'audio/mpeg',
              bytes: audio.length,
              seconds: format.duration!,
            },
          },
        ],
        'https://portal.example/',
      );
      expect(SyntaxValidator.validate(xml)).toBe(true);
      const rss = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(xml).rss;
      expect(rss['@_version']).toBe('2.0');
      expect(rss['@_xmlns:itunes']).toBe('http://www.itunes.com/dtds/podcast-1.0.dtd');
      const channel = rss.channel;
      expect(channel.title).toBe('Bản tin & phát thanh');
      expect(channel['itunes:image']['@_href']).toBe('https://portal.example/icons/podcast-1400.png');
      expect(channel['itunes:category']['@_text']).toBeTruthy();
      const [item] = channel.item;
      expect(item.enclosure).toEqual({
        '@_url': 'https://portal.example/audio/phat-thanh/ban-tin.mp3',
        '@_length': String(audio.length),
        '@_type': 'audio/mpeg',
      });
      expect(item['itunes:duration']).toBe('00:00:03');
      expect(item.guid['#text']).toBe('https://portal.example/phat-thanh/so-mot/');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
