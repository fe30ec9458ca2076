/**
 * A minimal encoder for palette PNGs (colour type 3, 8 bits per pixel), made for many images that share a frame:
 * the share cards differ only in a band of rows (the title), so the rows above and below it are filtered and
 * compressed once per frame, and each image compresses only its band, or only the rows it changes when the band
 * is plain. The pieces join into one zlib stream because the fixed parts end on a full flush (byte-aligned, no
 * back-references across), and the checksum of the whole is combined from the checksums of the parts.
 */
import { constants, crc32, deflateRaw } from 'node:zlib';

export type Rgb = readonly [number, number, number];

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
/** zlib header: deflate with a 32 KB window, no preset dictionary (0x7801 is a multiple of 31, as it must be). */
const ZLIB_HEADER = Buffer.from([0x78, 0x01]);
const ADLER_BASE = 65521;

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const framed = Buffer.alloc(body.length + 8);
  framed.writeUInt32BE(data.length, 0);
  body.copy(framed, 4);
  framed.writeUInt32BE(crc32(body), body.length + 4);
  return framed;
}

/** Adler-32 of `data`, as zlib computes it; `start` continues from the checksum of what came before. */
export function adler32(data: Uint8Array, start = 1): number {
  let a = start & 0xffff;
  let b = start >>> 16;
  for (let i = 0; i < data.length; ) {
    // Reduced every 1,024 bytes, so both sums stay small integers (V8's fast path) between reductions.
    const end = Math.min(i + 1024, data.length);
    for (; i < end; i++) {
      a += data[i]!;
      b += a;
    }
    a %= ADLER_BASE;
    b %= ADLER_BASE;
  }
  return ((b << 16) | a) >>> 0;
}

/** Adler-32 of two pieces joined, from each one's checksum and the second one's length (zlib's adler32_combine). */
export function adler32Combine(first: number, second: number, secondLength: number): number {
  const rem = secondLength % ADLER_BASE;
  let a = first & 0xffff;
  let b = (rem * a) % ADLER_BASE;
  a += (second & 0xffff) + ADLER_BASE - 1;
  b += (first >>> 16) + (second >>> 16) + ADLER_BASE - rem;
  if (a >= ADLER_BASE) a -= ADLER_BASE;
  if (a >= ADLER_BASE) a -= ADLER_BASE;
  if (b >= ADLER_BASE << 1) b -= ADLER_BASE << 1;
  if (b >= ADLER_BASE) b -= ADLER_BASE;
  return ((b << 16) | a) >>> 0;
}

function compress(rows: Buffer, level: number, last: boolean): Promise<Buffer> {
  const finishFlush = last ? constants.Z_FINISH : constants.Z_FULL_FLUSH;
  return new Promise((resolve, reject) => deflateRaw(rows, { level, finishFlush }, (error, out) => (error ? reject(error) : resolve(out))));
}

/** Rows as PNG stores them: each prefixed with its filter type, 0 (none), the usual choice for palette images. */
function filtered(indices: Uint8Array, width: number, colours: number): Buffer {
  const height = indices.length / width;
  const rows = Buffer.alloc((width + 1) * height);
  for (let p = 0; p < indices.length; p++) {
    // An indexed loop: iterating a typed array with for…of cost more than the compression (measured 8 ms a card).
    if (indices[p]! >= colours) throw new RangeError(`palette PNG: index ${indices[p]} outside a palette of ${colours}`);
  }
  for (let y = 0; y < height; y++) rows.set(indices.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  return rows;
}

export interface PngFrame {
  width: number;
  colours: number;
  /** How many rows the band that changes from image to image has. */
  bandRows: number;
  /** Signature, IHDR and PLTE. */
  head: Buffer;
  /** The band as the frame has it, filtered, and the Adler-32 of its first r rows and of its rows from r on. */
  band: Buffer;
  bandPrefixAdler: number[];
  bandSuffixAdler: number[];
  /** The fixed rows above and below the band, compressed, with their checksums. */
  above: Buffer;
  below: Buffer;
  aboveAdler: number;
  belowAdler: number;
  belowLength: number;
  level: number;
  /**
   * When every row of the band is the same (a plain background behind the title), runs of those rows compressed
   * once per length: an image then compresses only the rows it changes, about half the band for a title.
   */
  plainRuns?: Map<number, Promise<Buffer>>;
}

/**
 * Prepares a frame: `indices` (one byte per pixel, row by row, each an index into `palette`) outside rows
 * bandTop … bandTop + bandRows − 1 are what every image drawn with `framedPng` shows there.
 */
export async function pngFrame(width: number, height: number, palette: readonly Rgb[], indices: Uint8Array, bandTop: number, bandRows: number, level = 4): Promise<PngFrame> {
  if (palette.length === 0 || palette.length > 256) throw new RangeError(`palette PNG: ${palette.length} colours; a PNG palette holds 1 to 256`);
  if (indices.length !== width * height) throw new RangeError(`palette PNG: ${indices.length} indices for ${width}×${height} pixels`);
  if (bandTop < 0 || bandRows < 0 || bandTop + bandRows > height) throw new RangeError(`palette PNG: rows ${bandTop}+${bandRows} outside ${height}`);
  const aboveRows = filtered(indices.subarray(0, bandTop * width), width, palette.length);
  const band = filtered(indices.subarray(bandTop * width, (bandTop + bandRows) * width), width, palette.length);
  const stride = width + 1;
  const rowAdler = Array.from({ length: bandRows }, (_, r) => adler32(band.subarray(r * stride, (r + 1) * stride)));
  const bandPrefixAdler = [1];
  for (let r = 0; r < bandRows; r++) bandPrefixAdler.push(adler32Combine(bandPrefixAdler[r]!, rowAdler[r]!, stride));
  const bandSuffixAdler = Array<number>(bandRows + 1).fill(1);
  for (let r = bandRows - 1; r >= 0; r--) bandSuffixAdler[r] = adler32Combine(rowAdler[r]!, bandSuffixAdler[r + 1]!, (bandRows - r - 1) * stride);
  const belowRows = filtered(indices.subarray((bandTop + bandRows) * width), width, palette.length);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per index
  header[9] = 3; // palette colour
  const [above, below] = await Promise.all([compress(aboveRows, level, false), compress(belowRows, level, true)]);
  const firstRow = band.subarray(0, stride);
  let plain = bandRows > 0;
  for (let r = 1; plain && r < bandRows; r++) plain = firstRow.equals(band.subarray(r * stride, (r + 1) * stride));
  return {
    width,
    colours: palette.length,
    bandRows,
    head: Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('PLTE', Buffer.from(palette.flat()))]),
    band,
    bandPrefixAdler,
    bandSuffixAdler,
    above,
    below,
    aboveAdler: adler32(aboveRows),
    belowAdler: adler32(belowRows),
    belowLength: belowRows.length,
    level,
    ...(plain ? { plainRuns: new Map() } : {}),
  };
}

/** `count` rows of a plain band, compressed (and remembered: there are at most as many lengths as band rows). */
function plainRun(frame: PngFrame, count: number): Promise<Buffer> {
  if (count === 0) return Promise.resolve(Buffer.alloc(0));
  let run = frame.plainRuns!.get(count);
  if (!run) {
    // Every row of a plain band is the same, so its first `count` rows are such a run.
    frame.plainRuns!.set(count, (run = compress(frame.band.subarray(0, count * (frame.width + 1)), frame.level, false)));
  }
  return run;
}

/**
 * One image: the frame with `band` (the band's palette indices, row by row) in its place. Only rows
 * `changed[0]` … `changed[1]` − 1 of the band may differ from the frame (the rows a title inked): the others
 * are taken from the frame, checksum included. zlib runs off the main thread. Over a plain band, the zlib stream
 * holds different blocks depending on `changed`; the pixels are the same.
 */
export async function framedPng(frame: PngFrame, band: Uint8Array, changed: readonly [number, number] = [0, frame.bandRows]): Promise<Buffer> {
  const { width, bandRows, colours } = frame;
  if (band.length !== width * bandRows) throw new RangeError(`palette PNG: ${band.length} indices for a band of ${width}×${bandRows} pixels`);
  const [first, end] = changed;
  if (!(first >= 0 && first <= end && end <= bandRows)) throw new RangeError(`palette PNG: changed rows ${first}…${end} outside a band of ${bandRows}`);
  const stride = width + 1;
  // The changed rows, each with its filter byte (0, from alloc).
  const rows = Buffer.alloc((end - first) * stride);
  // One pass over the changed rows: copy, check and checksum together (each its own loop cost as much as zlib).
  let a = frame.bandPrefixAdler[first]! & 0xffff;
  let b = frame.bandPrefixAdler[first]! >>> 16;
  for (let y = first; y < end; y++) {
    // The filter byte (0) of the row, then its indices.
    b = (b + a) % ADLER_BASE;
    for (let x = 0, from = y * width, to = (y - first) * stride + 1; x < width; x++) {
      const index = band[from + x]!;
      if (index >= colours) throw new RangeError(`palette PNG: index ${index} outside a palette of ${colours}`);
      rows[to + x] = index;
      a += index;
      b += a;
    }
    a %= ADLER_BASE;
    b %= ADLER_BASE;
  }
  const changedAdler = ((b << 16) | a) >>> 0;
  const bandAdler = end < bandRows ? adler32Combine(changedAdler, frame.bandSuffixAdler[end]!, (bandRows - end) * stride) : changedAdler;
  let compressed: Buffer[];
  if (frame.plainRuns) {
    compressed = await Promise.all([plainRun(frame, first), compress(rows, frame.level, false), plainRun(frame, bandRows - end)]);
  } else {
    const whole = Buffer.from(frame.band);
    rows.copy(whole, first * stride);
    compressed = [await compress(whole, frame.level, false)];
  }
  const adler = adler32Combine(adler32Combine(frame.aboveAdler, bandAdler, bandRows * stride), frame.belowAdler, frame.belowLength);
  const trailer = Buffer.alloc(4);
  trailer.writeUInt32BE(adler, 0);
  const idat = Buffer.concat([ZLIB_HEADER, frame.above, ...compressed, frame.below, trailer]);
  return Buffer.concat([frame.head, chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}
