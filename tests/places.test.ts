import { describe, expect, it } from 'vitest';
import {
  endedFrom,
  flattenPlaceTree,
  isCurrentUnit,
  placeName,
  placesWithContent,
  placeTree,
} from '../src/lib/content/places';
import { formatDate } from '../src/lib/text/format';
import { entryPath, paths } from '../src/lib/site/urls';

describe('places', () => {
  it('names units with their level', () => {
    expect(placeName('xa', 'Cao Sơn')).toBe('Xã Cao Sơn');
    expect(placeName('thon', 'Khau Cà')).toBe('Thôn Khau Cà');
    expect(placeName('tinh', 'Bắc Kạn')).toBe('Tỉnh Bắc Kạn');
  });
  it('knows when a unit ended', () => {
    const now = new Date('2026-01-01');
    expect(isCurrentUnit(new Date('2025-06-30'), now)).toBe(false);
    expect(isCurrentUnit(undefined, now)).toBe(true);
  });
});

describe('endedFrom', () => {
  it('is the day after the last day a unit existed, in Vietnam', () => {
    // Content dates are read as midnight UTC, 07:00 in Vietnam.
    expect(formatDate(endedFrom(new Date('2025-06-30')))).toBe('1/7/2025');
    expect(formatDate(endedFrom(new Date('2025-12-31')))).toBe('1/1/2026');
  });
});

describe('placesWithContent', () => {
  const parents: Record<string, string> = { xa: 'huyen', thon: 'xa', 'xa-2': 'huyen', huyen: 'tinh' };
  const parentOf = (id: string) => parents[id];
  it('marks a place and every unit above it', () => {
    expect([...placesWithContent(['thon'], parentOf)].sort()).toEqual(['huyen', 'thon', 'tinh', 'xa']);
  });
  it('leaves out places with nothing filed under them', () => {
    const found = placesWithContent(['xa', 'xa'], parentOf);
    expect(found.has('thon')).toBe(false);
    expect(found.has('xa-2')).toBe(false);
    expect(placesWithContent([], parentOf).size).toBe(0);
  });
});

describe('flattenPlaceTree', () => {
  const children: Record<string, { id: string }[]> = {
    tinh: [{ id: 'huyen' }, { id: 'huyen-2' }],
    huyen: [{ id: 'xa' }],
    xa: [{ id: 'thon' }],
  };
  const tree = (keep: (unit: { id: string }) => boolean) =>
    placeTree([{ id: 'tinh' }], (id) => children[id] ?? [], keep);
  it('lists each unit before its sub-units, with its depth', () => {
    expect(flattenPlaceTree(tree(() => true)).map(({ unit, depth }) => [unit.id, depth])).toEqual([
      ['tinh', 0],
      ['huyen', 1],
      ['xa', 2],
      ['thon', 3],
      ['huyen-2', 1],
    ]);
  });
  it('lists only what the tree kept', () => {
    const kept = flattenPlaceTree(tree((unit) => unit.id !== 'xa' && unit.id !== 'huyen-2'));
    expect(kept.map(({ unit }) => unit.id)).toEqual(['tinh', 'huyen']);
    expect(flattenPlaceTree([])).toEqual([]);
  });
});

describe('paths', () => {
  it('builds ASCII paths with trailing slashes', () => {
    expect(paths.topic('Hòa giải ở cơ sở')).toBe('/chu-de/hoa-giai-o-co-so/');
    expect(paths.news(1)).toBe('/tin-tuc/');
    expect(paths.news(3)).toBe('/tin-tuc/3/');
    expect(paths.category('su-kien', 2)).toBe('/tin-tuc/chuyen-muc/su-kien/2/');
    expect(entryPath('guides', 'to-hoa-giai')).toBe('/mo-hinh/to-hoa-giai/');
    expect(() => entryPath('stats', 'x')).toThrow();
  });
});
