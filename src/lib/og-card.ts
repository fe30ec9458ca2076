/**
 * Share cards (1200×630 PNG) for pages without a cover image, drawn at build time: satori lays the text
 * out with Be Vietnam Pro (a typeface made for Vietnamese, so every tone mark has its glyph) and turns it
 * into vector paths; sharp rasterizes the frame, src/lib/raster.ts the title's outlines. No system font is
 * involved, so the card looks the same on every build machine. About 3,400 cards at 5,000 entries: each one
 * only draws its title (see renderPng), on a worker thread during a build (og-card-pool.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { framedPng, pngFrame, type PngFrame, type Rgb } from './png.ts';
import { rasterize, UnsupportedPath, type Coverage } from './raster.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const require = createRequire(import.meta.url);
const SUBSETS = ['latin', 'latin-ext', 'vietnamese'] as const;
/** One family name per subset: satori picks a glyph from the first family in the list that has it. */
const familyOf = (subset: (typeof SUBSETS)[number]) => `Be Vietnam Pro ${subset}`;
const FONT_FAMILY = SUBSETS.map((s) => `'${familyOf(s)}'`).join(', ');

type Weight = 400 | 700;
let fonts: { name: string; data: Buffer; weight: Weight; style: 'normal' }[] | undefined;

/** Latin, Latin Extended and the Vietnamese subset together cover every letter with its tone marks. */
function loadFonts() {
  fonts ??= SUBSETS.flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: familyOf(subset),
      data: readFileSync(require.resolve(`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

export interface CardText {
  /** Small line above the title: the kind of page. */
  eyebrow: string;
  title: string;
  /** Bottom line: the portal's name. */
  footer: string;
  /** Bottom line, second part: the agency. */
  agency: string;
  /** The site's emblem as SVG text. */
  emblemSvg: string;
}

type Node = { type: string; props: Record<string, unknown> };
const h = (type: string, style: Record<string, unknown>, children?: unknown, extra: Record<string, unknown> = {}): Node => ({
  type,
  props: { style, ...extra, ...(children === undefined ? {} : { children }) },
});

/** Long titles get a smaller size so they fit in four lines. */
export function titleSize(title: string): number {
  const n = [...title].length;
  return n <= 40 ? 72 : n <= 70 ? 60 : n <= 110 ? 50 : 42;
}

/*
 * The card is a fixed frame (band, emblem, kind of page, footer) around a title region of fixed height. The frame
 * is drawn once per kind of page; each card then only lays out and rasterizes its title, and compresses only the
 * rows the title inks. Measured with real titles: about 11 ms of CPU a card (satori 4.5 ms, rasterizing 2 ms,
 * PNG 3.5 ms), against 53 ms for rasterizing and quantising the whole card.
 */
const BAND = 18;
const HEADER = 140;
const FOOTER = 140;
/** Where the title region starts and how tall it is. */
export const TITLE_TOP = BAND + HEADER;
export const TITLE_HEIGHT = CARD_HEIGHT - BAND - HEADER - FOOTER;
const BACKGROUND: Rgb = [0x12, 0x3a, 0x6b];
const TITLE_COLOUR: Rgb = [0xff, 0xff, 0xff];
const hex = (rgb: Rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;

const titleRegion = (title: string) =>
  h('div', { display: 'flex', height: TITLE_HEIGHT, flexShrink: 0, alignItems: 'center', padding: '0 72px' }, [
    h('div', { fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.25, lineClamp: 4, display: 'block' }, title),
  ]);

function frame(text: CardText): Node {
  const emblem = `data:image/svg+xml;base64,${Buffer.from(text.emblemSvg).toString('base64')}`;
  // Heights without vertical padding or borders: satori adds those to a box's height and then shrinks its
  // neighbours, which would move the title region away from TITLE_TOP.
  const fixed = (height: number) => ({ display: 'flex', height, flexShrink: 0, padding: '0 72px' });
  return h('div', { width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: hex(BACKGROUND), color: hex(TITLE_COLOUR), fontFamily: FONT_FAMILY }, [
    h('div', { height: BAND, flexShrink: 0, background: '#a4221b' }),
    h('div', { ...fixed(HEADER), flexDirection: 'column', justifyContent: 'flex-end' }, [
      h('div', { display: 'flex', alignItems: 'center', gap: 24 }, [
        h('img', { width: 72, height: 84 }, undefined, { src: emblem, width: 72, height: 84 }),
        h('div', { fontSize: 30, fontWeight: 700, color: '#ffcd00', textTransform: 'uppercase', letterSpacing: 1 }, text.eyebrow),
      ]),
    ]),
    titleRegion(text.title),
    h('div', { ...fixed(FOOTER), flexDirection: 'column', justifyContent: 'center', background: '#0b2547', fontSize: 28 }, [
      h('div', { fontWeight: 700 }, text.footer),
      h('div', { color: '#c9d6e8', fontSize: 24 }, text.agency),
    ]),
  ]);
}

const render = (tree: Node, height: number) => satori(tree as Parameters<typeof satori>[0], { width: CARD_WIDTH, height, fonts: loadFonts() });

/** The whole card as one SVG: what the fast path below must reproduce (tests compare the two). */
export function cardSvg(text: CardText): Promise<string> {
  return render(frame(text), CARD_HEIGHT);
}

/** The title alone, in the title colour on transparent, the size of the title region. */
export function titleSvg(title: string): Promise<string> {
  return render(h('div', { display: 'flex', flexDirection: 'column', width: '100%', height: '100%', color: hex(TITLE_COLOUR), fontFamily: FONT_FAMILY }, [titleRegion(title)]), TITLE_HEIGHT);
}

/** Shades of the title's anti-aliased edges: 16 steps from the background to the title colour. */
const COVERAGE_STEPS = 16;
/** Bump when the way pixels are produced changes, so cached cards are drawn again. */
const CARD_ENCODING = 'frame 16 colours + 16 title shades from exact-area coverage, framedPng level 4';

interface Frame {
  png: PngFrame;
  /** Palette indices of the title region without a title. */
  band: Uint8Array;
  /** Palette index for each title coverage 1…255: one of 16 shades from the background to the title colour. */
  shade: Uint8Array;
}

/**
 * The frame without a title, reduced to 16 colours once (the quantiser is slow, but runs once per kind of page),
 * with the title's shades added to the same palette and the rows around the title compressed once.
 */
async function drawFrame(text: Omit<CardText, 'title'>): Promise<Frame> {
  const svg = await cardSvg({ ...text, title: '' });
  const quantized = await sharp(Buffer.from(svg)).png({ palette: true, colours: 16, dither: 0, effort: 10 }).toBuffer();
  const { data, info } = await sharp(quantized).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const palette: Rgb[] = [];
  const known = new Map<number, number>();
  const indexOf = (rgb: Rgb) => {
    const key = (rgb[0] << 16) | (rgb[1] << 8) | rgb[2];
    let index = known.get(key);
    if (index === undefined) {
      index = palette.push(rgb) - 1;
      known.set(key, index);
    }
    return index;
  };
  const indices = new Uint8Array(info.width * info.height);
  for (let p = 0; p < indices.length; p++) indices[p] = indexOf([data[p * 3]!, data[p * 3 + 1]!, data[p * 3 + 2]!]);
  const steps = Array.from({ length: COVERAGE_STEPS }, (_, step) => {
    const share = step / (COVERAGE_STEPS - 1);
    const [r, g, b] = BACKGROUND.map((c, i) => Math.round(c + (TITLE_COLOUR[i]! - c) * share));
    return indexOf([r!, g!, b!]);
  });
  const shade = Uint8Array.from({ length: 256 }, (_, alpha) => steps[Math.round((alpha * (COVERAGE_STEPS - 1)) / 255)]!);
  const band = indices.slice(TITLE_TOP * CARD_WIDTH, (TITLE_TOP + TITLE_HEIGHT) * CARD_WIDTH);
  return { png: await pngFrame(CARD_WIDTH, CARD_HEIGHT, palette, indices, TITLE_TOP, TITLE_HEIGHT), band, shade };
}

const frames = new Map<string, Promise<Frame>>();

/**
 * The title's outlines when satori wrote nothing but paths in the title colour (plus the overflow masks it
 * defines and, for plain text, never applies); otherwise undefined and the SVG goes to a general renderer.
 */
export function titleOutlines(svg: string): string[] | undefined {
  const body = /^<svg [^>]*>(.*)<\/svg>$/s.exec(svg)?.[1]?.replace(/<mask [^>]*>(?:<rect [^>]*\/>)*<\/mask>/g, '');
  if (body === undefined) return undefined;
  const path = new RegExp(`^<path fill="${hex(TITLE_COLOUR)}" d="([^"]*)"/>`);
  const outlines: string[] = [];
  for (let rest = body; rest; ) {
    const tag = /^<\/?g>/.exec(rest) ?? path.exec(rest);
    if (!tag) return undefined;
    if (tag[1] !== undefined) outlines.push(tag[1]);
    rest = rest.slice(tag[0].length);
  }
  return outlines;
}

/**
 * How much of each pixel of the title region the title covers: by src/lib/raster.ts when the SVG holds only
 * outlines it reads, by sharp's SVG renderer otherwise.
 */
export async function titleCoverage(svg: string): Promise<Coverage> {
  const outlines = titleOutlines(svg);
  if (outlines) {
    try {
      return rasterize(outlines, CARD_WIDTH, TITLE_HEIGHT);
    } catch (error) {
      if (!(error instanceof UnsupportedPath)) throw error;
    }
  }
  return { data: await sharp(Buffer.from(svg)).extractChannel(3).raw().toBuffer(), firstRow: 0, endRow: TITLE_HEIGHT };
}

async function renderPng(text: CardText): Promise<Buffer> {
  const { title, ...rest } = text;
  const key = JSON.stringify(rest);
  let framing = frames.get(key);
  if (!framing) frames.set(key, (framing = drawFrame(rest)));
  const [{ png, band, shade }, svg] = await Promise.all([framing, titleSvg(title)]);
  // The title's coverage picks a shade for each pixel of the title region.
  const { data: coverage, firstRow, endRow } = await titleCoverage(svg);
  const titled = band.slice();
  for (let p = firstRow * CARD_WIDTH; p < endRow * CARD_WIDTH; p++) if (coverage[p]) titled[p] = shade[coverage[p]!]!;
  return framedPng(png, titled, [firstRow, endRow]);
}

/** A long title on every line of the layout, to fingerprint the design. */
const REFERENCE_CARD: CardText = {
  eyebrow: 'Tấm gương tiêu biểu',
  title: 'Đảng ủy xã Cao Sơn khen thưởng tổ hòa giải thôn Khau Cà vì đã giữ bình yên cho bà con suốt nhiều năm liền, không để xảy ra vụ việc phức tạp',
  footer: 'Toàn dân bảo vệ an ninh Tổ quốc',
  agency: 'Công an tỉnh',
  emblemSvg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#a4221b"/></svg>',
};
let design: Promise<string> | undefined;

/**
 * Fingerprint of everything but the text: the reference card's SVG changes with the layout, colours, fonts,
 * satori's version and the encoding, so a cached card is never reused after any of them changes.
 */
function designFingerprint(): Promise<string> {
  design ??= cardSvg(REFERENCE_CARD).then((svg) => createHash('sha256').update(svg).update(CARD_ENCODING).digest('hex'));
  return design;
}

/**
 * The card as PNG. With `cacheDir` (the build's cache, kept between builds like Astro's image cache), a card
 * already drawn for the same text and design is read back instead of being drawn and encoded again.
 */
const drawing = new Map<string, Promise<Buffer>>();
let partials = 0;

export async function cardPng(text: CardText, cacheDir?: string): Promise<Buffer> {
  if (!cacheDir) return renderPng(text);
  const key = createHash('sha256')
    .update(JSON.stringify([await designFingerprint(), titleSize(text.title), text]))
    .digest('hex');
  const file = join(cacheDir, `${key}.png`);
  try {
    return await readFile(file);
  } catch {
    // not drawn yet
  }
  // Pages render concurrently and two entries may share a card (same name, same kind): draw it once.
  let png = drawing.get(file);
  if (!png) {
    png = (async () => {
      const drawn = await renderPng(text);
      // Written under a name of its own and renamed, so a build stopped half-way never leaves a truncated card.
      const partial = `${file}.${process.pid}-${++partials}.tmp`;
      // The folder is made when a write finds it missing, not before every card (3,000 mkdir calls a build).
      await writeFile(partial, drawn).catch(async (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
        await mkdir(cacheDir, { recursive: true });
        await writeFile(partial, drawn);
      });
      await rename(partial, file);
      return drawn;
    })().finally(() => drawing.delete(file));
    drawing.set(file, png);
  }
  return png;
}
