import { describe, expect, it } from 'vitest';
import { layoutBarChart } from '../src/lib/content/chart';

describe('layoutBarChart', () => {
  it('scales bars to the largest value', () => {
    const chart = layoutBarChart(
      [
        { label: '2021', value: 50 },
        { label: '2022', value: 100 },
      ],
      { width: 400, labelWidth: 100, valueRoom: 100, barHeight: 20, gap: 10 },
    );
    expect(chart.bars.map((b) => b.width)).toEqual([100, 200]);
    expect(chart.bars.map((b) => b.y)).toEqual([0, 30]);
    expect(chart.height).toBe(50);
  });
  it('keeps zero rows visible and copes with no data', () => {
    expect(layoutBarChart([{ label: 'a', value: 0 }]).bars[0]?.width).toBe(2);
    expect(layoutBarChart([]).bars).toEqual([]);
  });
});
