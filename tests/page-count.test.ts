import { describe, expect, it } from 'vitest';
import { listPages, predictPageCount, predictPages } from '../src/lib/page-count';

const summary = {
  staticPages: 9,
  articles: [
    { category: 'su-kien', topics: ['Hòa giải ở cơ sở', 'Ma túy'] },
    { category: 'su-kien', topics: ['hoa giai o co so'] },
    { category: 'khen-thuong', topics: [] },
  ],
  profiles: 2,
  guides: 5,
  lessons: [
    { level: 'thcs', grades: [8, 9], topic: 'hoa-giai' },
    { level: 'thpt', grades: [10], topic: 'hoa-giai' },
  ],
  localities: 4,
  categories: ['su-kien', 'khen-thuong', 'canh-bao-toi-pham'],
  pageSize: 2,
};

describe('page count prediction', () => {
  it('paginates with at least one page per list', () => {
    expect([0, 1, 12, 13, 24, 25].map((n) => listPages(n, 12))).toEqual([1, 1, 1, 2, 2, 3]);
  });

  it('counts each route from the content', () => {
    expect(predictPages(summary)).toEqual({
      static: 9,
      'tin-tuc/[...page].astro': 2,
      'tin-tuc/[slug].astro': 3,
      // su-kien: 2 articles → 1 page; khen-thuong: 1; the empty category still has its page.
      'tin-tuc/chuyen-muc/[category]/[...page].astro': 3,
      // Topics that slugify alike are one page.
      'chu-de/[topic].astro': 2,
      'dia-ban/[locality].astro': 4,
      'guong-dien-hinh/[slug].astro': 2,
      'mo-hinh/[slug].astro': 5,
      'hoc-tap/[slug].astro': 2,
      // 2 levels + 3 grades + 1 topic.
      'hoc-tap/[facet]/[value].astro': 6,
    });
    expect(predictPageCount(summary)).toBe(38);
  });
});
