import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { deflateSync, inflateSync } from 'node:zlib';
import { adler32, adler32Combine, framedPng, pngFrame, type Rgb } from '../src/lib/png';

const palette: Rgb[] = [
  [18, 58, 107],
  [255, 255, 255],
  [164, 34, 27],
];

/** A whole image as one band: the frame contributes nothing. */
async function wholePng(width: number, height: number, colours: readonly Rgb[], indices: Uint8Array): Promise<Buffer> {
  return framedPng(await pngFrame(width, height, colours, new Uint8Array(width * height), 0, height), indices);
}

describe('palette PNGs', () => {
  it('writes a palette PNG that decodes to exactly the given pixels', async () => {
    const [width, height] = [5, 3];
    const indices = Uint8Array.from({ length: width * height }, (_, p) => p % 3);
    const png = await wholePng(width, height, palette, indices);
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([width, height]);
    const expected = Buffer.from([...indices].flatMap((i) => [...palette[i]!]));
    expect(sameRgb(data, info.channels, expected)).toBe(true);
    const meta = await sharp(png).metadata();
    expect([meta.isPalette, meta.bitsPerSample]).toEqual([true, 8]);
  });
  it('refuses an index outside the palette, a wrong pixel count and an empty palette, naming the problem', async () => {
    await expect(wholePng(2, 1, palette, Uint8Array.from([0, 3]))).rejects.toThrow(/index 3 outside a palette of 3/);
    await expect(pngFrame(2, 2, palette, Uint8Array.from([0, 1]), 0, 2)).rejects.toThrow(/2 indices for 2×2 pixels/);
    await expect(pngFrame(1, 1, [], Uint8Array.from([0]), 0, 1)).rejects.toThrow(/0 colours/);
    await expect(pngFrame(1, 1, palette, Uint8Array.from([0]), 0, 2)).rejects.toThrow(/rows 0\+2 outside 1/);
  });
});

/** sharp may hand back RGB or RGBA for a palette image; compare the RGB part. */
function sameRgb(data: Buffer, channels: number, rgb: Buffer): boolean {
  if (data.length !== (rgb.length / 3) * channels) return false;
  for (let p = 0; p < rgb.length / 3; p++) for (let c = 0; c < 3; c++) if (data[p * channels + c] !== rgb[p * 3 + c]) return false;
  return true;
}

/** The zlib stream of a PNG's IDAT chunks. */
function idat(png: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') parts.push(png.subarray(at + 8, at + 8 + length));
    at += length + 12;
  }
  return Buffer.concat(parts);
}

describe('framed palette PNGs', () => {
  const [width, height] = [7, 6];
  const frameIndices = Uint8Array.from({ length: width * height }, (_, p) => (p * 5) % 3);
  const band = (seed: number) => Uint8Array.from({ length: width * 2 }, (_, p) => (p + seed) % 3);

  it.each([
    ['in the middle', 2],
    ['at the top', 0],
    ['at the bottom', 4],
  ])('joins the frame and a band %s into the same pixels as one whole image, with a valid checksum', async (_, top) => {
    const frame = await pngFrame(width, height, palette, frameIndices, top, 2);
    for (const seed of [0, 1]) {
      const png = await framedPng(frame, band(seed));
      const whole = frameIndices.slice();
      whole.set(band(seed), top * width);
      // zlib checks the Adler-32 at the end of the stream: a wrong combined checksum throws here.
      expect(() => inflateSync(idat(png))).not.toThrow();
      const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
      expect(sameRgb(data, info.channels, Buffer.from([...whole].flatMap((i) => [...palette[i]!])))).toBe(true);
    }
  });
  it('writes the same bytes when told which rows of a varied band changed, and takes the other rows from the frame', async () => {
    const frame = await pngFrame(width, height, palette, frameIndices, 1, 4);
    const band4 = frameIndices.slice(width, 5 * width);
    band4.set([2, 2, 1], 2 * width + 2); // only the band's third row differs from the frame
    const full = await framedPng(frame, band4);
    expect((await framedPng(frame, band4, [2, 3])).equals(full)).toBe(true);
    expect((await framedPng(frame, band4, [1, 4])).equals(full)).toBe(true);
    // Told that nothing changed, the image is the frame's own band.
    const untouched = await framedPng(frame, frameIndices.slice(width, 5 * width));
    expect((await framedPng(frame, band4, [0, 0])).equals(untouched)).toBe(true);
    await expect(framedPng(frame, band4, [3, 5])).rejects.toThrow(/changed rows 3…5 outside a band of 4/);
  });
  it('over a plain band compresses only the changed rows, and still decodes to the same pixels', async () => {
    // Rows 1…4 are the band, all background (index 0): the case of the share cards' title region.
    const plainFrame = frameIndices.map((v, p) => (p >= width && p < 5 * width ? 0 : v));
    const frame = await pngFrame(width, height, palette, plainFrame, 1, 4);
    expect(frame.plainRuns).toBeDefined();
    expect((await pngFrame(width, height, palette, frameIndices, 1, 4)).plainRuns).toBeUndefined();
    for (const [first, end] of [[1, 3], [0, 2], [2, 4], [0, 4], [2, 2]] as const) {
      const band4 = new Uint8Array(width * 4);
      for (let y = first; y < end; y++) band4.fill(1 + (y % 2), y * width + 1, y * width + 5);
      const png = await framedPng(frame, band4, [first, end]);
      expect(() => inflateSync(idat(png))).not.toThrow();
      const whole = plainFrame.slice();
      whole.set(band4, width);
      const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
      expect(sameRgb(data, info.channels, Buffer.from([...whole].flatMap((i) => [...palette[i]!]))), `rows ${first}…${end}`).toBe(true);
    }
    // Runs are compressed once per length.
    expect([...frame.plainRuns!.keys()].sort()).toEqual([1, 2]);
  });
  it('refuses a band of the wrong size or with an index outside the palette', async () => {
    const frame = await pngFrame(width, height, palette, frameIndices, 2, 2);
    await expect(framedPng(frame, new Uint8Array(width))).rejects.toThrow(/7 indices for a band of 7×2/);
    await expect(framedPng(frame, band(0).fill(9, 3, 4))).rejects.toThrow(/index 9 outside a palette of 3/);
  });
  it('computes Adler-32 as zlib does, also across joined pieces', () => {
    const data = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256));
    // zlib writes the Adler-32 of the data in the last four bytes of its stream.
    const stream = deflateSync(data);
    const expected = stream.readUInt32BE(stream.length - 4);
    expect(adler32(data)).toBe(expected);
    const [a, b] = [data.subarray(0, 12_345), data.subarray(12_345)];
    expect(adler32Combine(adler32(a), adler32(b), b.length)).toBe(expected);
    expect(adler32(b, adler32(a))).toBe(expected);
  });
});
