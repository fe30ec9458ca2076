import { describe, expect, it } from 'vitest';
import { byNewest, isPublished } from '../src/lib/content/publish';

const now = new Date('2026-11-26T12:00:00Z');
const entry = (draft: boolean, publishedAt?: string) => ({
  data: { draft, ...(publishedAt ? { publishedAt: new Date(publishedAt) } : {}) },
});

describe('isPublished', () => {
  it('hides drafts', () => expect(isPublished(entry(true, '2020-01-01'), now)).toBe(false));
  it('hides future-dated entries until their date', () => {
    expect(isPublished(entry(false, '2026-12-01'), now)).toBe(false);
    expect(isPublished(entry(false, '2026-11-26'), now)).toBe(true);
  });
  it('shows undated data entries', () => expect(isPublished(entry(false), now)).toBe(true));
  it('sorts newest first', () => {
    const list = [entry(false, '2021-01-01'), entry(false, '2023-01-01'), entry(false, '2022-01-01')];
    expect(list.sort(byNewest).map((e) => e.data.publishedAt?.getUTCFullYear())).toEqual([2023, 2022, 2021]);
  });
});
