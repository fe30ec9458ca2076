import { describe, expect, it } from 'vitest';
import { pagedTitle } from '../src/lib/content/listing';

describe('pagedTitle', () => {
  it('is the list name on the first page and adds the page number from the second on', () => {
    expect(pagedTitle('Tin tức', { currentPage: 1, lastPage: 3 })).toBe('Tin tức');
    expect(pagedTitle('Tin tức', { currentPage: 2, lastPage: 3 })).toBe('Tin tức – Trang 2/3');
  });
});
