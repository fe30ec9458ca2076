import { describe, expect, it } from 'vitest';
import { withParents } from '../src/lib/search/places';

describe('places a search filter matches', () => {
  const units: Record<string, { parents: string[]; successors?: string[] }> = {
    'thon-khau-ca': { parents: ['xa-vinh-thong', 'tinh-thai-nguyen'] },
    'xa-cao-son': { parents: ['huyen-bach-thong', 'tinh-bac-kan'], successors: ['xa-vinh-thong'] },
    'xa-thuong-dinh': { parents: [], successors: ['xa-phu-binh', 'xa-diem-thuy'] },
    'huyen-bach-thong': { parents: ['tinh-bac-kan'], successors: ['tinh-thai-nguyen'] },
    'tinh-bac-kan': { parents: [], successors: ['tinh-thai-nguyen'] },
    'xa-vinh-thong': { parents: ['tinh-thai-nguyen'] },
    'tinh-thai-nguyen': { parents: [] },
  };
  it('adds every unit above and what a unit was merged into, once each', () => {
    expect(withParents(['thon-khau-ca', 'xa-cao-son'], (id) => units[id])).toEqual([
      'thon-khau-ca',
      'xa-cao-son',
      'xa-vinh-thong',
      'tinh-thai-nguyen',
      'huyen-bach-thong',
      'tinh-bac-kan',
    ]);
  });
  it('follows every successor of a unit that was split', () =>
    expect(withParents(['xa-thuong-dinh'], (id) => units[id])).toEqual([
      'xa-thuong-dinh',
      'xa-phu-binh',
      'xa-diem-thuy',
    ]));
  it('keeps an unknown id and stops there', () =>
    expect(withParents(['khong-co'], (id) => units[id])).toEqual(['khong-co']));
});
