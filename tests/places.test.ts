import { describe, expect, it } from 'vitest';
import {
  endedFrom,
  flattenPlaceTree,
  isCurrentUnit,
  placeName,
  byInitial,
  placeArea,
  placeCounts,
  placeTree,
} from '../src/lib/content/places';
import { formatDate } from '../src/lib/text/format';
import { entryPath, paths } from '../src/lib/site/urls';

describe('places', () => {
  it('names units with their level', () => {
    expect(placeName('xa', 'Cao Sơn')).toBe('Xã Cao Sơn');
    expect(placeName('thon', 'Khau Cà')).toBe('Thôn Khau Cà');
    expect(placeName('tinh', 'Bắc Kạn')).toBe('Tỉnh Bắc Kạn');
    expect(placeName('xa', 'Cao Sơn', true)).toBe('Xã Cao Sơn (cũ)');
    expect(placeName('dac-khu', 'Cô Tô')).toBe('Đặc khu Cô Tô');
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

describe('placeCounts', () => {
  // Thôn Khau Cà under xã Vĩnh Thông; xã Cao Sơn (former) under huyện Bạch Thông, now in xã Vĩnh Thông.
  const containers: Record<string, string[]> = {
    'thon-khau-ca': ['xa-vinh-thong'],
    'xa-vinh-thong': ['tinh-thai-nguyen'],
    'xa-cao-son': ['huyen-bach-thong', 'xa-vinh-thong'],
    'huyen-bach-thong': ['tinh-bac-kan', 'tinh-thai-nguyen'],
    'tinh-bac-kan': ['tinh-thai-nguyen'],
  };
  const containersOf = (id: string) => containers[id] ?? [];
  it('counts an item for its place, every unit above it and every unit it became', () => {
    const counts = placeCounts([{ item: 'a', place: 'xa-cao-son' }], containersOf);
    expect(Object.fromEntries(counts)).toEqual({
      'xa-cao-son': 1,
      'huyen-bach-thong': 1,
      'xa-vinh-thong': 1,
      'tinh-bac-kan': 1,
      'tinh-thai-nguyen': 1,
    });
  });
  it('counts an item filed under two places once for a unit both lead to', () => {
    const counts = placeCounts(
      [
        { item: 'a', place: 'xa-cao-son' },
        { item: 'a', place: 'thon-khau-ca' },
        { item: 'b', place: 'thon-khau-ca' },
      ],
      containersOf,
    );
    expect(counts.get('xa-vinh-thong')).toBe(2);
    expect(counts.get('thon-khau-ca')).toBe(2);
    expect(counts.get('xa-cao-son')).toBe(1);
    expect(counts.get('khong-co')).toBeUndefined();
  });
  it('stops on a loop of containers', () => {
    const counts = placeCounts([{ item: 'a', place: 'x' }], (id) => (id === 'x' ? ['y'] : ['x']));
    expect(Object.fromEntries(counts)).toEqual({ x: 1, y: 1 });
  });
});

describe('placeArea', () => {
  const children: Record<string, string[]> = {
    'tinh-thai-nguyen': ['xa-vinh-thong'],
    'xa-vinh-thong': ['thon-khau-ca'],
  };
  const formed: Record<string, string[]> = {
    'xa-vinh-thong': ['xa-cao-son', 'xa-sy-binh'],
    'tinh-thai-nguyen': ['tinh-bac-kan'],
  };
  const area = (id: string) =>
    [
      ...placeArea(
        id,
        (at) => children[at] ?? [],
        (at) => formed[at] ?? [],
      ),
    ].sort();
  it('holds the units below a place and the former units it was formed from', () => {
    expect(area('xa-vinh-thong')).toEqual(['thon-khau-ca', 'xa-cao-son', 'xa-sy-binh', 'xa-vinh-thong']);
    expect(area('tinh-thai-nguyen')).toContain('xa-cao-son');
    expect(area('xa-cao-son')).toEqual(['xa-cao-son']);
  });
});

describe('byInitial', () => {
  it('groups names by their first letter in Vietnamese order, tone marks aside', () => {
    const groups = byInitial(['Đồng Hỷ', 'Dân Tiến', 'Úc Kỳ', 'Ôn Lương', 'Vĩnh Thông', 'An Khánh', 'Ba Bể'], (n) => n);
    expect(groups.map((g) => g.letter)).toEqual(['A', 'B', 'D', 'Đ', 'Ô', 'U', 'V']);
    expect(groups.find((g) => g.letter === 'U')!.units).toEqual(['Úc Kỳ']);
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
