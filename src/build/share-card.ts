/**
 * Share cards (1200×630 PNG) for pages without a cover image: satori lays the card out with Be Vietnam Pro (a
 * typeface made for Vietnamese, so every tone mark has its glyph, drawn as outlines) and sharp turns its SVG into a
 * PNG. No system font is involved, so a card looks the same on every build machine. Drawn cards are kept between
 * builds.
 */
import type { CardText } from '../lib/reach/share-card-text';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cachedBytes } from './build-cache';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const require = createRequire(import.meta.url);
const SUBSETS = ['latin', 'latin-ext', 'vietnamese'] as const;
/** One family name per subset: satori picks a glyph from the first family in the list that has it. */
const familyOf = (subset: (typeof SUBSETS)[number]) => `Be Vietnam Pro ${subset}`;
const FONT_FAMILY = SUBSETS.map((s) => `'${familyOf(s)}'`).join(', ');

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

/** Latin, Latin Extended and the Vietnamese subset together cover every letter with its tone marks. */
function loadFonts() {
  fonts ??= SUBSETS.flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: familyOf(subset),
      data: readFileSync(
        require.resolve(`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}-normal.woff`),
      ),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

export type { CardText };

type Node = { type: string; props: Record<string, unknown> };
const h = (
  type: string,
  style: Record<string, unknown>,
  children?: unknown,
  extra: Record<string, unknown> = {},
): Node => ({
  type,
  props: { style, ...extra, ...(children === undefined ? {} : { children }) },
});

/** Long titles get a smaller size so they fit in four lines. */
export function titleSize(title: string): number {
  const n = [...title].length;
  return n <= 40 ? 72 : n <= 70 ? 60 : n <= 110 ? 50 : 42;
}

/**
 * Where the emblem goes: the left margin, at the foot of the header band (below the red stripe). It is the tallest
 * item of its row (the eyebrow beside it is 30 px type), so its box ends where the band does.
 */
const MARGIN = 72;
const STRIPE = 18;
const HEADER = 140;
const EMBLEM_SIZE = { width: 72, height: 84 };
const EMBLEM = { ...EMBLEM_SIZE, left: MARGIN, top: STRIPE + HEADER - EMBLEM_SIZE.height };

function card(text: CardText): Node {
  const band = (height: number) => ({ display: 'flex', height, flexShrink: 0, padding: `0 ${MARGIN}px` });
  return h(
    'div',
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      background: '#123a6b',
      color: '#ffffff',
      fontFamily: FONT_FAMILY,
    },
    [
      h('div', { height: STRIPE, flexShrink: 0, background: '#a4221b' }),
      h('div', { ...band(HEADER), flexDirection: 'column', justifyContent: 'flex-end' }, [
        h('div', { display: 'flex', alignItems: 'center', gap: 24 }, [
          // The emblem's place; its pixels are laid over the card afterwards (renderPng).
          h('div', { width: EMBLEM.width, height: EMBLEM.height, flexShrink: 0 }),
          h(
            'div',
            { fontSize: 30, fontWeight: 700, color: '#ffcd00', textTransform: 'uppercase', letterSpacing: 1 },
            text.eyebrow,
          ),
        ]),
      ]),
      h('div', { ...band(332), alignItems: 'center' }, [
        h(
          'div',
          { fontSize: titleSize(text.title), fontWeight: 700, lineHeight: 1.25, lineClamp: 4, display: 'block' },
          text.title,
        ),
      ]),
      h(
        'div',
        { ...band(140), flexDirection: 'column', justifyContent: 'center', background: '#0b2547', fontSize: 28 },
        [h('div', { fontWeight: 700 }, text.footer), h('div', { color: '#c9d6e8', fontSize: 24 }, text.agency)],
      ),
    ],
  );
}

/** The card as SVG, text drawn as glyph outlines, the emblem's place left empty. */
export function cardSvg(text: CardText): Promise<string> {
  return satori(card(text) as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: loadFonts(),
  });
}

/** Bump when the way pixels are produced from the SVG changes, so cached cards are drawn again. */
const ENCODING = 'sharp (librsvg), emblem composited, RGB PNG';

const emblems = new Map<string, Promise<Buffer>>();
/** The emblem drawn once, at its size on the card (a density that draws it that tall, so nothing is resampled). */
function emblemPng(svg: string): Promise<Buffer> {
  const draw = async () => {
    const { height = EMBLEM.height } = await sharp(Buffer.from(svg)).metadata();
    const density = (72 * EMBLEM.height) / height;
    return sharp(Buffer.from(svg), { density }).resize(EMBLEM.width, EMBLEM.height, { fit: 'fill' }).png().toBuffer();
  };
  if (!emblems.has(svg)) emblems.set(svg, draw());
  return emblems.get(svg)!;
}

/**
 * Rasterised and compressed by sharp on libuv's threads, so the build renders other pages meanwhile. resvg-js
 * rasterised as well, but handing its pixels back copied 3 MB a card on the main thread, which at thousands of
 * cards cost more than drawing them. Full colour, not a palette: quantising takes longer than the rest. The emblem
 * is laid over the raster instead of going into the SVG as an image, which satori clips with a mask that makes
 * librsvg draw the whole card twice (more than half the time of a card).
 */
async function renderPng(text: CardText): Promise<Uint8Array> {
  const [svg, emblem] = await Promise.all([cardSvg(text), emblemPng(text.emblemSvg)]);
  return sharp(Buffer.from(svg))
    .composite([{ input: emblem, left: EMBLEM.left, top: EMBLEM.top }])
    .removeAlpha()
    .png()
    .toBuffer();
}

/**
 * One reference card's SVG changes with the layout, colours, fonts and satori's version; its hash is part of every
 * cached card's key, so a changed design draws every card again.
 */
const REFERENCE: CardText = {
  eyebrow: 'Tin tức',
  title: 'Hộ an toàn, thôn bản bình yên: ngày hội toàn dân bảo vệ an ninh Tổ quốc ở mỗi khu dân cư',
  footer: 'Toàn dân bảo vệ an ninh Tổ quốc',
  agency: 'Công an tỉnh',
  emblemSvg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>',
};
let design: Promise<string> | undefined;
const designFingerprint = () =>
  (design ??= cardSvg(REFERENCE).then((svg) => createHash('sha256').update(svg).update(ENCODING).digest('hex')));

/** The card as PNG; with `cacheDir`, read back if a build already drew the same text with the same design. */
export async function cardPng(text: CardText, cacheDir?: string): Promise<Uint8Array> {
  return cachedBytes(cacheDir, [await designFingerprint(), text], 'png', () => renderPng(text));
}
