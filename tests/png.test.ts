import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { palettePng, type Rgb } from '../src/lib/png';

const palette: Rgb[] = [
  [18, 58, 107],
  [255, 255, 255],
  [164, 34, 27],
];

describe('palettePng', () => {
  it('writes a palette PNG that decodes to exactly the given pixels', async () => {
    const [width, height] = [5, 3];
    const indices = Uint8Array.from({ length: width * height }, (_, p) => p % 3);
    const png = await palettePng(width, height, palette, indices);
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([width, height]);
    const expected = Buffer.from([...indices].flatMap((i) => [...palette[i]!]));
    expect(sameRgb(data, info.channels, expected)).toBe(true);
    const meta = await sharp(png).metadata();
    expect([meta.isPalette, meta.bitsPerSample]).toEqual([true, 8]);
  });
  it('refuses an index outside the palette and a wrong pixel count, naming the problem', async () => {
    await expect(palettePng(2, 1, palette, Uint8Array.from([0, 3]))).rejects.toThrow(/index 3 outside a palette of 3/);
    await expect(palettePng(2, 2, palette, Uint8Array.from([0, 1]))).rejects.toThrow(/2 indices for 2×2 pixels/);
    await expect(palettePng(1, 1, [], Uint8Array.from([0]))).rejects.toThrow(/0 colours/);
  });
});

/** sharp may hand back RGB or RGBA for a palette image; compare the RGB part. */
function sameRgb(data: Buffer, channels: number, rgb: Buffer): boolean {
  if (data.length !== (rgb.length / 3) * channels) return false;
  for (let p = 0; p < rgb.length / 3; p++) for (let c = 0; c < 3; c++) if (data[p * channels + c] !== rgb[p * 3 + c]) return false;
  return true;
}
