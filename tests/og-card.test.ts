import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, cardPng, cardSvg, TITLE_HEIGHT, titleCoverage, titleOutlines, titleSize, titleSvg, type CardText } from '../src/lib/og-card';

const emblemSvg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#a4221b"/></svg>';
const card = (title: string): CardText => ({ eyebrow: 'Mô hình', title, footer: 'Toàn dân bảo vệ an ninh Tổ quốc', agency: 'Công an tỉnh', emblemSvg });

/** Every Vietnamese vowel with every tone, plus đ: each must get a glyph from the bundled font. */
const VOWELS = 'aăâeêioôơuưy';
const TONED = [...VOWELS].flatMap((v) => [v, ...['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'].map((tone) => (v + tone).normalize('NFC'))]);
const LETTERS = [...TONED, 'đ', ...TONED.map((c) => c.toUpperCase()), 'Đ'];

/** Number of glyph outlines satori drew for the title (text becomes <path>; a missing glyph draws nothing). */
async function titlePaths(title: string): Promise<number> {
  return ((await titleSvg(title)).match(/<path /g) ?? []).length;
}

/** RGB pixels of a PNG or SVG, flattened onto black. */
async function pixels(image: Buffer | string): Promise<Buffer> {
  return sharp(typeof image === 'string' ? Buffer.from(image) : image).flatten().removeAlpha().raw().toBuffer();
}

describe('share card', () => {
  it('renders a 1200×630 PNG', async () => {
    const meta = await sharp(await cardPng(card('Hộ an toàn, thôn bản bình yên'))).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
  });
  it(`has a glyph for each of the ${LETTERS.length} Vietnamese letters (tone marks, not blanks)`, async () => {
    const empty = await titlePaths(' ');
    const missing: string[] = [];
    for (const letter of LETTERS) if ((await titlePaths(letter)) <= empty) missing.push(letter);
    expect(missing).toEqual([]);
  });
  it('draws a toned letter differently from the bare letter', async () => {
    const bare = await titleSvg('o');
    for (const toned of ['ộ', 'ở', 'ữ']) expect(await titleSvg(toned)).not.toBe(bare);
  });
  it.each([
    ['a short title', 'Tổ hòa giải'],
    ['a four-line title', 'Đảng ủy xã Cao Sơn khen thưởng tổ hòa giải thôn Khau Cà vì đã giữ bình yên cho bà con suốt nhiều năm liền, không để xảy ra vụ việc'],
  ])('looks like the whole card drawn in one piece, for %s', async (_, title) => {
    // The PNG is assembled from a frame drawn once and the title drawn alone; both must land where the
    // one-piece SVG puts them. Quantising to 16 colours moves a channel by a few levels at most, while a title
    // shifted by even one pixel makes thousands of pixels differ by more than 64.
    const [fast, whole] = await Promise.all([cardPng(card(title)).then(pixels), cardSvg(card(title)).then(pixels)]);
    expect(fast.length).toBe(CARD_WIDTH * CARD_HEIGHT * 3);
    let sum = 0, far = 0;
    for (let i = 0; i < fast.length; i++) {
      const d = Math.abs(fast[i]! - whole[i]!);
      sum += d;
      if (d > 64) far++;
    }
    expect(sum / fast.length).toBeLessThan(2);
    expect(far / fast.length).toBeLessThan(0.001);
  });
  it('has text in the title region: the title is not lost on the way', async () => {
    const withTitle = await pixels(await cardPng(card('Tổ hòa giải')));
    const without = await pixels(await cardPng(card(' ')));
    expect(withTitle.equals(without)).toBe(false);
  });
  it('reads the title outlines from satori\'s SVG, and hands anything else to the general renderer', async () => {
    const svg = await titleSvg('Tổ hòa giải');
    expect(titleOutlines(svg)?.join('')).toMatch(/^M[\d.]+ [\d.]+/);
    expect(titleOutlines(svg.replace('<g>', '<g transform="scale(2)">'))).toBeUndefined();
    expect(titleOutlines(svg.replace('</g>', '<image href="x.png"/></g>'))).toBeUndefined();
    expect(titleOutlines(svg.replace('fill="#ffffff"', 'fill="#ff0000"'))).toBeUndefined();
  });
  it('hands outlines the rasteriser cannot read (a cubic curve) to the general renderer, which draws them', async () => {
    const svg = `<svg width="${CARD_WIDTH}" height="${TITLE_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${TITLE_HEIGHT}" xmlns="http://www.w3.org/2000/svg"><path fill="#ffffff" d="M100 100C150 50 250 50 300 100L300 200L100 200Z"/></svg>`;
    expect(titleOutlines(svg)).toHaveLength(1);
    const { data, firstRow, endRow } = await titleCoverage(svg);
    expect([firstRow, endRow]).toEqual([0, TITLE_HEIGHT]);
    expect(data[150 * CARD_WIDTH + 200]).toBe(255);
    expect(data[20 * CARD_WIDTH + 200]).toBe(0);
  });
  it('shrinks long titles', () => {
    expect(titleSize('Tổ hòa giải')).toBeGreaterThan(titleSize('Cao Sơn: địa bàn không có tệ nạn ma túy nhờ sức mạnh của toàn dân và cả hệ thống chính trị ở cơ sở'));
  });
});

describe('share card cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'antq-cards-'));
  const cached = () => readdirSync(dir).filter((f) => f.endsWith('.png'));

  it('stores a drawn card once and reads it back for the same text', async () => {
    const first = await cardPng(card('Tổ hòa giải thôn Khau Cà'), dir);
    expect(cached()).toHaveLength(1);
    // Replace the stored bytes: a second call that returns them was served from the cache, not redrawn.
    writeFileSync(join(dir, cached()[0]!), Buffer.from('cached'));
    expect((await cardPng(card('Tổ hòa giải thôn Khau Cà'), dir)).toString()).toBe('cached');
    expect(first.subarray(1, 4).toString()).toBe('PNG');
  });
  it('draws a card asked for twice at once a single time', async () => {
    const both = await Promise.all([cardPng(card('Tổ tự quản số 7'), dir), cardPng(card('Tổ tự quản số 7'), dir)]);
    expect(both[0]).toBe(both[1]);
    expect(cached()).toHaveLength(2);
  });
  it('makes the folder when it is missing, even after a first card', async () => {
    const fresh = join(dir, 'moi', 'the');
    await cardPng(card('Tổ hòa giải thôn Khau Cà'), fresh);
    rmSync(join(dir, 'moi'), { recursive: true });
    await cardPng(card('Tổ tự quản số 7'), fresh);
    expect(readdirSync(fresh).filter((f) => f.endsWith('.png'))).toHaveLength(1);
  });
  it('draws a new card when any text changes, and leaves no partial file', async () => {
    await cardPng(card('Tổ hòa giải thôn Nà Đon'), dir);
    await cardPng({ ...card('Tổ hòa giải thôn Nà Đon'), agency: 'Công an huyện' }, dir);
    expect(cached()).toHaveLength(4);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });
});
