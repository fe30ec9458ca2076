import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { titleSvg, TITLE_HEIGHT, CARD_WIDTH } from '../src/lib/og-card';
import { flattenPath, rasterize, UnsupportedPath } from '../src/lib/raster';

const at = (coverage: Uint8Array, width: number, x: number, y: number) => coverage[y * width + x];

describe('rasterize', () => {
  it('covers a pixel-aligned square fully inside and not at all outside', () => {
    const c = rasterize(['M2 2L6 2L6 6L2 6Z'], 8, 8).data;
    expect([at(c, 8, 2, 2), at(c, 8, 5, 5), at(c, 8, 3, 4)]).toEqual([255, 255, 255]);
    expect([at(c, 8, 1, 2), at(c, 8, 6, 5), at(c, 8, 3, 1), at(c, 8, 3, 6)]).toEqual([0, 0, 0, 0]);
    expect(c.reduce((s, v) => s + v, 0)).toBe(16 * 255);
  });
  it('says which rows it inked, so callers can skip the rest', () => {
    const { data, firstRow, endRow } = rasterize(['M2 2.5L6 2.5L6 5.2L2 5.2Z'], 8, 8);
    expect([firstRow, endRow]).toEqual([2, 6]);
    for (let y = 0; y < 8; y++) {
      const inked = data.subarray(y * 8, y * 8 + 8).some((v) => v > 0);
      expect(inked).toBe(y >= firstRow && y < endRow);
    }
  });
  it('gives a pixel half covered by an edge half its value', () => {
    const c = rasterize(['M2.5 2L6 2L6 6L2.5 6Z'], 8, 8).data;
    expect(at(c, 8, 2, 3)).toBe(128);
    expect(at(c, 8, 3, 3)).toBe(255);
  });
  it('covers the area under a diagonal exactly', () => {
    // A right triangle over a 4×4 box: half its pixels' area, the diagonal pixels half each.
    const c = rasterize(['M0 0L4 4L0 4Z'], 4, 4).data;
    expect(c.reduce((s, v) => s + v, 0) / 255).toBeCloseTo(8, 1);
    expect(at(c, 4, 1, 1)).toBe(128);
  });
  it('leaves a hole where an inner outline runs the other way', () => {
    const c = rasterize(['M0 0L8 0L8 8L0 8Z M2 2L2 6L6 6L6 2Z'], 8, 8).data;
    expect([at(c, 8, 1, 1), at(c, 8, 3, 3), at(c, 8, 7, 7)]).toEqual([255, 0, 255]);
  });
  it('follows a quadratic curve', () => {
    // The curve from (0,8) through control (4,-8) to (8,8) bounds a parabola segment of area 2/3 × 8 × 8.
    const c = rasterize(['M0 8Q4 -8 8 8Z'], 8, 8).data;
    expect(c.reduce((s, v) => s + v, 0) / 255).toBeCloseTo((2 / 3) * 64, 0);
  });
  it('refuses path commands it does not know, so the caller can use a full renderer', () => {
    expect(() => flattenPath('M0 0C1 1 2 2 3 3Z')).toThrow(UnsupportedPath);
    expect(() => flattenPath('M0 0L1')).toThrow(UnsupportedPath);
  });
  it('reads numbers as SVG writes them', () => {
    expect(flattenPath('M1,2 L-3.5 .25 4e1 +2.5E-1 Z')).toEqual([[1, 2, -3.5, 0.25, 40, 0.25]]);
    expect(flattenPath('M0 0 10 0 10 10Z')).toEqual([[0, 0, 10, 0, 10, 10]]);
    expect(() => flattenPath('M0 0L1 -')).toThrow(UnsupportedPath);
    expect(() => flattenPath('M0 0L1 1e')).toThrow(UnsupportedPath);
  });
  it('gives the same coverage whatever it drew before, even after refusing a path', () => {
    const small = ['M1.5 1.5L5 1.5L5 5.5L1.5 5.5Z'];
    const first = rasterize(small, 8, 8);
    rasterize(['M0 0L8 0L8 8L0 8Z', 'M-3 -1L12 4L-2 9Z'], 8, 8);
    expect(() => rasterize(['M2 2L6 3L3 5Z', 'M0 0C1 1 2 2 3 3Z'], 8, 8)).toThrow(UnsupportedPath);
    expect(rasterize(small, 8, 8)).toEqual(first);
    expect(rasterize([], 8, 8).data.every((v) => v === 0)).toBe(true);
  });
  it('matches a general SVG renderer on a Vietnamese title', async () => {
    const svg = await titleSvg('Đảng ủy xã Cao Sơn khen thưởng tổ hòa giải thôn Khau Cà vì giữ bình yên cho bà con');
    const paths = [...svg.matchAll(/<path [^>]*\bd="([^"]*)"/g)].map((m) => m[1]!);
    const ours = rasterize(paths, CARD_WIDTH, TITLE_HEIGHT).data;
    const theirs = await sharp(Buffer.from(svg)).extractChannel(3).raw().toBuffer();
    let sum = 0, far = 0, inked = 0;
    for (let p = 0; p < ours.length; p++) {
      const d = Math.abs(ours[p]! - theirs[p]!);
      sum += d;
      if (d > 32) far++;
      if (theirs[p]! > 128) inked++;
    }
    expect(inked).toBeGreaterThan(10_000);
    expect(sum / ours.length).toBeLessThan(0.5);
    expect(far / inked).toBeLessThan(0.01);
  });
});
