import { describe, expect, it } from 'vitest';
import { withParents } from '../src/lib/search/places';

describe('places a search filter matches', () => {
  const units: Record<string, { parents: string[]; successor?: string }> = {
    'thon-khau-ca': { parents: ['xa-cao-son', 'huyen-bach-thong', 'tinh-bac-kan'] },
    'xa-cao-son': { parents: ['huyen-bach-thong', 'tinh-bac-kan'] },
    'huyen-bach-thong': { parents: ['tinh-bac-kan'] },
    'tinh-bac-kan': { parents: [], successor: 'tinh-thai-nguyen' },
    'tinh-thai-nguyen': { parents: [] },
  };
  it('adds every unit above and what a unit was merged into, once each', () => {
    expect(withParents(['thon-khau-ca', 'xa-cao-son'], (id) => units[id])).toEqual([
      'thon-khau-ca',
      'xa-cao-son',
      'huyen-bach-thong',
      'tinh-bac-kan',
      'tinh-thai-nguyen',
    ]);
  });
  it('keeps an unknown id and stops there', () =>
    expect(withParents(['khong-co'], (id) => units[id])).toEqual(['khong-co']));
});
