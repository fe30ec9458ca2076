/**
 * A leaflet as a PDF of two A5 pages (front and back; two leaflets to an A4 sheet), drawn with pdf-lib in Be
 * Vietnam Pro (TTF from npm, subset and embedded, so Vietnamese text can be extracted and searched). The QR code is
 * drawn as vector squares. The type size is the largest, from 13 pt down, at which everything fits on two pages.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import type { PDFFont, PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import { createHash } from 'node:crypto';
import { cachedBytes } from './build-cache';
import { WorkerThread } from './worker-thread';
import type { Leaflet } from '../lib/materials/leaflet';
import { t } from '../i18n/vi';

const require = createRequire(import.meta.url);
// Required, not imported: Node finds no named exports in pdf-lib's CommonJS build when the worker thread loads this.
const { PDFDocument, rgb } = require('pdf-lib') as typeof import('pdf-lib');

/** A5 portrait in PDF points (1/72 inch). */
export const A5 = { width: 419.53, height: 595.28 } as const;
export const LEAFLET_PAGES = 2;
const MARGIN = 28;
/** Smaller than this is hard to read on paper: a leaflet that only fits smaller is refused. */
const MIN_SIZE = 8;
const BRAND = rgb(0.69, 0.07, 0.09);
const INK = rgb(0.1, 0.1, 0.1);

const FONT_FILES = new Map<string, Buffer>();
const fontFile = (weight: string) => {
  let bytes = FONT_FILES.get(weight);
  if (!bytes)
    FONT_FILES.set(
      weight,
      (bytes = readFileSync(require.resolve(`@expo-google-fonts/be-vietnam-pro/${weight}/BeVietnamPro_${weight}.ttf`))),
    );
  return bytes;
};

/**
 * fontkit with each font file read once for the whole build: pdf-lib parses the file again for every PDF, and
 * decoding its tables was a large share of a leaflet's time. A parsed font only answers questions (glyphs,
 * shaping); each PDF still makes its own subset of it.
 */
const PARSED = new WeakMap<Uint8Array, ReturnType<typeof fontkit.create>>();
const sharedFontkit: typeof fontkit = {
  ...fontkit,
  create: (data, postscriptName) => {
    if (postscriptName) return fontkit.create(data, postscriptName);
    let font = PARSED.get(data);
    if (!font) PARSED.set(data, (font = fontkit.create(data)));
    return font;
  },
};

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

type Op =
  | { kind: 'text'; text: string; x: number; y: number; size: number; bold: boolean; color: 'ink' | 'brand' }
  | { kind: 'qr'; x: number; y: number; size: number };

/**
 * Text widths, measured once per word and weight and added up. pdf-lib shapes the whole string with fontkit on
 * every call, and trying each type size from 13 pt down measured the same words again and again: most of a
 * build's leaflet time. Kerning across a space is nil, so a line's width is the sum of its words' and spaces'.
 */
const WIDTHS = new Map<string, Map<string, number>>();
function widthAt(font: PDFFont, text: string, size: number): number {
  // By the font's name: each PDF embeds its own copy of the same two fonts.
  let memo = WIDTHS.get(font.name);
  if (!memo) WIDTHS.set(font.name, (memo = new Map()));
  let width = memo.get(text);
  if (width === undefined) memo.set(text, (width = font.widthOfTextAtSize(text, 1000) / 1000));
  return width * size;
}

/** A word wider than the line (a long address) in pieces that fit, cut after a "/" where possible. */
function split(word: string, font: PDFFont, size: number, width: number): string[] {
  if (widthAt(font, word, size) <= width) return [word];
  const pieces: string[] = [];
  let rest = word;
  while (font.widthOfTextAtSize(rest, size) > width) {
    let cut = rest.length - 1;
    while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut--;
    const slash = rest.lastIndexOf('/', cut - 1);
    if (slash > cut / 2) cut = slash + 1;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  return [...pieces, rest];
}

/** Lines of at most `width` points, broken at spaces (and inside words too long for a line). */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  const space = widthAt(font, ' ', size);
  let line = '';
  let lineWidth = 0;
  for (const word of text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => split(w, font, size, width))) {
    const wordWidth = widthAt(font, word, size);
    if (line && lineWidth + space + wordWidth > width) {
      lines.push(line);
      line = word;
      lineWidth = wordWidth;
    } else {
      lineWidth = line ? lineWidth + space + wordWidth : wordWidth;
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Every page's drawing operations at one type size, or undefined when they need more than two pages. */
function layout(leaflet: Leaflet, fonts: Fonts, size: number, emergency: string): Op[][] | undefined {
  const pages: Op[][] = [[]];
  const width = A5.width - 2 * MARGIN;
  let y = A5.height - MARGIN;
  const room = (height: number) => {
    if (y - height >= MARGIN) return true;
    if (pages.length === LEAFLET_PAGES) return false;
    pages.push([]);
    y = A5.height - MARGIN;
    return y - height >= MARGIN;
  };
  const paragraph = (
    text: string,
    opts: { size: number; bold?: boolean; color?: 'ink' | 'brand'; indent?: number; gap?: number },
  ) => {
    const font = opts.bold ? fonts.bold : fonts.regular;
    const lead = opts.size * 1.3;
    for (const line of wrap(text, font, opts.size, width - (opts.indent ?? 0))) {
      if (!room(lead)) return false;
      y -= lead;
      pages.at(-1)!.push({
        kind: 'text',
        text: line,
        x: MARGIN + (opts.indent ?? 0),
        y: y + opts.size * 0.25,
        size: opts.size,
        bold: !!opts.bold,
        color: opts.color ?? 'ink',
      });
    }
    y -= opts.gap ?? 0;
    return true;
  };
  let ok = paragraph(`${leaflet.agency.toUpperCase()} · ${leaflet.kind.toUpperCase()}`, {
    size: size * 0.8,
    bold: true,
    color: 'brand',
    gap: 4,
  });
  ok &&= paragraph(leaflet.title, { size: size * 1.6, bold: true, gap: 6 });
  ok &&= paragraph(leaflet.intro, { size, gap: 8 });
  for (const section of leaflet.sections) {
    ok &&= paragraph(section.heading, { size: size * 1.15, bold: true, color: 'brand', gap: 2 });
    section.items.forEach(
      (item, i) => (ok &&= paragraph(`${section.ordered ? `${i + 1}.` : '•'} ${item}`, { size, indent: 6, gap: 3 })),
    );
    y -= 5;
  }
  if (!ok) return undefined;
  // The last block stays whole at the foot of the back page: numbers, agency, QR code to the page.
  const qr = 88;
  const numbers = leaflet.contacts.map((c) => `${c.label}: ${c.number}`);
  const blockHeight = Math.max(qr, size * 2.4 * 1.3 + numbers.length * size * 1.3 * 2 + size * 2.6 * 2) + 10;
  if (pages.length === 1) pages.push([]);
  else if (y - blockHeight < MARGIN) return undefined;
  y = MARGIN + blockHeight;
  const back = pages[1]!;
  back.push({ kind: 'qr', x: A5.width - MARGIN - qr, y: MARGIN + blockHeight - qr - 4, size: qr });
  const textWidth = width - qr - 10;
  let ty = y - 4;
  const line = (text: string, s: number, bold: boolean, color: 'ink' | 'brand') => {
    for (const l of wrap(text, bold ? fonts.bold : fonts.regular, s, textWidth)) {
      ty -= s * 1.3;
      back.push({ kind: 'text', text: l, x: MARGIN, y: ty, size: s, bold, color });
    }
  };
  line(`${t('leaflet.emergency')} ${emergency}`, size * 2, true, 'brand');
  for (const n of numbers) line(n, size, false, 'ink');
  line(leaflet.agency, size, true, 'ink');
  if (leaflet.unit) line(leaflet.unit, size * 0.9, false, 'ink');
  line(`Quét mã QR để đọc bản đầy đủ: ${leaflet.url}`, size * 0.85, false, 'ink');
  return ty < MARGIN ? undefined : pages;
}

function drawQr(page: PDFPage, url: string, x: number, y: number, size: number) {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const cell = size / (modules.size + 4);
  page.drawRectangle({ x, y, width: size, height: size, color: rgb(1, 1, 1) });
  // One rectangle per run of dark modules in a row: a third of the drawing operations of one per module.
  for (let row = 0; row < modules.size; row++)
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      let end = col;
      while (end + 1 < modules.size && modules.get(row, end + 1)) end++;
      page.drawRectangle({
        x: x + (col + 2) * cell,
        y: y + size - (row + 3) * cell,
        width: (end - col + 1) * cell,
        height: cell,
        color: rgb(0, 0, 0),
      });
      col = end;
    }
}

/**
 * One reference leaflet's bytes change with the layout, fonts and pdf-lib's version; their hash is part of every
 * kept leaflet's key, so a changed design draws every leaflet again.
 */
const REFERENCE: Leaflet = {
  kind: 'Tờ rơi',
  title: 'Hộ an toàn, thôn bản bình yên',
  intro: 'Mỗi gia đình cùng giữ gìn an ninh, trật tự nơi mình sống.',
  sections: [{ heading: 'Các bước', ordered: true, items: ['Khóa cổng khi đi vắng.', 'Báo tin cho Công an xã.'] }],
  agency: 'Công an tỉnh',
  unit: 'Phòng tham mưu',
  url: 'https://example.org/mo-hinh/ho-an-toan/',
  contacts: [{ label: 'Khẩn cấp', number: '113' }],
};
let design: Promise<string> | undefined;
const designFingerprint = () =>
  (design ??= drawPdf(REFERENCE, '113', new Date(0)).then((pdf) => createHash('sha256').update(pdf).digest('hex')));

/** What src/build/leaflet-worker.ts is asked to draw. */
export interface LeafletRequest {
  leaflet: Leaflet;
  emergency: string;
  /** ISO date. */
  date: string;
}

/** The one thread leaflets are drawn in, started by the first leaflet asked for with `workerFile`. */
let worker: WorkerThread<LeafletRequest, Uint8Array> | undefined;

/**
 * The leaflet's PDF bytes. `date` fixes the document's dates, so the same content gives the same file. With
 * `cacheDir`, read back if a build already drew the same leaflet with the same design. With `workerFile` (the path
 * of src/build/leaflet-worker.ts), drawn in that worker thread.
 */
export async function leafletPdf(
  leaflet: Leaflet,
  emergency: string,
  date: Date,
  cacheDir?: string,
  workerFile?: string,
): Promise<Uint8Array> {
  const key = [await designFingerprint(), leaflet, emergency, date.toISOString()];
  return cachedBytes(cacheDir, key, 'pdf', () => {
    if (!workerFile) return drawPdf(leaflet, emergency, date);
    worker ??= new WorkerThread(workerFile);
    return worker.run({ leaflet, emergency, date: date.toISOString() });
  });
}

export async function drawPdf(leaflet: Leaflet, emergency: string, date: Date): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(sharedFontkit);
  const fonts = {
    regular: await doc.embedFont(fontFile('400Regular'), { subset: true }),
    bold: await doc.embedFont(fontFile('700Bold'), { subset: true }),
  };
  let pages: Op[][] | undefined;
  for (let size = 13; !pages && size >= MIN_SIZE; size -= 0.5) pages = layout(leaflet, fonts, size, emergency);
  if (!pages) throw new Error(`Tờ rơi "${leaflet.title}" quá dài để in trên hai trang A5`);
  for (const ops of pages) {
    const page = doc.addPage([A5.width, A5.height]);
    for (const op of ops) {
      if (op.kind === 'qr') drawQr(page, leaflet.url, op.x, op.y, op.size);
      else
        page.drawText(op.text, {
          x: op.x,
          y: op.y,
          size: op.size,
          font: op.bold ? fonts.bold : fonts.regular,
          color: op.color === 'brand' ? BRAND : INK,
        });
    }
  }
  doc.setTitle(leaflet.title);
  doc.setAuthor(leaflet.agency);
  doc.setLanguage('vi');
  doc.setCreator(leaflet.agency);
  doc.setProducer('pdf-lib');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  // Without object streams: each is one more deflate, and zlib setup dominated a leaflet's time at thousands.
  return doc.save({ useObjectStreams: false });
}
