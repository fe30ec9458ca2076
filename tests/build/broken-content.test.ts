/**
 * Bad input fails the build with a message naming the file and the field. Each case adds one broken entry
 * (from tests/fixtures/broken/) to a scratch copy of the project and runs `astro sync` on it: the whole-content
 * check (src/integrations/content-check.ts) runs before Astro reads content, in `astro build` as in `astro sync`.
 * A last case adds every broken entry at once: one run reports them all, grouped by file.
 */
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/preview';
import { makeScratchCopy, type Scratch } from '../helpers/scratch';

const FIXTURES = join(ROOT, 'tests/fixtures/broken');

interface Case {
  name: string;
  /** Fixture file and where it goes in the copy. */
  fixture: string;
  target: string;
  expected: RegExp[];
}

const CASES: Case[] = [
  {
    name: 'misspelt frontmatter field',
    fixture: 'unknown-field.mdx',
    target: 'src/content/articles/unknown-field.mdx',
    expected: [/unknown-field/, /titel/],
  },
  {
    name: 'unknown category',
    fixture: 'unknown-category.mdx',
    target: 'src/content/articles/unknown-category.mdx',
    expected: [/unknown-category/, /category/, /tin-vui/],
  },
  {
    name: 'impossible date',
    fixture: 'bad-date.mdx',
    target: 'src/content/articles/bad-date.mdx',
    expected: [/bad-date/, /publishedAt/],
  },
  {
    name: 'cover without alt text',
    fixture: 'missing-alt.mdx',
    target: 'src/content/articles/missing-alt.mdx',
    expected: [/missing-alt/, /cover/, /alt/],
  },
  {
    name: 'individual without consent',
    fixture: 'no-consent.mdx',
    target: 'src/content/profiles/no-consent.mdx',
    expected: [/no-consent/, /consent/],
  },
  {
    name: 'lesson quiz answer not among its options',
    fixture: 'lesson-wrong-answer.mdx',
    target: 'src/content/guides/lesson-wrong-answer.mdx',
    expected: [
      /lesson-wrong-answer/,
      /lesson\.quiz\[0\]\.answer/,
      /Đáp án đúng: "Ba người" không nằm trong các phương án/,
    ],
  },
  {
    name: 'lesson without objectives',
    fixture: 'lesson-no-objectives.mdx',
    target: 'src/content/guides/lesson-no-objectives.mdx',
    expected: [/lesson-no-objectives/, /lesson\.objectives/, /Mục tiêu bài học: bắt buộc/],
  },
  {
    name: 'two files with one slug',
    fixture: 'duplicate.mdx',
    target: 'src/content/guides/Tổ hòa giải.mdx',
    expected: [/to-hoa-giai/, /Tổ hòa giải\.mdx|T.*h.*a gi.*i\.mdx/],
  },
  {
    name: 'reference to a missing entry',
    fixture: 'broken-reference.mdx',
    target: 'src/content/articles/broken-reference.mdx',
    expected: [/src\/content\/articles\/broken-reference\.mdx/, /relatedGuides\[0\]/, /khong-ton-tai/],
  },
  {
    name: 'personal phone number in an article',
    fixture: 'personal-phone.mdx',
    target: 'src/content/articles/personal-phone.mdx',
    expected: [/src\/content\/articles\/personal-phone\.mdx → body \(dòng 16\): "0912 345 678"/],
  },
  {
    name: 'decomposed (NFD) text',
    fixture: 'nfd.mdx',
    target: 'src/content/articles/nfd.mdx',
    expected: [/src\/content\/articles\/nfd\.mdx/, /title/, /NFC/],
  },
  // YAML turns 2024-02-31 into 2 March before the schema sees it: the file's own text is checked, every date at once.
  {
    name: 'dates that are not on the calendar',
    fixture: 'impossible-dates.mdx',
    target: 'src/content/articles/impossible-dates.mdx',
    expected: [
      /src\/content\/articles\/impossible-dates\.mdx → publishedAt: ngày "2024-02-31" không có trên lịch/,
      /impossible-dates\.mdx → sources\[0\]\.date: ngày "2021-13-45" không có trên lịch/,
    ],
  },
  {
    name: 'citation of an unknown legal document',
    fixture: 'unknown-law.mdx',
    target: 'src/content/articles/unknown-law.mdx',
    expected: [/src\/content\/articles\/unknown-law\.mdx/, /laws\[0\]/, /"99-2099-qh99" trong "laws" không tồn tại/],
  },
  {
    name: 'legal document number that does not match its type',
    fixture: 'bad-law-number.json',
    target: 'src/content/laws/49-2020-nd-cp-sai.json',
    expected: [/49-2020-nd-cp-sai/, /number/, /ký hiệu "ND-CP" không khớp loại văn bản/],
  },
  // CMS-managed MDX must not run code at build time (src/lib/mdx/mdx-safety.ts, checked inside the MDX compile).
  {
    name: 'code in an MDX body',
    fixture: 'unsafe-mdx.mdx',
    target: 'src/content/articles/unsafe-mdx.mdx',
    expected: [
      /src\/content\/articles\/unsafe-mdx\.mdx → body \(dòng 10\): không được dùng import\/export/,
      /unsafe-mdx\.mdx → body \(dòng 12\): không được dùng biểu thức JavaScript/,
    ],
  },
  // Script URLs, in any case or encoding, in a link, an image, a reference definition and raw HTML.
  {
    name: 'script URLs in an MDX body',
    fixture: 'script-urls.mdx',
    target: 'src/content/articles/script-urls.mdx',
    expected: [
      /src\/content\/articles\/script-urls\.mdx → body \(dòng 9\): Liên kết dùng địa chỉ "javascript:"/,
      /script-urls\.mdx → body \(dòng 11\): Ảnh dùng địa chỉ "data:"/,
      /script-urls\.mdx → body \(dòng 15\): Địa chỉ tham chiếu dùng địa chỉ "vbscript:"/,
      /script-urls\.mdx → body \(dòng 17\): <a> thuộc tính "href" dùng địa chỉ "javascript:"/,
    ],
  },
  // Pasted HTML the MDX parser cannot read: the Vietnamese report, not the parser's English.
  {
    name: 'unreadable raw HTML in an MDX body',
    fixture: 'unquoted-html.mdx',
    target: 'src/content/articles/unquoted-html.mdx',
    expected: [
      /src\/content\/articles\/unquoted-html\.mdx → body \(dòng 11\): MDX không đọc được: có thể có mã HTML dán vào/,
    ],
  },
];

let scratch: Scratch;
beforeAll(() => {
  scratch = makeScratchCopy();
});
afterAll(() => scratch?.remove());

describe('broken content fails the build', () => {
  it('control: the untouched copy syncs cleanly', async () => {
    const { code, output } = await scratch.run(['sync']);
    expect(output).not.toMatch(/error/i);
    expect(code).toBe(0);
  });

  it.each(CASES)('$name', async ({ fixture, target, expected }) => {
    const path = join(scratch.dir, target);
    if (fixture === 'nfd.mdx') {
      // Written here, because editors and git tools tend to re-compose the fixture file itself.
      writeFileSync(
        path,
        readFileSync(join(FIXTURES, fixture), 'utf8').replace('TITLE', 'Hòa giải ở thôn'.normalize('NFD')),
      );
    } else copyFileSync(join(FIXTURES, fixture), path);
    try {
      const { code, output } = await scratch.run(['sync']);
      expect(code, output).not.toBe(0);
      for (const pattern of expected) expect(output).toMatch(pattern);
    } finally {
      rmSync(path);
    }
  });

  it('a build with every broken entry at once reports them all in one run, grouped by file', async () => {
    const placed = CASES.filter((c) => c.fixture !== 'nfd.mdx').map(({ fixture, target }) => {
      copyFileSync(join(FIXTURES, fixture), join(scratch.dir, target));
      return target;
    });
    try {
      const { code, output } = await scratch.run(['build']);
      expect(code, output).not.toBe(0);
      const report = output.slice(output.indexOf('Nội dung có'));
      const lines = report.split('\n').filter((line) => line.includes(' → '));
      const files = lines.map((line) => line.trim().split(' → ')[0]!);
      // Every broken file is named, and each file's problems are listed together.
      for (const target of placed) expect(report).toContain(target);
      const runs = files.filter((f, i) => i === 0 || f !== files[i - 1]);
      expect(new Set(runs).size).toBe(runs.length);
      expect(runs.length).toBeGreaterThanOrEqual(placed.length);
      // Each case's own message is in the same report.
      for (const { expected } of CASES.filter((c) => c.fixture !== 'nfd.mdx'))
        for (const pattern of expected) expect(report).toMatch(pattern);
    } finally {
      for (const target of placed) rmSync(join(scratch.dir, target), { force: true });
    }
  });
});
