/**
 * Share cards (1200×630 PNG) for pages without a cover image, drawn at build time: satori lays the text
 * out with Be Vietnam Pro (a typeface made for Vietnamese, so every tone mark has its glyph) and turns it
 * into vector paths, and sharp rasterizes the SVG. No system font is involved, so the card looks the same
 * on every build machine.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';

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

export async function cardSvg(text: CardText): Promise<string> {
  const emblem = `data:image/svg+xml;base64,${Buffer.from(text.emblemSvg).toString('base64')}`;
  const tree = h(
    'div',
    { width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: '#123a6b', color: '#ffffff', fontFamily: FONT_FAMILY, borderTop: '18px solid #a4221b' },
    [
      h('div', { display: 'flex', alignItems: 'center', gap: 24, padding: '56px 72px 0' }, [
        h('img', { width: 72, height: 84 }, undefined, { src: emblem, width: 72, height: 84 }),
        h('div', { fontSize: 30, fontWeight: 700, color: '#ffcd00', textTransform: 'uppercase', letterSpacing: 1 }, text.eyebrow),
      ]),
      h('div', { display: 'flex', flexGrow: 1, alignItems: 'center', padding: '0 72px' }, [
        h('div', { fontSize: titleSize(text.title), fontWeight: 700, lineHeight: 1.25, lineClamp: 4, display: 'block' }, text.title),
      ]),
      h('div', { display: 'flex', flexDirection: 'column', padding: '28px 72px 48px', background: '#0b2547', fontSize: 28 }, [
        h('div', { fontWeight: 700 }, text.footer),
        h('div', { color: '#c9d6e8', fontSize: 24 }, text.agency),
      ]),
    ],
  );
  return satori(tree as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: loadFonts() });
}

/**
 * A card has a handful of flat colours and anti-aliased text: 16 palette colours without dithering look the same
 * as full colour at a quarter of the bytes; the lowest quantiser effort and zlib level 6 keep it fast (measured:
 * 43 ms a card against 115 ms with the defaults and level 9, for 12 KB instead of 13 KB).
 */
const PNG_OPTIONS = { compressionLevel: 6, palette: true, colours: 16, dither: 0, effort: 1 } as const;

async function renderPng(text: CardText): Promise<Buffer> {
  return sharp(Buffer.from(await cardSvg(text))).png(PNG_OPTIONS).toBuffer();
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
  design ??= cardSvg(REFERENCE_CARD).then((svg) => createHash('sha256').update(svg).update(JSON.stringify(PNG_OPTIONS)).digest('hex'));
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
      await mkdir(cacheDir, { recursive: true });
      // Written under a name of its own and renamed, so a build stopped half-way never leaves a truncated card.
      const partial = `${file}.${process.pid}-${++partials}.tmp`;
      await writeFile(partial, drawn);
      await rename(partial, file);
      return drawn;
    })().finally(() => drawing.delete(file));
    drawing.set(file, png);
  }
  return png;
}
