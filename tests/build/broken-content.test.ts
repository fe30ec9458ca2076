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
  { name: 'misspelt frontmatter field', fixture: 'unknown-field.mdx', target: 'src/content/articles/unknown-field.mdx', command: 'sync', expected: [/unknown-field/, /titel/] },
  { name: 'unknown category', fixture: 'unknown-category.mdx', target: 'src/content/articles/unknown-category.mdx', command: 'sync', expected: [/unknown-category/, /category/, /tin-vui/] },
  { name: 'impossible date', fixture: 'bad-date.mdx', target: 'src/content/articles/bad-date.mdx', command: 'sync', expected: [/bad-date/, /publishedAt/] },
  { name: 'cover without alt text', fixture: 'missing-alt.mdx', target: 'src/content/articles/missing-alt.mdx', command: 'sync', expected: [/missing-alt/, /cover/, /alt/] },
  { name: 'individual without consent', fixture: 'no-consent.mdx', target: 'src/content/profiles/no-consent.mdx', command: 'sync', expected: [/no-consent/, /consent/] },
  { name: 'lesson quiz answer not among its options', fixture: 'lesson-wrong-answer.mdx', target: 'src/content/guides/lesson-wrong-answer.mdx', command: 'sync', expected: [/lesson-wrong-answer/, /lesson\.quiz\.0\.answer/, /Đáp án đúng: "Ba người" không nằm trong các phương án/] },
  { name: 'lesson without objectives', fixture: 'lesson-no-objectives.mdx', target: 'src/content/guides/lesson-no-objectives.mdx', command: 'sync', expected: [/lesson-no-objectives/, /lesson\.objectives/, /Mục tiêu bài học: bắt buộc/] },
  { name: 'two files with one slug', fixture: 'duplicate.mdx', target: 'src/content/guides/Tổ hòa giải.mdx', command: 'sync', expected: [/to-hoa-giai/, /Tổ hòa giải\.mdx|T.*h.*a gi.*i\.mdx/] },
  { name: 'reference to a missing entry', fixture: 'broken-reference.mdx', target: 'src/content/articles/broken-reference.mdx', command: 'build', expected: [/src\/content\/articles\/broken-reference\.mdx/, /relatedGuides\[0\]/, /khong-ton-tai/] },
  { name: 'personal phone number in an article', fixture: 'personal-phone.mdx', target: 'src/content/articles/personal-phone.mdx', command: 'build', expected: [/src\/content\/articles\/personal-phone\.mdx/, /body \(dòng 3\)/, /0912 345 678/] },
  { name: 'decomposed (NFD) text', fixture: 'nfd.mdx', target: 'src/content/articles/nfd.mdx', command: 'build', expected: [/src\/content\/articles\/nfd\.mdx/, /title/, /NFC/] },
  // CMS-managed MDX must not run code at build time (src/lib/mdx-safety.ts, checked inside the MDX compile).
  // Script URLs, in any case or encoding, in a link, an image, a reference definition and raw HTML.
  { name: 'script URLs in an MDX body', fixture: 'script-urls.mdx', target: 'src/content/articles/script-urls.mdx', command: 'build', expected: [/src\/content\/articles\/script-urls\.mdx:8:\d+ → Liên kết dùng địa chỉ "javascript:"/, /script-urls\.mdx:10:\d+ → Ảnh dùng địa chỉ "data:"/, /script-urls\.mdx:14:\d+ → Địa chỉ tham chiếu dùng địa chỉ "vbscript:"/, /script-urls\.mdx:16:\d+ → <a> thuộc tính "href" dùng địa chỉ "javascript:"/] },
  // Pasted HTML the MDX parser cannot read: the Vietnamese report, not the parser's English.
  { name: 'unreadable raw HTML in an MDX body', fixture: 'unquoted-html.mdx', target: 'src/content/articles/unquoted-html.mdx', command: 'build', expected: [/src\/content\/articles\/unquoted-html\.mdx:10:\d+ → MDX không đọc được: có thể có mã HTML dán vào/] },
  { name: 'code in an MDX body', fixture: 'unsafe-mdx.mdx', target: 'src/content/articles/unsafe-mdx.mdx', command: 'build', expected: [/src\/content\/articles\/unsafe-mdx\.mdx:8:1 → không được dùng import\/export/, /unsafe-mdx\.mdx:10:\d+ → không được dùng biểu thức JavaScript/] },
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
      writeFileSync(path, readFileSync(join(FIXTURES, fixture), 'utf8').replace('TITLE', 'Hòa giải ở thôn'.normalize('NFD')));
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
