/**
 * A bulletin with a recording, end to end: a scratch copy gets a small MP3 the test writes itself (starter content
 * has no audio, because none is real), the copy is built, and then the podcast feed's enclosure must be that file
 * with its length, type and duration, and Chromium's <audio> element on the bulletin page must report its duration.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { makeScratchCopy, type Scratch } from '../helpers/scratch';
import { serveStatic, type StaticServer } from '../helpers/static-server';
import { mp3Frames, silentMp3 } from '../helpers/audio-fixture';

const ID = 'tu-giac-giao-nop-vu-khi';
const AUDIO = '/audio/phat-thanh/thu-nghiem.mp3';
const SECONDS = mp3Frames(4).seconds;

let scratch: Scratch;
let server: StaticServer;
let browser: Browser;
let build: { code: number; output: string };

beforeAll(async () => {
  scratch = makeScratchCopy();
  // A fresh clone has no audio folder until an editor uploads the first recording.
  mkdirSync(dirname(join(scratch.dir, 'public', AUDIO)), { recursive: true });
  writeFileSync(join(scratch.dir, 'public', AUDIO), silentMp3(4));
  const entry = join(scratch.dir, 'src/content/bulletins', `${ID}.mdx`);
  writeFileSync(entry, readFileSync(entry, 'utf8').replace(/^publishedAt:/m, `audio: "${AUDIO}"\npublishedAt:`));
  build = await scratch.run(['build']);
  if (build.code === 0)
    [server, browser] = await Promise.all([serveStatic(join(scratch.dir, 'dist')), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  scratch?.remove();
});

describe('a bulletin with a recording', () => {
  it('builds', () => expect(build.code, build.output.slice(-3000)).toBe(0));

  it('is an episode of the podcast feed: the enclosure is the file, with its length, type and duration', () => {
    const dist = join(scratch.dir, 'dist');
    const xml = readFileSync(join(dist, 'phat-thanh/podcast.xml'), 'utf8');
    expect(SyntaxValidator.validate(xml)).toBe(true);
    const channel = new XMLParser({ ignoreAttributes: false }).parse(xml).rss.channel;
    expect(xml).toContain('xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"');
    for (const tag of [
      'title',
      'link',
      'description',
      'language',
      'itunes:author',
      'itunes:image',
      'itunes:category',
      'itunes:explicit',
    ])
      expect(channel[tag], tag).toBeDefined();
    expect(statSync(join(dist, new URL(channel['itunes:image']['@_href']).pathname)).size).toBeGreaterThan(0);
    const items = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(xml).rss.channel
      .item;
    expect(items).toHaveLength(1);
    for (const item of items) {
      const url = new URL(item.enclosure['@_url']);
      expect(url.pathname).toBe(AUDIO);
      expect(Number(item.enclosure['@_length'])).toBe(statSync(join(dist, url.pathname)).size);
      expect(item.enclosure['@_type']).toBe('audio/mpeg');
      expect(item['itunes:duration']).toBe(`00:00:0${Math.round(SECONDS)}`);
    }
  });

  it('makes the feed offered: linked with its address on the bulletins’ page and the hub, advertised in their heads', () => {
    const dist = join(scratch.dir, 'dist');
    for (const page of ['phat-thanh/index.html', 'tai-lieu-tuyen-truyen/index.html']) {
      const html = readFileSync(join(dist, page), 'utf8');
      expect(html, page).toMatch(/<a href="\/phat-thanh\/podcast\.xml"/);
      expect(html, page).toMatch(
        /<link rel="alternate" type="application\/rss\+xml" title="[^"]*podcast[^"]*" href="\/phat-thanh\/podcast\.xml"/,
      );
    }
    expect(readFileSync(join(dist, 'phat-thanh/index.html'), 'utf8')).toContain('Dán địa chỉ này vào ứng dụng podcast');
  });

  it('plays in a native <audio> element that reports the recording’s duration', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/phat-thanh/${ID}/`);
    const audio = page.locator('audio[controls]');
    // Finite once the metadata is read (NaN before).
    await expect
      .poll(() => audio.evaluate((el: HTMLAudioElement) => el.duration), { timeout: 15_000 })
      .toSatisfy((d: number) => Number.isFinite(d) && d > 0);
    expect(await audio.evaluate((el: HTMLAudioElement) => el.duration)).toBeCloseTo(SECONDS, 0);
    // The page says how long it is and how big the file is before the download link.
    const text = await page.locator('main').innerText();
    expect(text).toContain('Nghe bản ghi âm (4 giây)');
    expect(text).toMatch(/MP3, \d+ KB\s+Tệp âm thanh/);
    await page.close();
  });
});
