/**
 * App icons for the web app manifest and home screens, rasterized from the favicon at build time so there
 * is one source drawing. "maskable" icons keep the emblem inside the safe zone on a solid background.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import emblemSvg from '../../../public/favicon.svg?raw';

const ICONS = {
  'icon-192': { size: 192, maskable: false },
  'icon-512': { size: 512, maskable: false },
  'maskable-512': { size: 512, maskable: true },
  'apple-touch-icon': { size: 180, maskable: true },
  // Podcast apps ask for a square picture of at least 1400 px (the bulletins' feed, /phat-thanh/podcast.xml).
  'podcast-1400': { size: 1400, maskable: true },
} as const;
type IconName = keyof typeof ICONS;

export const getStaticPaths = (() =>
  (Object.keys(ICONS) as IconName[]).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { size, maskable } = ICONS[params.name as IconName];
  // Maskable: emblem at 60% so circles and squircles never cut it; plain: emblem fills the square.
  const inner = Math.round(size * (maskable ? 0.6 : 0.92));
  const emblem = await sharp(Buffer.from(emblemSvg), { density: 600 })
    .resize(inner, inner, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png()
    .toBuffer();
  const png = await sharp({
    create: {
      width: size,
      height: size,
      channels: 4,
      background: maskable ? '#123a6b' : { r: 0, g: 0, b: 0, alpha: 0 },
    },
  })
    .composite([{ input: emblem, gravity: 'center' }])
    .png()
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
