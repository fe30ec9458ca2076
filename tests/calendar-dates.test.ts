import { describe, expect, it } from 'vitest';
import { dataText, impossibleDates, isRealDate } from '../src/lib/content/calendar-dates';
import { findImpossibleDates } from '../src/lib/content/integrity';

describe('calendar dates', () => {
  it.each(['2024-02-29', '2021-12-31', '2026-1-5', '2026-11-27T08:00:00+07:00'])('%s is a real day', (d) =>
    expect(isRealDate(d)).toBe(true),
  );
  it.each(['2021-13-45', '2024-02-31', '2023-02-29', '2021-04-31', '2021-00-10', '2021-01-00'])('%s is not', (d) =>
    expect(isRealDate(d)).toBe(false),
  );

  it('finds impossible dates in front matter by field path, nested and in lists', () => {
    const yaml = [
      'publishedAt: 2024-02-31',
      'updatedAt: 2024-02-29',
      'consent:',
      '  date: 2021-13-45',
      'sources:',
      '  - title: "A"',
      '    date: "2023-02-29"',
      'title: "2024-02-31 là ngày không có"',
    ].join('\n');
    expect(impossibleDates(yaml)).toEqual([
      { field: 'publishedAt', value: '2024-02-31' },
      { field: 'consent.date', value: '2021-13-45' },
      { field: 'sources[0].date', value: '2023-02-29' },
    ]);
  });

  it('reads JSON data files whole and MDX files by their front matter', () => {
    expect(impossibleDates('{"alert": {"expires": "2026-02-30"}}')).toEqual([
      { field: 'alert.expires', value: '2026-02-30' },
    ]);
    expect(dataText('---\na: 1\n---\nbody 2024-02-31', 'x.mdx')).toBe('a: 1');
    expect(dataText('{"a":1}', 'x.json')).toBe('{"a":1}');
  });

  it('names file and field for each entry, reading each file once', () => {
    const files: Record<string, string> = {
      'src/content/articles/a.mdx': '---\npublishedAt: 2021-13-45\n---\n',
      'src/content/laws/b.json': '{"signedAt": "2024-02-31"}',
    };
    const reads: string[] = [];
    const entries = [
      { collection: 'articles', id: 'a', data: {}, filePath: 'src/content/articles/a.mdx' },
      { collection: 'laws', id: 'b', data: {}, filePath: 'src/content/laws/b.json' },
    ];
    const problems = findImpossibleDates(entries, (f) => (reads.push(f), files[f]));
    expect(problems).toEqual([
      { file: 'src/content/articles/a.mdx', field: 'publishedAt', message: 'ngày "2021-13-45" không có trên lịch' },
      { file: 'src/content/laws/b.json', field: 'signedAt', message: 'ngày "2024-02-31" không có trên lịch' },
    ]);
    expect(reads).toHaveLength(2);
  });
});
