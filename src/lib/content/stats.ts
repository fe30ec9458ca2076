/** Reshaping the movement's figures for charts: one series per measure, one point per year and place. */

export interface FigureRecord {
  year: number;
  place: string;
  figures: readonly { key: string; label: string; value: number; unit: string; atLeast: boolean }[];
}

export interface Series {
  key: string;
  label: string;
  unit: string;
  points: { label: string; value: number }[];
}

export function seriesByMeasure(records: readonly FigureRecord[]): Series[] {
  const series = new Map<string, Series>();
  const ordered = [...records].sort((a, b) => a.year - b.year);
  for (const record of ordered) {
    for (const f of record.figures) {
      const s = series.get(f.key) ?? { key: f.key, label: f.label, unit: f.unit, points: [] };
      const multiplePlaces =
        new Set(records.filter((r) => r.figures.some((x) => x.key === f.key)).map((r) => r.place)).size > 1;
      s.points.push({
        label: multiplePlaces ? `${record.year} – ${record.place}` : String(record.year),
        value: f.value,
      });
      series.set(f.key, s);
    }
  }
  return [...series.values()];
}

/** A chart compares values: a measure with fewer than two is shown as a figure card, not a lone bar. */
export function comparableSeries(series: readonly Series[]): Series[] {
  return series.filter((s) => s.points.length >= 2);
}
