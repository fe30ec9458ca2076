/**
 * A small scanline rasteriser for filled outlines: glyph paths as satori writes them (absolute M, L, Q, Z).
 * It computes each pixel's exact covered area (the accumulation method of font-rs and ab_glyph), so a card's
 * title costs about 2 ms instead of 15 ms through an SVG parser and a general renderer.
 */

/** Why an outline could not be read: the caller falls back to a general SVG renderer. */
export class UnsupportedPath extends Error {}

const isSpace = (c: number) => c === 32 || c === 44 || c === 10 || c === 13 || c === 9; // space , \n \r \t
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Parses absolute M/L/Q/Z path data into closed polygons, curves flattened, as flat [x0, y0, x1, y1, …] lists.
 * Numbers are read character by character: tokenising with a regular expression took a third of a title's time.
 */
export function flattenPath(d: string): number[][] {
  const n = d.length;
  let i = 0;
  const skipSpace = () => {
    while (i < n && isSpace(d.charCodeAt(i))) i++;
  };
  const number = (): number => {
    skipSpace();
    const start = i;
    let c = d.charCodeAt(i);
    const negative = c === 45;
    if (negative || c === 43) c = d.charCodeAt(++i);
    let whole = 0, fraction = 0, scale = 1, digits = 0;
    for (; isDigit(c); c = d.charCodeAt(++i), digits++) whole = whole * 10 + (c - 48);
    if (c === 46) for (c = d.charCodeAt(++i); isDigit(c); c = d.charCodeAt(++i), digits++) (fraction = fraction * 10 + (c - 48)), (scale *= 10);
    if (c === 101 || c === 69) {
      // An exponent (satori never writes one): let Number read the whole token.
      const token = /^[-+]?(?:\d+\.?\d*|\.\d+)[eE][-+]?\d+/.exec(d.slice(start))?.[0];
      if (!token) throw new UnsupportedPath(`path data: malformed number at ${start}`);
      i = start + token.length;
      return Number(token);
    }
    if (digits === 0) throw new UnsupportedPath(`path data: expected a number, found ${i < n ? d[i] : 'the end'}`);
    const value = whole + fraction / scale;
    return negative ? -value : value;
  };
  const contours: number[][] = [];
  let current: number[] | undefined;
  let x = 0, y = 0;
  const close = () => {
    if (current && current.length >= 6) contours.push(current);
    current = undefined;
  };
  let command = '';
  for (skipSpace(); i < n; skipSpace()) {
    const c = d.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) command = d[i++]!;
    else if (command === 'M') command = 'L'; // further pairs after a moveto are linetos
    switch (command) {
      case 'M':
        close();
        x = number();
        y = number();
        current = [x, y];
        break;
      case 'L':
        x = number();
        y = number();
        current?.push(x, y);
        break;
      case 'Q': {
        const cx = number(), cy = number(), ex = number(), ey = number();
        // As many straight pieces as the curve's bend needs to stay within a small fraction of a pixel.
        const ddx = x - 2 * cx + ex, ddy = y - 2 * cy + ey;
        const steps = Math.max(1, Math.ceil(Math.sqrt(Math.sqrt(ddx * ddx + ddy * ddy) * 3)));
        for (let s = 1; s <= steps; s++) {
          const t = s / steps, u = 1 - t;
          current?.push(u * u * x + 2 * u * t * cx + t * t * ex, u * u * y + 2 * u * t * cy + t * t * ey);
        }
        x = ex;
        y = ey;
        break;
      }
      case 'Z':
      case 'z':
        close();
        command = '';
        break;
      default:
        throw new UnsupportedPath(`path data: command ${command || d[i]} is not supported`);
    }
  }
  close();
  return contours;
}

/** Adds one edge's signed area to the accumulation buffer (one float per pixel, plus slack at the end). */
function edge(acc: Float32Array, width: number, height: number, ax: number, ay: number, bx: number, by: number) {
  if (ay === by) return;
  const down = ay < by;
  const dir = down ? 1 : -1;
  const x0 = down ? ax : bx, y0 = down ? ay : by, x1 = down ? bx : ax, y1 = down ? by : ay;
  const dxdy = (x1 - x0) / (y1 - y0);
  let x = y0 < 0 ? x0 - y0 * dxdy : x0;
  for (let row = Math.max(0, Math.floor(y0)); row < Math.min(height, Math.ceil(y1)); row++) {
    const dy = Math.min(row + 1, y1) - Math.max(row, y0);
    const next = x + dxdy * dy;
    const d = dy * dir;
    // Clamped to the image: an outline past the right edge still closes its rows.
    const left = Math.min(Math.max(Math.min(x, next), 0), width);
    const right = Math.min(Math.max(Math.max(x, next), 0), width);
    const line = row * width;
    const leftFloor = Math.floor(left);
    const rightCeil = Math.ceil(right);
    if (rightCeil <= leftFloor + 1) {
      // Within one pixel: the part of the row's area left of the edge's midpoint lands in it, the rest in the next.
      const mid = 0.5 * (left + right) - leftFloor;
      acc[line + leftFloor] = acc[line + leftFloor]! + d - d * mid;
      acc[line + leftFloor + 1] = acc[line + leftFloor + 1]! + d * mid;
    } else {
      const s = 1 / (right - left);
      const leftFrac = left - leftFloor;
      const first = 0.5 * s * (1 - leftFrac) * (1 - leftFrac);
      const rightFrac = right - rightCeil + 1;
      const last = 0.5 * s * rightFrac * rightFrac;
      acc[line + leftFloor] = acc[line + leftFloor]! + d * first;
      if (rightCeil === leftFloor + 2) {
        acc[line + leftFloor + 1] = acc[line + leftFloor + 1]! + d * (1 - first - last);
      } else {
        const second = s * (1.5 - leftFrac);
        acc[line + leftFloor + 1] = acc[line + leftFloor + 1]! + d * (second - first);
        for (let column = leftFloor + 2; column < rightCeil - 1; column++) acc[line + column] = acc[line + column]! + d * s;
        const beforeLast = second + (rightCeil - leftFloor - 3) * s;
        acc[line + rightCeil - 1] = acc[line + rightCeil - 1]! + d * (1 - beforeLast - last);
      }
      acc[line + rightCeil] = acc[line + rightCeil]! + d * last;
    }
    x = next;
  }
}

/** Coverage (0 to 255) of each pixel, row by row; rows outside firstRow … endRow − 1 are all 0. */
export interface Coverage {
  data: Uint8Array;
  firstRow: number;
  endRow: number;
}

/** One accumulation buffer per thread, all zeros between calls (a fresh one is 1.6 MB for each card title). */
let scratch: Float32Array | undefined;

/**
 * Coverage of each pixel of a width×height image by the filled outlines in `paths` (SVG path data), non-zero
 * fill. Overlapping outlines of the same direction count once, as in an SVG renderer.
 */
export function rasterize(paths: readonly string[], width: number, height: number): Coverage {
  // Every outline is read before anything is drawn, so a path refused half-way leaves the buffer clean.
  const outlines = paths.flatMap(flattenPath);
  const size = width * height + width + 2;
  if (!scratch || scratch.length < size) scratch = new Float32Array(size);
  const acc = scratch;
  let top = Infinity, bottom = -Infinity;
  for (const points of outlines) {
    const n = points.length;
    for (let p = 0; p < n; p += 2) {
      const y = points[p + 1]!;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
      edge(acc, width, height, points[p]!, y, points[(p + 2) % n]!, points[(p + 3) % n]!);
    }
  }
  const data = new Uint8Array(width * height);
  const firstRow = Math.max(0, Math.min(height, Math.floor(top)));
  const endRow = Math.max(firstRow, Math.min(height, Math.ceil(bottom)));
  let sum = 0;
  // Each row of a closed outline sums to zero, so one running sum over the inked rows gives every pixel's area.
  for (let p = firstRow * width; p < endRow * width; p++) {
    sum += acc[p]!;
    const area = sum < 0 ? -sum : sum;
    data[p] = area >= 1 ? 255 : (area * 255 + 0.5) | 0;
  }
  // Edges only write the rows they cross, and the pixel after a row's last: zero that range for the next call.
  acc.fill(0, firstRow * width, Math.min(size, endRow * width + width + 2));
  return { data, firstRow, endRow };
}
