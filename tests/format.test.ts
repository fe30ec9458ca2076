import { describe, expect, it } from 'vitest';
import { formatDate, formatDateLong, formatNumber, isoDate, phoneText, yearOf } from '../src/lib/text/format';

describe('vi-VN formatting', () => {
  const date = new Date('2026-11-26T00:00:00+07:00');
  it('formats dates', () => {
    expect(formatDate(date)).toBe('26/11/2026');
    expect(formatDateLong(date)).toBe('26 tháng 11 năm 2026');
    const march = new Date('2022-03-15T09:00:00+07:00');
    expect(formatDate(march)).toBe('15/3/2022');
    expect(formatDateLong(march)).toBe('15 tháng 3 năm 2022');
    // 30 June 20:00 UTC is already 1 July in Vietnam.
    expect(formatDate(new Date('2025-06-30T20:00:00Z'))).toBe('1/7/2025');
    expect(isoDate(date)).toBe('2026-11-26');
    expect(yearOf(new Date('2021-12-31T20:00:00Z'))).toBe(2022); // already 1 January in Vietnam
  });
  it('formats numbers', () => {
    expect(formatNumber(43000)).toBe('43.000');
    expect(formatNumber(0.5)).toBe('0,5');
    expect(formatNumber(1310)).toBe('1.310');
  });
  it('keeps phone numbers on one line', () => {
    expect(phoneText(' 069 2593  113 ')).toBe('069\u00a02593\u00a0113');
    expect(phoneText('113')).toBe('113');
  });
});

describe('telHref', () => {
  it('keeps digits and a leading plus', async () => {
    const { telHref } = await import('../src/lib/text/format');
    expect(telHref('069 2593 113')).toBe('tel:0692593113');
    expect(telHref('+84 (209) 387.0113')).toBe('tel:+842093870113');
  });
});

describe('phoneText', () => {
  it('joins digit groups with no-break spaces', async () => {
    const { phoneText } = await import('../src/lib/text/format');
    expect(phoneText(' 069  2593 113 ')).toBe('069\u00a02593\u00a0113');
  });
});
