import { describe, expect, it } from 'vitest';
import { distinctLabels, pagedTitle, showImages } from '../src/lib/content/listing';

describe('pagedTitle', () => {
  it('is the list name on the first page and adds the page number from the second on', () => {
    expect(pagedTitle('Tin tức', { currentPage: 1, lastPage: 3 })).toBe('Tin tức');
    expect(pagedTitle('Tin tức', { currentPage: 2, lastPage: 3 })).toBe('Tin tức – Trang 2/3');
  });
});

describe('distinctLabels', () => {
  it('drops a subtitle that repeats the title', () => {
    expect(distinctLabels('Thôn Khau Cà', ['Thôn Khau Cà'])).toEqual([]);
    expect(distinctLabels('Thôn Khau Cà', ['thôn khau cà ', 'Xã Cao Sơn'])).toEqual(['Xã Cao Sơn']);
  });
  it('drops a kicker part the next part starts with', () => {
    expect(distinctLabels('Xã Cao Sơn', ['Tập thể', 'Tập thể xã, huyện Bạch Thông (cũ)'])).toEqual([
      'Tập thể xã, huyện Bạch Thông (cũ)',
    ]);
    expect(distinctLabels('Ông A', ['Cá nhân', 'Trưởng thôn'])).toEqual(['Cá nhân', 'Trưởng thôn']);
    // Only whole words count: "Cá" is not the start of "Cán bộ".
    expect(distinctLabels('B', ['Cá', 'Cán bộ'])).toEqual(['Cá', 'Cán bộ']);
  });
  it('skips empty parts and duplicates', () => {
    expect(distinctLabels('T', [undefined, '', 'A', 'a'])).toEqual(['A']);
  });
});

describe('showImages', () => {
  it('shows images only when every card has one', () => {
    expect(showImages([1, 2], () => true)).toBe(true);
    expect(showImages([1, 2], (n) => n === 1)).toBe(false);
    expect(showImages([], () => true)).toBe(false);
  });
});
