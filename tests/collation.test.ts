import { describe, expect, it } from 'vitest';
import { collationRanks, comparePersonNames, compareVi, sortByVi } from '../src/lib/text/collation';

describe('Vietnamese collation', () => {
  it('puts Đ after D, not after Z', () => {
    expect(sortByVi(['Đồng Hỷ', 'Yên Bái', 'Dân Tiến', 'Ân Thi'], (s) => s)).toEqual([
      'Ân Thi',
      'Dân Tiến',
      'Đồng Hỷ',
      'Yên Bái',
    ]);
    expect(compareVi('Đ', 'Z')).toBeLessThan(0);
  });
  it('orders people by given name (last word)', () => {
    const people = ['Triệu Hữu Thanh', 'Nguyễn Bằng Giang', 'Lê Văn An', 'Hoàng Thị An'];
    expect([...people].sort(comparePersonNames)).toEqual([
      'Hoàng Thị An',
      'Lê Văn An',
      'Nguyễn Bằng Giang',
      'Triệu Hữu Thanh',
    ]);
  });
  it('ranks values for numeric sorting', () => {
    const ranks = collationRanks(['Đồng', 'Dung', 'An', 'Đồng']);
    expect([...ranks.entries()]).toEqual([
      ['An', 1],
      ['Dung', 2],
      ['Đồng', 3],
    ]);
  });
});
