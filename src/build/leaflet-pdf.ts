/**
 * A leaflet as a PDF of two A5 pages (front and back; two leaflets to an A4 sheet), drawn with pdf-lib in Be
 * Vietnam Pro (TTF from npm, subset and embedded, so Vietnamese text can be extracted and searched). Every page
 * opens with a band naming the agency, or saying that a demo build's leaflet is a demonstration. The body's size is
 * the largest, from 17 pt down to 10 pt, at which everything fits on two pages, so the text fills both; the back
 * ends with the emergency number, the sourced hotlines, a QR code (vector squares) to the full page and the sources.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import type { PDFFont, PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import { createHash } from 'node:crypto';
import { cachedBytes } from './build-cache';
import { WorkerThread } from './worker-thread';
import { issuerOf, type Leaflet } from '../lib/materials/leaflet';
import { t } from '../i18n/vi';

const require = createRequire(import.meta.url);
// Required, not imported: Node finds no named exports in pdf-lib's CommonJS build when the worker thread loads this.
const { PDFDocument, rgb } = require('pdf-lib') as typeof import('pdf-lib');

/** A5 portrait in PDF points (1/72 inch). */
export const A5 = { width: 419.53, height: 595.28 } as const;
export const LEAFLET_PAGES = 2;
/** No type on paper is smaller than this (the small print included); a leaflet that only fits smaller is refused. */
export const MIN_TYPE = 10;
/** The body's largest size: a short leaflet is set large for older eyes, not spread thin. */
const MAX_BODY = 17;
const MARGIN = 22;
const QR = 100;
const BRAND = rgb(0.69, 0.07, 0.09);
const INK = rgb(0.1, 0.1, 0.1);
const WHITE = rgb(1, 1, 1);

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

type Color = 'ink' | 'brand' | 'white';
type Op =
  | { kind: 'text'; text: string; x: number; y: number; size: number; bold: boolean; color: Color }
  | { kind: 'rect'; x: number; y: number; width: number; height: number }
  | { kind: 'qr'; x: number; y: number; size: number };

/**
 * Text widths, measured once per word and weight and added up. pdf-lib shapes the whole string with fontkit on
 * every call, and trying each type size measured the same words again and again: most of a build's leaflet time.
 * Kerning across a space is nil, so a line's width is the sum of its words' and spaces'.
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

/** A piece of the flow that is never cut between pages: a heading, one list item, the headline. */
interface Block {
  ops: (y: number) => Op[];
  height: number;
  /** Space above it, when it does not start a page. */
  gap: number;
  /** A heading stays on the page of the item after it. */
  keepWithNext?: boolean;
  /** For an item: its section's heading marked "(tiếp)", set above it when the item opens the next page. */
  continued?: Block;
}

const LEAD = 1.3;

/** Wrapped text as a block: its lines drawn downwards from the top `y` it is given. */
function textBlock(
  text: string,
  font: PDFFont,
  opts: {
    size: number;
    bold?: boolean;
    color?: Color;
    x: number;
    width: number;
    gap?: number;
    bullet?: string;
    /** Set flush on both sides, every line but the last, so the text block fills its column. */
    justify?: boolean;
  },
  fonts: Fonts,
): Block {
  const indent = opts.bullet ? widthAt(fonts.bold, `${opts.bullet}  `, opts.size) : 0;
  const lines = wrap(text, font, opts.size, opts.width - indent);
  const lead = opts.size * LEAD;
  const draw = (text: string, x: number, y: number): Op => ({
    kind: 'text',
    text,
    x,
    y,
    size: opts.size,
    bold: !!opts.bold,
    color: opts.color ?? 'ink',
  });
  /** One line, or its words spread to the column's width (one operation per word: Tw does not apply to CID fonts). */
  const line = (top: number, text: string, i: number): Op[] => {
    const y = top - (i + 1) * lead + opts.size * 0.3;
    const x = opts.x + indent;
    const words = text.split(' ');
    if (!opts.justify || i === lines.length - 1 || words.length < 2) return [draw(text, x, y)];
    const natural = words.reduce((sum, w) => sum + widthAt(font, w, opts.size), 0);
    const spacing = (opts.width - indent - natural) / (words.length - 1);
    // A line of a few long words would gape: those stay flush left.
    if (spacing > opts.size * 1.2) return [draw(text, x, y)];
    let at = x;
    return words.map((w) => {
      const op = draw(w, at, y);
      at += widthAt(font, w, opts.size) + spacing;
      return op;
    });
  };
  return {
    height: lines.length * lead,
    gap: opts.gap ?? 0,
    ops: (top) => [
      ...(opts.bullet
        ? [
            {
              kind: 'text' as const,
              text: opts.bullet,
              x: opts.x,
              y: top - lead + opts.size * 0.3,
              size: opts.size,
              bold: true,
              color: 'brand' as const,
            },
          ]
        : []),
      ...lines.flatMap((text, i) => line(top, text, i)),
    ],
  };
}

/** The band at the top of every page: the demonstration notice, or the agency. */
function band(leaflet: Leaflet, fonts: Fonts, size: number): { height: number; ops: Op[] } {
  const text = leaflet.demo ? t('leaflet.demoBand') : leaflet.agency;
  const s = Math.max(MIN_TYPE, size * 0.75);
  const block = textBlock(
    text.toUpperCase(),
    fonts.bold,
    { size: s, bold: true, color: 'white', x: MARGIN, width: A5.width - 2 * MARGIN },
    fonts,
  );
  const height = block.height + 12;
  return {
    height,
    ops: [{ kind: 'rect', x: 0, y: A5.height - height, width: A5.width, height }, ...block.ops(A5.height - 6)],
  };
}

/**
 * The foot of the back page, kept whole: the emergency number on red, the sourced hotlines, who issues the
 * leaflet (or that it is a demonstration), a QR code to the full page with its address, and the sources.
 */
function contactBlock(leaflet: Leaflet, fonts: Fonts, size: number, emergency: string): { height: number; ops: Op[] } {
  const width = A5.width - 2 * MARGIN;
  const big = Math.min(size * 2, 30);
  const redHeight = big * LEAD + 12;
  const small = Math.max(MIN_TYPE, size * 0.75);
  const textWidth = width - QR - 12;
  const column: Block[] = [
    ...leaflet.contacts
      .filter((c) => c.number !== emergency)
      .map((c) => textBlock(`${c.label}: ${c.number}`, fonts.regular, { size, x: MARGIN, width: textWidth }, fonts)),
    textBlock(
      issuerOf(leaflet),
      fonts.bold,
      { size: Math.max(MIN_TYPE, size * 0.9), bold: true, x: MARGIN, width: textWidth, gap: 2 },
      fonts,
    ),
    ...(leaflet.unit && !leaflet.demo
      ? [textBlock(leaflet.unit, fonts.regular, { size: small, x: MARGIN, width: textWidth }, fonts)]
      : []),
    textBlock(
      t(leaflet.demo ? 'leaflet.qrDemo' : 'leaflet.qr'),
      fonts.regular,
      { size: small, x: MARGIN, width: textWidth, gap: 4 },
      fonts,
    ),
    textBlock(leaflet.url, fonts.regular, { size: small, x: MARGIN, width: textWidth, color: 'brand' }, fonts),
  ];
  const columnHeight = column.reduce((sum, b) => sum + b.gap + b.height, 0);
  const rowHeight = Math.max(QR, columnHeight);
  const sources = leaflet.sources.length
    ? textBlock(
        `${t('leaflet.sources')}: ${leaflet.sources.join('; ')}.`,
        fonts.regular,
        { size: small, x: MARGIN, width },
        fonts,
      )
    : undefined;
  const height = redHeight + 10 + rowHeight + (sources ? 8 + sources.height : 0);
  const top = MARGIN + height;
  const ops: Op[] = [
    { kind: 'rect', x: MARGIN, y: top - redHeight, width, height: redHeight },
    ...textBlock(
      `${t('leaflet.emergency')} ${emergency}`,
      fonts.bold,
      { size: big, bold: true, color: 'white', x: MARGIN + 10, width: width - 20 },
      fonts,
    ).ops(top - 6),
    { kind: 'qr', x: A5.width - MARGIN - QR, y: top - redHeight - 10 - QR, size: QR },
  ];
  let y = top - redHeight - 10;
  for (const block of column) {
    y -= block.gap;
    ops.push(...block.ops(y));
    y -= block.height;
  }
  if (sources) ops.push(...sources.ops(MARGIN + sources.height));
  return { height, ops };
}

/** The flowing text: the kind, the headline, then each section's heading and items. */
function flow(leaflet: Leaflet, fonts: Fonts, size: number): Block[] {
  const width = A5.width - 2 * MARGIN;
  const blocks: Block[] = [
    textBlock(
      leaflet.kind.toUpperCase(),
      fonts.bold,
      { size: Math.max(MIN_TYPE, size * 0.8), bold: true, color: 'brand', x: MARGIN, width },
      fonts,
    ),
    textBlock(
      leaflet.headline,
      fonts.bold,
      { size: Math.min(size * 1.8, 30), bold: true, x: MARGIN, width, gap: size * 0.3 },
      fonts,
    ),
  ];
  for (const section of leaflet.sections) {
    const heading = (text: string, gap: number) =>
      textBlock(text, fonts.bold, { size: size * 1.2, bold: true, color: 'brand', x: MARGIN, width, gap }, fonts);
    blocks.push({ ...heading(section.heading, size * 0.9), keepWithNext: true });
    const continued = heading(`${section.heading} (${t('leaflet.continued')})`, 0);
    for (const item of section.items)
      blocks.push({
        ...textBlock(
          item,
          fonts.regular,
          { size, x: MARGIN, width, gap: size * 0.35, bullet: '•', justify: true },
          fonts,
        ),
        continued,
      });
  }
  return blocks;
}

/**
 * Every page's drawing operations at one body size, or undefined when the text needs more than two pages. Items
 * are never cut between pages, so no sentence is either; what room is left on a page goes, evenly and within
 * bounds, to the spaces between its blocks, so the text runs from the top of the page to its foot.
 */
function layout(leaflet: Leaflet, fonts: Fonts, size: number, emergency: string): Op[][] | undefined {
  const top = band(leaflet, fonts, size);
  const contact = contactBlock(leaflet, fonts, size, emergency);
  const start = A5.height - top.height - 14;
  const bottoms = [MARGIN, MARGIN + contact.height + 14];
  const blocks = flow(leaflet, fonts, size);
  const pages: Block[][] = [[]];
  let y = start;
  const fits = (height: number) => y - height >= bottoms[pages.length - 1]!;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const next = block.keepWithNext ? blocks[i + 1] : undefined;
    const need = (first: boolean) => (first ? 0 : block.gap) + block.height + (next ? next.gap + next.height : 0);
    if (!fits(need(pages.at(-1)!.length === 0))) {
      if (pages.length === LEAFLET_PAGES) return undefined;
      pages.push([]);
      y = start;
      if (block.continued) {
        y -= block.continued.height;
        pages.at(-1)!.push(block.continued);
      }
      if (!fits(need(!block.continued))) return undefined;
    }
    y -= (pages.at(-1)!.length ? block.gap : 0) + block.height;
    pages.at(-1)!.push(block);
  }
  if (pages.length === 1) pages.push([]);
  return pages.map((blocksOnPage, p) => {
    const used = blocksOnPage.reduce((sum, b, i) => sum + (i ? b.gap : 0) + b.height, 0);
    const gaps = blocksOnPage.length - 1;
    const extra = gaps > 0 ? Math.min((start - bottoms[p]! - used) / gaps, size * 1.5) : 0;
    const ops: Op[] = [...top.ops];
    let at = start;
    blocksOnPage.forEach((block, i) => {
      if (i) at -= block.gap + extra;
      ops.push(...block.ops(at));
      at -= block.height;
    });
    if (p === 1) ops.push(...contact.ops);
    return ops;
  });
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
  headline: 'Mỗi gia đình cùng giữ gìn an ninh, trật tự nơi mình sống.',
  sections: [{ key: 'dos', heading: 'Nên làm', items: ['Báo tin cho Công an xã.'] }],
  demo: false,
  agency: 'Công an tỉnh',
  unit: 'Phòng tham mưu',
  url: 'https://example.org/mo-hinh/ho-an-toan/',
  contacts: [{ label: 'Khẩn cấp', number: '113' }],
  sources: ['Nguồn mẫu'],
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
  for (let size = MAX_BODY; !pages && size >= MIN_TYPE; size -= 0.25) pages = layout(leaflet, fonts, size, emergency);
  if (!pages)
    throw new Error(`Tờ rơi "${leaflet.title}" quá dài để in trên hai trang A5 với chữ từ ${MIN_TYPE} pt trở lên`);
  for (const ops of pages) {
    const page = doc.addPage([A5.width, A5.height]);
    for (const op of ops) {
      if (op.kind === 'qr') drawQr(page, leaflet.url, op.x, op.y, op.size);
      else if (op.kind === 'rect') page.drawRectangle({ ...op, color: BRAND });
      else
        page.drawText(op.text, {
          x: op.x,
          y: op.y,
          size: op.size,
          font: op.bold ? fonts.bold : fonts.regular,
          color: op.color === 'brand' ? BRAND : op.color === 'white' ? WHITE : INK,
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
