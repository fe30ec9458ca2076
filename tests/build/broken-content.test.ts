/**
 * Bad input fails the build with a message naming the file and the field. Each case adds one broken entry
 * (from tests/fixtures/broken/) to a scratch copy of the project and runs Astro on it.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
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
  /** Schema errors surface in `astro sync`; cross-entry errors only when pages load content in `astro build`. */
  command: 'sync' | 'build';
  expected: RegExp[];
}

const CASES: Case[] = [
  {
    name: 'misspelt frontmatter field',
    fixture: 'unknown-field.mdx',
    target: 'src/content/articles/unknown-field.mdx',
    command: 'sync',
    expected: [/unknown-field/, /titel/],
  },
  {
    name: 'unknown category',
    fixture: 'unknown-category.mdx',
    target: 'src/content/articles/unknown-category.mdx',
    command: 'sync',
    expected: [/unknown-category/, /category/, /tin-vui/],
  },
  {
    name: 'impossible date',
    fixture: 'bad-date.mdx',
    target: 'src/content/articles/bad-date.mdx',
    command: 'sync',
    expected: [/bad-date/, /publishedAt/],
  },
  {
    name: 'cover without alt text',
    fixture: 'missing-alt.mdx',
    target: 'src/content/articles/missing-alt.mdx',
    command: 'sync',
    expected: [/missing-alt/, /cover/, /alt/],
  },
  {
    name: 'individual without consent',
    fixture: 'no-consent.mdx',
    target: 'src/content/profiles/no-consent.mdx',
    command: 'sync',
    expected: [/no-consent/, /consent/],
  },
  {
    name: 'lesson quiz answer not among its options',
    fixture: 'lesson-wrong-answer.mdx',
    target: 'src/content/guides/lesson-wrong-answer.mdx',
    command: 'sync',
    expected: [
      /lesson-wrong-answer/,
      /lesson\.quiz\.0\.answer/,
      /Đáp án đúng: "Ba người" không nằm trong các phương án/,
    ],
  },
  {
    name: 'lesson without objectives',
    fixture: 'lesson-no-objectives.mdx',
    target: 'src/content/guides/lesson-no-objectives.mdx',
    command: 'sync',
    expected: [/lesson-no-objectives/, /lesson\.objectives/, /Mục tiêu bài học: bắt buộc/],
  },
  {
    name: 'two files with one slug',
    fixture: 'duplicate.mdx',
    target: 'src/content/guides/Tổ hòa giải.mdx',
    command: 'sync',
    expected: [/to-hoa-giai/, /Tổ hòa giải\.mdx|T.*h.*a gi.*i\.mdx/],
  },
  {
    name: 'reference to a missing entry',
    fixture: 'broken-reference.mdx',
    target: 'src/content/articles/broken-reference.mdx',
    command: 'build',
    expected: [/src\/content\/articles\/broken-reference\.mdx/, /relatedGuides\[0\]/, /khong-ton-tai/],
  },
  {
    name: 'personal phone number in an article',
    fixture: 'personal-phone.mdx',
    target: 'src/content/articles/personal-phone.mdx',
    command: 'build',
    expected: [/src\/content\/articles\/personal-phone\.mdx/, /body \(dòng 3\)/, /0912 345 678/],
  },
  {
    name: 'decomposed (NFD) text',
    fixture: 'nfd.mdx',
    target: 'src/content/articles/nfd.mdx',
    command: 'build',
    expected: [/src\/content\/articles\/nfd\.mdx/, /title/, /NFC/],
  },
  // YAML turns 2024-02-31 into 2 March before the schema sees it: the file's own text is checked, every date at once.
  {
    name: 'dates that are not on the calendar',
    fixture: 'impossible-dates.mdx',
    target: 'src/content/articles/impossible-dates.mdx',
    command: 'build',
    expected: [
      /src\/content\/articles\/impossible-dates\.mdx → publishedAt: ngày "2024-02-31" không có trên lịch/,
      /impossible-dates\.mdx → sources\[0\]\.date: ngày "2021-13-45" không có trên lịch/,
    ],
  },
  {
    name: 'citation of an unknown legal document',
    fixture: 'unknown-law.mdx',
    target: 'src/content/articles/unknown-law.mdx',
    command: 'build',
    expected: [/src\/content\/articles\/unknown-law\.mdx/, /laws\[0\]/, /"99-2099-qh99" trong "laws" không tồn tại/],
  },
  {
    name: 'legal document number that does not match its type',
    fixture: 'bad-law-number.json',
    target: 'src/content/laws/49-2020-nd-cp-sai.json',
    command: 'sync',
    expected: [/49-2020-nd-cp-sai/, /number/, /ký hiệu "ND-CP" không khớp loại văn bản/],
  },
  // CMS-managed MDX must not run code at build time (src/lib/mdx/mdx-safety.ts, checked inside the MDX compile).
  {
    name: 'code in an MDX body',
    fixture: 'unsafe-mdx.mdx',
    target: 'src/content/articles/unsafe-mdx.mdx',
    command: 'build',
    expected: [
      /src\/content\/articles\/unsafe-mdx\.mdx:10:1 → không được dùng import\/export/,
      /unsafe-mdx\.mdx:12:\d+ → không được dùng biểu thức JavaScript/,
    ],
  },
  // Script URLs, in any case or encoding, in a link, an image, a reference definition and raw HTML.
  {
    name: 'script URLs in an MDX body',
    fixture: 'script-urls.mdx',
    target: 'src/content/articles/script-urls.mdx',
    command: 'build',
    expected: [
      /src\/content\/articles\/script-urls\.mdx:9:\d+ → Liên kết dùng địa chỉ "javascript:"/,
      /script-urls\.mdx:11:\d+ → Ảnh dùng địa chỉ "data:"/,
      /script-urls\.mdx:15:\d+ → Địa chỉ tham chiếu dùng địa chỉ "vbscript:"/,
      /script-urls\.mdx:17:\d+ → <a> thuộc tính "href" dùng địa chỉ "javascript:"/,
    ],
  },
  // Pasted HTML the MDX parser cannot read: the Vietnamese report, not the parser's English.
  {
    name: 'unreadable raw HTML in an MDX body',
    fixture: 'unquoted-html.mdx',
    target: 'src/content/articles/unquoted-html.mdx',
    command: 'build',
    expected: [/src\/content\/articles\/unquoted-html\.mdx:11:\d+ → MDX không đọc được: có thể có mã HTML dán vào/],
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

  it.each(CASES)('$name', async ({ fixture, target, command, expected }) => {
    const path = join(scratch.dir, target);
    if (fixture === 'nfd.mdx') {
      // Written here, because editors and git tools tend to re-compose the fixture file itself.
      writeFileSync(
        path,
        readFileSync(join(FIXTURES, fixture), 'utf8').replace('TITLE', 'Hòa giải ở thôn'.normalize('NFD')),
      );
    } else copyFileSync(join(FIXTURES, fixture), path);
    try {
      const { code, output } = await scratch.run([command]);
      expect(code, output).not.toBe(0);
      for (const pattern of expected) expect(output).toMatch(pattern);
    } finally {
      const { rmSync } = await import('node:fs');
      rmSync(path);
    }
  });
});
