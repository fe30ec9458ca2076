import { describe, expect, it } from 'vitest';
import { comparableSeries, seriesByMeasure } from '../src/lib/content/stats';

const fig = (key: string, value: number) => ({ key, label: key, value, unit: 'tin', atLeast: false });

describe('seriesByMeasure', () => {
  it('groups one measure across years in time order', () => {
    const series = seriesByMeasure([
      { year: 2022, place: 'Bắc Kạn', figures: [fig('tin', 700)] },
      { year: 2021, place: 'Bắc Kạn', figures: [fig('tin', 661), fig('sung', 66)] },
    ]);
    expect(series.map((s) => s.key)).toEqual(['tin', 'sung']);
    expect(series[0]?.points).toEqual([
      { label: '2021', value: 661 },
      { label: '2022', value: 700 },
    ]);
  });
  it('names the place when a measure spans several', () => {
    const series = seriesByMeasure([
      { year: 2021, place: 'A', figures: [fig('tin', 1)] },
      { year: 2021, place: 'B', figures: [fig('tin', 2)] },
    ]);
    expect(series[0]?.points.map((p) => p.label)).toEqual(['2021 – A', '2021 – B']);
  });
});

describe('comparableSeries', () => {
  it('keeps only measures with at least two values to compare', () => {
    const series = seriesByMeasure([
      { year: 2021, place: 'Bắc Kạn', figures: [fig('tin', 661), fig('sung', 66)] },
      { year: 2022, place: 'Bắc Kạn', figures: [fig('tin', 700)] },
    ]);
    expect(comparableSeries(series).map((s) => s.key)).toEqual(['tin']);
    expect(comparableSeries(seriesByMeasure([{ year: 2021, place: 'A', figures: [fig('tin', 1)] }]))).toEqual([]);
  });
});
