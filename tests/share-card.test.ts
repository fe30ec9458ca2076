import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { cardPng, cardSvg, titleSize, type CardText } from '../src/build/share-card';

const emblemSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#a4221b"/></svg>';
const card = (title: string): CardText => ({
  eyebrow: 'Mô hình',
  title,
  footer: 'Toàn dân bảo vệ an ninh Tổ quốc',
  agency: 'Công an tỉnh',
  emblemSvg,
});

/** Every Vietnamese vowel with every tone, plus đ: each must get a glyph from the bundled font. */
const VOWELS = 'aăâeêioôơuưy';
const TONED = [...VOWELS].flatMap((v) => [
  v,
  ...['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'].map((tone) => (v + tone).normalize('NFC')),
]);
const LETTERS = [...TONED, 'đ', ...TONED.map((c) => c.toUpperCase()), 'Đ'];

/** Number of glyph outlines satori drew (text becomes <path>; a missing glyph draws nothing). */
const paths = async (title: string) => ((await cardSvg(card(title))).match(/<path /g) ?? []).length;

describe('share card', () => {
  it('renders a 1200×630 PNG', async () => {
    const meta = await sharp(await cardPng(card('Hộ an toàn, thôn bản bình yên'))).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
  });
  it(`has a glyph for each of the ${LETTERS.length} Vietnamese letters (tone marks, not blanks)`, async () => {
    const empty = await paths(' ');
    const missing: string[] = [];
    for (const letter of LETTERS) if ((await paths(letter)) <= empty) missing.push(letter);
    expect(missing).toEqual([]);
  });
  it('draws a toned letter differently from the bare letter', async () => {
    const bare = await cardSvg(card('o'));
    for (const toned of ['ộ', 'ở', 'ữ']) expect(await cardSvg(card(toned))).not.toBe(bare);
  });
  it('has the title in its pixels: the title is not lost on the way', async () => {
    const pixels = async (title: string) =>
      sharp(await cardPng(card(title)))
        .raw()
        .toBuffer();
    expect((await pixels('Tổ hòa giải')).equals(await pixels(' '))).toBe(false);
  });
  it('has the emblem in its place, left of the eyebrow, in the emblem’s colour', async () => {
    const { data, info } = await sharp(await cardPng(card('Tổ hòa giải')))
      .raw()
      .toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)];
    // The emblem fills the 72×84 box at (72, 74); the header band around it is the card's blue.
    expect(at(108, 116)).toEqual([0xa4, 0x22, 0x1b]);
    expect(at(60, 116)).toEqual([0x12, 0x3a, 0x6b]);
    expect(at(108, 66)).toEqual([0x12, 0x3a, 0x6b]);
  });
  it('shrinks long titles', () => {
    expect(titleSize('Tổ hòa giải')).toBeGreaterThan(
      titleSize('Cao Sơn: địa bàn không có tệ nạn ma túy nhờ sức mạnh của toàn dân và cả hệ thống chính trị ở cơ sở'),
    );
  });
});

describe('share card cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'antq-cards-'));
  const folder = join(dir, 'share-cards');
  const cached = () => readdirSync(folder).filter((f) => f.endsWith('.png'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('makes its folder, stores a drawn card and reads it back for the same text', async () => {
    const first = await cardPng(card('Tổ hòa giải thôn Khau Cà'), folder);
    expect(first.subarray(1, 4).toString()).toBe('PNG');
    expect(cached()).toHaveLength(1);
    // Replace the stored bytes: a second call that returns them was served from the cache, not redrawn.
    writeFileSync(join(folder, cached()[0]!), 'cached');
    expect((await cardPng(card('Tổ hòa giải thôn Khau Cà'), folder)).toString()).toBe('cached');
  });
  it('draws a new card when any text changes, and leaves no partial file', async () => {
    await cardPng(card('Tổ hòa giải thôn Nà Đon'), folder);
    await cardPng({ ...card('Tổ hòa giải thôn Nà Đon'), agency: 'Công an huyện' }, folder);
    expect(cached()).toHaveLength(3);
    expect(readdirSync(folder).filter((f) => !f.endsWith('.png'))).toEqual([]);
  });
});
