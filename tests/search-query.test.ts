import { fromHtml } from 'hast-util-from-html';
import type { RootContent } from 'hast';
import { describe, expect, it } from 'vitest';
import {
  TIER,
  bestExcerpt,
  buildPasses,
  containsFoldedPhrase,
  excerptParts,
  foldedExcerpt,
  intersectIds,
  mergeResults,
  promoteFoldedPhrase,
  requiredTerms,
  type PassResult,
  wantsFoldedPhrase,
} from '../src/lib/search/query';

const nfd = (s: string) => s.normalize('NFD');

describe('buildPasses', () => {
  it('one normal pass for a single unaccented word', () => {
    expect(buildPasses('hoa')).toEqual([{ term: 'hoa', exactDiacritics: false, tier: TIER.normal }]);
  });

  it('phrase, both tone placements with exact diacritics, then normal', () => {
    expect(buildPasses('hoà giải')).toEqual([
      { term: '"hoà giải"', exactDiacritics: false, tier: TIER.phrase },
      { term: 'hòa giải', exactDiacritics: true, tier: TIER.exactDiacritics },
      { term: 'hoà giải', exactDiacritics: true, tier: TIER.exactDiacritics },
      { term: 'hoà giải', exactDiacritics: false, tier: TIER.normal },
    ]);
  });

  it('exact-diacritics passes for each spelling: two for hóa/hoá, one for quý', () => {
    expect(buildPasses('hóa').map((p) => [p.term, p.tier])).toEqual([
      ['hóa', TIER.exactDiacritics],
      ['hoá', TIER.exactDiacritics],
      ['hóa', TIER.normal],
    ]);
    expect(buildPasses('quý').map((p) => [p.term, p.tier])).toEqual([
      ['quý', TIER.exactDiacritics],
      ['quý', TIER.normal],
    ]);
  });

  it('composes NFD input before searching', () => {
    expect(buildPasses(nfd('tổ hòa giải'))[0]!.term).toBe('"tổ hòa giải"');
  });

  it('quoted input asks for the phrase only', () => {
    expect(buildPasses('"ma túy"')).toEqual([{ term: '"ma túy"', exactDiacritics: false, tier: TIER.phrase }]);
  });

  it('nothing to search for an empty query', () => {
    expect(buildPasses('  "" ')).toEqual([]);
  });
});

describe('mergeResults', () => {
  const run = (tier: number, ids: [string, number][]): PassResult<string> => ({
    pass: { term: '', exactDiacritics: false, tier },
    results: ids.map(([id, score]) => ({ id, score, item: id })),
  });

  it('puts phrase matches first, then exact diacritics, each ordered by normal score', () => {
    const merged = mergeResults([
      run(TIER.phrase, [
        ['c', 1],
        ['d', 1],
      ]),
      run(TIER.exactDiacritics, [['b', 9]]),
      run(TIER.normal, [
        ['a', 10],
        ['b', 5],
        ['c', 2],
        ['d', 3],
        ['e', 1],
      ]),
    ]);
    expect(merged.map((r) => r.id)).toEqual(['d', 'c', 'b', 'a', 'e']);
    expect(merged.map((r) => r.tier)).toEqual([0, 0, 1, 2, 2]);
  });

  it('keeps an explicit sort order', () => {
    expect(
      mergeResults(
        [
          run(TIER.normal, [
            ['z', 1],
            ['a', 9],
          ]),
        ],
        true,
      ).map((r) => r.id),
    ).toEqual(['z', 'a']);
  });
});

/** Pagefind's excerpt HTML as an HTML parser reads it (the search page uses the browser's). */
const textOf = (node: RootContent): string =>
  node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';
function segments(html: string): { text: string; mark: boolean }[] {
  return fromHtml(html, { fragment: true }).children.map((node) => ({
    text: textOf(node),
    mark: node.type === 'element' && node.tagName === 'mark',
  }));
}

describe('excerptParts', () => {
  it('keeps Pagefind marks and decodes entities', () => {
    expect(excerptParts(segments('Tổ <mark>hòa</mark> giải &amp; hỏi'), 'hoa')).toEqual([
      { text: 'Tổ ', mark: false },
      { text: 'hòa', mark: true },
      { text: ' giải & hỏi', mark: false },
    ]);
  });

  it('also marks words that match once đ is folded', () => {
    expect(excerptParts(segments('Đảng ủy và <mark>Nghị</mark> định'), 'dang nghi dinh')).toEqual([
      { text: 'Đảng', mark: true },
      { text: ' ủy và ', mark: false },
      { text: 'Nghị', mark: true },
      { text: ' ', mark: false },
      { text: 'định', mark: true },
    ]);
  });
});

describe('excerpts for matches found through the folded field', () => {
  const content = `Cướp giật, đánh nhau. ${'Mở đầu bài viết. '.repeat(30)}Căn cứ Nghị định số 49/2020/NĐ-CP về tái hòa nhập. Không tự ý đánh đập người bị nghi ngờ. ${'Phần cuối. '.repeat(30)}`;
  const marked = (parts: { text: string; mark: boolean }[]) => parts.filter((p) => p.mark).map((p) => p.text);

  it('centres on the folded word and marks it', () => {
    const parts = foldedExcerpt(content, 'nd-cp', 20)!;
    expect(marked(parts)).toEqual(['49/2020/NĐ-CP']);
    expect(parts[0]!.text.startsWith('… ')).toBe(true);
    expect(parts.at(-1)!.text.endsWith(' …')).toBe(true);
    expect(
      parts
        .map((p) => p.text)
        .join('')
        .split(' ')
        .filter((w) => w !== '…'),
    ).toHaveLength(20);
    expect(foldedExcerpt(content, 'xyz')).toBeUndefined();
  });

  it('picks the place that shows the most query words, not the first', () => {
    expect(marked(foldedExcerpt(content, 'danh dap', 20)!)).toEqual(['đánh', 'đập']);
  });

  it("replaces Pagefind's excerpt only when it misses a query word", () => {
    const pagefind = 'Mở đầu bài viết. Mở <mark>đầu</mark> bài viết.';
    expect(marked(bestExcerpt(segments(pagefind), content, 'danh dap', 20))).toEqual(['đánh', 'đập']);
    const complete = 'Không tự ý <mark>đánh</mark> <mark>đập</mark> người';
    expect(bestExcerpt(segments(complete), content, 'danh dap', 20)).toEqual(
      excerptParts(segments(complete), 'danh dap'),
    );
  });
});

describe('folded phrase for queries typed without diacritics', () => {
  it('applies to two or more unaccented words only', () => {
    expect(wantsFoldedPhrase('dia ban')).toBe(true);
    expect(wantsFoldedPhrase('"dia ban"')).toBe(true);
    expect(wantsFoldedPhrase('địa bàn')).toBe(false);
    expect(wantsFoldedPhrase('dia')).toBe(false);
    // Without a "d", Pagefind's own phrase pass already matches "hòa giải": no page text to fetch and check.
    expect(wantsFoldedPhrase('hoa giai')).toBe(false);
    expect(wantsFoldedPhrase('bao ngay')).toBe(false);
  });
  it('finds the phrase with đ and marks folded, across punctuation and case', () => {
    expect(containsFoldedPhrase('Giữ bình yên cho Địa bàn xã.', 'dia ban')).toBe(true);
    expect(containsFoldedPhrase('Đấu tranh, phòng chống tội phạm', 'dau tranh phong chong')).toBe(true);
    expect(containsFoldedPhrase('địa chỉ của bàn làm việc', 'dia ban')).toBe(false);
    // Whole words: "ban" is not the start of "bàng".
    expect(containsFoldedPhrase('địa bàng', 'dia ban')).toBe(false);
  });
  it('raises pages with the phrase above pages with the separate words, keeping order within a tier', () => {
    const r = (id: string, tier: number) => ({ id, tier, score: 1, item: id });
    const merged = [
      r('words-1', TIER.normal),
      r('words-2', TIER.normal),
      r('phrase-a', TIER.normal),
      r('phrase-b', TIER.normal),
    ];
    const ranked = promoteFoldedPhrase(merged, (x) => x.id.startsWith('phrase'));
    expect(ranked.map((x) => x.id)).toEqual(['phrase-a', 'phrase-b', 'words-1', 'words-2']);
    expect(ranked[0]!.tier).toBe(TIER.phrase);
  });
});

describe('requiredTerms: the whole words every shown result must contain', () => {
  it('one exact search per word, lower case, composed, without repeats', () => {
    expect(requiredTerms('Na Rì')).toEqual(['"na"', '"rì"']);
    expect(requiredTerms(nfd('Vĩnh Thông'))).toEqual(['"vĩnh"', '"thông"']);
    expect(requiredTerms('an ninh an')).toEqual(['"an"', '"ninh"']);
  });

  it('keeps a legal document number whole, never its parts', () => {
    expect(requiredTerms('49/2020/NĐ-CP')).toEqual(['"49/2020/nđ-cp"']);
    expect(requiredTerms('1683/NQ-UBTVQH15 Thái Nguyên')).toEqual(['"1683/nq-ubtvqh15"', '"thái"', '"nguyên"']);
    expect(requiredTerms('Luật 35/2013/QH13')).toEqual(['"luật"', '"35/2013/qh13"']);
  });

  it('splits other tokens at their punctuation and drops what has no letter or digit', () => {
    expect(requiredTerms('tt-bca')).toEqual(['"tt"', '"bca"']);
    expect(requiredTerms('“an ninh”, - ...')).toEqual(['"an"', '"ninh"']);
    expect(requiredTerms('"hòa giải"')).toEqual(['"hòa"', '"giải"']);
    expect(requiredTerms('  ')).toEqual([]);
  });
});

describe('intersectIds', () => {
  it('keeps the ids found by every word', () => {
    expect(intersectIds([new Set(['a', 'b', 'c']), new Set(['b', 'c', 'd']), new Set(['c', 'b'])])).toEqual(
      new Set(['b', 'c']),
    );
  });

  it('a word found nowhere leaves nothing; no words, nothing', () => {
    expect(intersectIds([new Set(['a']), new Set()])).toEqual(new Set());
    expect(intersectIds([])).toEqual(new Set());
  });
});
