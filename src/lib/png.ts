/**
 * A minimal encoder for palette PNGs (colour type 3, 8 bits per pixel). The share cards know their few colours
 * in advance, so writing the indices straight to zlib skips a quantiser pass over 756,000 pixels per card.
 */
import { crc32, deflate } from 'node:zlib';

export type Rgb = readonly [number, number, number];

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const framed = Buffer.alloc(body.length + 8);
  framed.writeUInt32BE(data.length, 0);
  body.copy(framed, 4);
  framed.writeUInt32BE(crc32(body), body.length + 4);
  return framed;
}

/**
 * Encodes `indices` (one byte per pixel, row by row, each an index into `palette`) as a PNG. Rows use filter 0,
 * the usual choice for palette images; zlib runs off the main thread.
 */
export async function palettePng(width: number, height: number, palette: readonly Rgb[], indices: Uint8Array, level = 4): Promise<Buffer> {
  if (palette.length === 0 || palette.length > 256) throw new RangeError(`palettePng: ${palette.length} colours; a PNG palette holds 1 to 256`);
  if (indices.length !== width * height) throw new RangeError(`palettePng: ${indices.length} indices for ${width}×${height} pixels`);
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = indices.subarray(y * width, (y + 1) * width);
    for (const index of row) if (index >= palette.length) throw new RangeError(`palettePng: index ${index} outside a palette of ${palette.length}`);
    rows.set(row, y * (width + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per index
  header[9] = 3; // palette colour
  const compressed = await new Promise<Buffer>((resolve, reject) => deflate(rows, { level }, (error, out) => (error ? reject(error) : resolve(out))));
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('PLTE', Buffer.from(palette.flat())), chunk('IDAT', compressed), chunk('IEND', Buffer.alloc(0))]);
}
