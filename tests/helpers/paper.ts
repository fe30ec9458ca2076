/**
 * Looking at printed material as paper: each PDF page rendered to an image by poppler's pdftoppm, how much of the
 * page carries ink, the type sizes the PDF sets, the text of each page (pdftotext), and the QR code read back from
 * the image (jsQR), so a test sees what a person holding the sheet would.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import jsQR from 'jsqr';
import { PDFArray, PDFDocument, PDFRawStream, PDFStream, decodePDFRawStream } from 'pdf-lib';
import sharp from 'sharp';

export const pageCount = (pdf: string): number =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);

/** The text of one page (1-based), whitespace folded. */
export const pageText = (pdf: string, page: number): string =>
  execFileSync('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' })
    .replace(/\s+/g, ' ')
    .trim();

/** Words as a reader counts them: runs with a letter or a digit. */
export const wordCount = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Every page of the PDF as a PNG at `dpi`, in a temporary folder the caller removes with `done()`. */
export function renderPages(pdf: string, dpi: number): { files: string[]; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'antq-paper-'));
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', pdf, join(dir, 'page')]);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.png'))
    .sort()
    .map((f) => join(dir, f));
  return { files, done: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Greyscale pixels of a PNG (or of a region of it). */
async function grey(png: string | Buffer, region?: { left: number; top: number; width: number; height: number }) {
  const image = region ? sharp(png).extract(region) : sharp(png);
  const { data, info } = await image.greyscale().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/**
 * Share of the image's area that carries ink: the image is cut into square cells of `cell` pixels, and a cell
 * counts when any of its pixels is darker than light grey (text, rules, the QR code, coloured bands). Text set in
 * lines fills the cells its lines cross; margins, ragged ends of lines and empty space do not.
 */
export async function inkedShare(
  png: string | Buffer,
  cell: number,
  region?: { left: number; top: number; width: number; height: number },
): Promise<number> {
  const { data, width, height } = await grey(png, region);
  let inked = 0;
  let cells = 0;
  for (let top = 0; top + cell <= height; top += cell)
    for (let left = 0; left + cell <= width; left += cell) {
      cells++;
      search: for (let y = top; y < top + cell; y++)
        for (let x = left; x < left + cell; x++)
          if (data[y * width + x]! < 200) {
            inked++;
            break search;
          }
    }
  return inked / cells;
}

/** The text of the first QR code found in the image, or undefined. */
export async function readQr(png: string): Promise<string | undefined> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}

/** The content streams of every page, decoded: the operators that draw it. */
async function contentStreams(pdf: string): Promise<string[][]> {
  const doc = await PDFDocument.load(readFileSync(pdf));
  return doc.getPages().map((page) => {
    const contents = page.node.Contents();
    const refs = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
    return refs.map((ref) => {
      const stream = doc.context.lookup(ref);
      if (stream instanceof PDFRawStream) return Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
      if (stream instanceof PDFStream) return Buffer.from(inflateSync(stream.getContents())).toString('latin1');
      return '';
    });
  });
}

/**
 * Every type size a page sets (the size of each `Tf`), and whether any text or drawing matrix scales what it
 * draws (which would make a `Tf` size say nothing about the size on paper).
 */
export async function typeSizes(pdf: string): Promise<{ sizes: number[]; scaled: boolean }[]> {
  return (await contentStreams(pdf)).map((streams) => {
    const ops = streams.join('\n');
    const sizes = [...ops.matchAll(/([\d.]+) Tf\b/g)].map((m) => Number(m[1]));
    const matrices = [...ops.matchAll(/(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) -?[\d.]+ -?[\d.]+ (?:Tm|cm)\b/g)];
    const scaled = matrices.some(
      ([, a, b, c, d]) => Number(a) !== 1 || Number(b) !== 0 || Number(c) !== 0 || Number(d) !== 1,
    );
    return { sizes, scaled };
  });
}
