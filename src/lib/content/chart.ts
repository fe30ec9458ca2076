/** Geometry of a horizontal bar chart, computed at build time so the page ships an SVG and no script. */

export interface BarInput {
  label: string;
  value: number;
}

export interface Bar extends BarInput {
  y: number;
  width: number;
}

export interface BarChartLayout {
  width: number;
  height: number;
  labelWidth: number;
  barHeight: number;
  bars: Bar[];
}

export function layoutBarChart(
  points: readonly BarInput[],
  { width = 640, labelWidth = 160, barHeight = 28, gap = 12, valueRoom = 110 } = {},
): BarChartLayout {
  const max = Math.max(0, ...points.map((p) => p.value));
  const plotWidth = width - labelWidth - valueRoom;
  const bars = points.map((p, i) => ({
    ...p,
    y: i * (barHeight + gap),
    // A zero still gets a hairline so the row is visibly present.
    width: max > 0 ? Math.max(2, (p.value / max) * plotWidth) : 2,
  }));
  return { width, height: Math.max(barHeight, points.length * (barHeight + gap) - gap), labelWidth, barHeight, bars };
}
