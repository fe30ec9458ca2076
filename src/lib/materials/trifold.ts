/**
 * The printed leaflet as an A4 landscape tri-fold: three panels a side, folded at the thirds. The back panel holds
 * the emergency number and the QR code; the leaflet's text runs, in reading order, over the five others: the cover,
 * the three inside panels and the inside flap. It is cut only between items (a heading stays with the item after
 * it and is repeated, marked "tiếp", atop a panel its section continues on), and cut where each panel gets an
 * even share. The type size is the largest at which every panel is estimated to stay within its height, then
 * raised panel by panel where one got less: a short leaflet is set large rather than left two-thirds empty.
 * Estimates count characters per line at an average glyph width of the site's sans-serif faces: pure arithmetic,
 * with room left for the estimate being off.
 */
import type { Leaflet } from './leaflet';

/** Sizes in points, in half points; the page's stylesheet has a rule for each. */
export const TRIFOLD_SIZES = { min: 10.5, max: 20 } as const;

const MM = 72 / 25.4;
/** A4 landscape with 8 mm margins: panels of 83 mm with 16 mm gutters centred on the folds, 185 mm of text height. */
export const TRIFOLD = { panelWidthMm: 83, panelHeightMm: 185 } as const;
const WIDTH = TRIFOLD.panelWidthMm * MM;
const HEIGHT = TRIFOLD.panelHeightMm * MM;

/** The most of a panel's height the estimate may fill, the rest being room for it to be short. */
const MOST = 0.84;
/** Average advance of a character, spaces included, in ems (Noto Sans, Segoe UI and Roboto lie near it). */
const CHAR_EM = 0.555;

export type TrifoldBlock =
  | { kind: 'kind' | 'headline' | 'issuer'; text: string }
  | { kind: 'heading'; text: string; section: string; continued: boolean }
  | { kind: 'item'; text: string; section: string }
  | { kind: 'source'; text: string; section: string };

/** Scale of each kind of block against the body size, its line height and the space above it in ems. */
const METRICS = {
  kind: { scale: 0.85, line: 1.35, gap: 0 },
  headline: { scale: 1.7, line: 1.2, gap: 0.3 },
  issuer: { scale: 0.85, line: 1.35, gap: 0.3 },
  heading: { scale: 1.2, line: 1.35, gap: 0.8 },
  item: { scale: 1, line: 1.35, gap: 0.35 },
  source: { scale: 0.8, line: 1.35, gap: 0.3 },
} as const;

/** Estimated height in points of a block at body size `size`, with the space above it unless it opens a panel. */
export function blockHeight(block: TrifoldBlock, size: number, first: boolean): number {
  const m = METRICS[block.kind];
  const s = size * m.scale;
  // Items hang behind a bullet: about one and a half ems narrower.
  const width = WIDTH - (block.kind === 'item' || block.kind === 'source' ? 1.1 * size : 0);
  const perLine = Math.max(1, Math.floor(width / (s * CHAR_EM)));
  return Math.ceil(block.text.length / perLine) * s * m.line + (first ? 0 : m.gap * size);
}

export interface TrifoldPanel {
  /** Body size in points. */
  size: number;
  blocks: TrifoldBlock[];
  /** Estimated share of the panel's height the blocks take. */
  estimate: number;
}

const panelHeight = (blocks: TrifoldBlock[], size: number) =>
  blocks.reduce((sum, b, i) => sum + blockHeight(b, size, i === 0), 0);

/** The leaflet's text in reading order: the cover's lines, then each section's heading and items, then sources. */
export function trifoldBlocks(leaflet: Leaflet, issuer: string, sourcesHeading: string): TrifoldBlock[] {
  const section = (s: { key: string; heading: string; items: readonly string[] }, kind: 'item' | 'source') => [
    { kind: 'heading' as const, text: s.heading, section: s.key, continued: false },
    ...s.items.map((text) => ({ kind, text, section: s.key })),
  ];
  return [
    { kind: 'kind', text: leaflet.kind },
    { kind: 'headline', text: leaflet.headline },
    { kind: 'issuer', text: issuer },
    ...leaflet.sections.flatMap((s) => section(s, 'item')),
    ...(leaflet.sources.length
      ? section({ key: 'sources', heading: sourcesHeading, items: leaflet.sources }, 'source')
      : []),
  ];
}

/** The blocks cut into `count` panels of about even height at `size`, and whether each then fits its panel. */
function cut(blocks: TrifoldBlock[], size: number, count: number): { panels: TrifoldBlock[][]; fits: boolean } {
  const heights = blocks.map((b) => blockHeight(b, size, false));
  const total = heights.reduce((a, b) => a + b, 0);
  const panels: TrifoldBlock[][] = [[]];
  let done = 0;
  blocks.forEach((block, i) => {
    const current = panels.at(-1)!;
    const target = (total * panels.length) / count;
    // Close the panel before this block when that lands nearer the panel's share than taking it would; never
    // after a heading (it stays with its first item) and never on the last panel.
    const before = Math.abs(target - done);
    const after = Math.abs(target - done - heights[i]!);
    const last = current.at(-1);
    if (current.length && panels.length < count && before < after && last?.kind !== 'heading') {
      const next: TrifoldBlock[] = [];
      if (block.kind !== 'heading' && 'section' in block) {
        const heading = [...blocks.slice(0, i)].reverse().find((b) => b.kind === 'heading');
        if (heading) next.push({ ...heading, continued: true } as TrifoldBlock);
      }
      panels.push(next);
    }
    panels.at(-1)!.push(block);
    done += heights[i]!;
  });
  while (panels.length < count) panels.push([]);
  return { panels, fits: panels.every((p) => panelHeight(p, size) <= HEIGHT * MOST) };
}

/**
 * The five text panels (cover, three inside panels, inside flap), each with its size: the largest common size
 * at which the even cut fits, then each panel's own size raised while it still fits.
 */
export function trifoldPanels(leaflet: Leaflet, issuer: string, sourcesHeading: string): TrifoldPanel[] {
  const blocks = trifoldBlocks(leaflet, issuer, sourcesHeading);
  let size: number = TRIFOLD_SIZES.max;
  let result = cut(blocks, size, 5);
  // A leaflet longer than five panels hold at the smallest size is cut all the same: the print test catches it.
  while (!result.fits && size > TRIFOLD_SIZES.min) result = cut(blocks, (size -= 0.5), 5);
  return result.panels.map((p) => {
    let own = size;
    while (own < TRIFOLD_SIZES.max && panelHeight(p, own + 0.5) <= HEIGHT * MOST) own += 0.5;
    return { size: own, blocks: p, estimate: panelHeight(p, own) / HEIGHT };
  });
}
