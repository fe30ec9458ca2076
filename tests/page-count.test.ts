import { describe, expect, it } from 'vitest';
import { listPages, predictPageCount, predictPages } from '../src/lib/content/page-count';

const sentence = 'Người dân trong thôn cùng nhau giữ gìn an ninh, trật tự và báo cho Công an xã khi cần.';
/** A leaflet text long enough to be printed, and one that is not. */
const leaflet = {
  headline: 'Tờ rơi',
  messages: Array(6).fill(sentence),
  dos: Array(6).fill(sentence),
  donts: Array(6).fill(sentence),
  whoToCall: [sentence],
};
const short = {
  ...leaflet,
  messages: ['Một.', 'Hai.', 'Ba.'],
  dos: ['Báo tin.'],
  donts: ['Không.'],
  whoToCall: ['Công an xã.'],
};

const summary = {
  staticPages: 9,
  articles: [
    { category: 'su-kien', topics: ['Hòa giải ở cơ sở', 'Ma túy'], localities: ['thon-a'] },
    { category: 'su-kien', topics: ['hoa giai o co so'], localities: ['thon-a', 'xa-b'] },
    { category: 'khen-thuong', topics: [], localities: ['xa-b'] },
    { category: 'canh-bao-toi-pham', topics: [], localities: [], leaflet },
    { category: 'canh-bao-toi-pham', topics: [], localities: [] },
    { category: 'su-kien', topics: [], localities: [], leaflet },
  ],
  profiles: 2,
  guides: [{ leaflet }, { leaflet: short }, {}, {}, { leaflet }],
  bulletins: 3,
  lessons: [
    { level: 'thcs', grades: [8, 9], topic: 'hoa-giai' },
    { level: 'thpt', grades: [10], topic: 'hoa-giai' },
  ],
  localities: [{ id: 'tinh' }, { id: 'xa-b', parent: 'tinh' }, { id: 'thon-a', parent: 'xa-b' }, { id: 'tinh-khac' }],
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
      'tin-tuc/[...page].astro': 3,
      'tin-tuc/[slug].astro': 6,
      // su-kien: 3 articles → 2 pages; khen-thuong: 1; canh-bao-toi-pham: 2 → 1.
      'tin-tuc/chuyen-muc/[category]/[...page].astro': 4,
      // Topics that slugify alike are one list: hoa-giai-o-co-so has 2 articles (1 page), ma-tuy 1.
      'chu-de/[topic]/[...page].astro': 2,
      // A place lists its units' articles too: tinh 3 → 2 pages, xa-b 3 → 2, thon-a 2 → 1, an empty place 1.
      'dia-ban/[locality]/[...page].astro': 6,
      'guong-dien-hinh/[slug].astro': 2,
      'mo-hinh/[slug].astro': 5,
      'hoc-tap/[slug].astro': 2,
      // A plan and an answer key per lesson.
      'hoc-tap/[slug]/[part].astro': 4,
      // 2 levels + 3 grades + 1 topic.
      'hoc-tap/[facet]/[value].astro': 6,
      'phat-thanh/[slug].astro': 3,
      // A leaflet for the 2 guides and the 1 safety article whose leaflet text is long enough; none for a
      // leaflet too short, a guide without one, or an article outside the safety categories.
      'to-roi/[kind]/[slug].astro': 3,
    });
    expect(predictPageCount(summary)).toBe(55);
  });
});
