/**
 * Bad input fails the build with a message naming the file and the field. Each case adds one broken entry
 * (from tests/fixtures/broken/) to a scratch copy of the project and runs `astro sync` on it: the whole-content
 * check (src/integrations/content-check.ts) runs before Astro reads content, in `astro build` as in `astro sync`.
 * A last case adds every broken entry at once: one run reports them all, grouped by file.
 *
 * Hostile input too: code in the body of every collection that has one, a script URL in each kind of URL field,
 * personal data and a script URL in the settings and the alert shown on every page.
 */
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/preview';
import { makeScratchCopy, type Scratch } from '../helpers/scratch';
import { bodyCollections } from '../../src/schemas/registry';

const FIXTURES = join(ROOT, 'tests/fixtures/broken');

interface Case {
  name: string;
  /** Fixture file and where it goes in the copy. */
  fixture: string;
  target: string;
  expected: RegExp[];
  /** The fixture takes the place of a file of the site (the settings), put back afterwards. */
  replaces?: boolean;
}

const SCRIPT_URL = /dùng địa chỉ "(javascript|vbscript|data):", có thể chạy mã trên máy người đọc/;

/**
 * Every collection with a body, as the registry lists them: an MDX expression (which would run on the build machine
 * and print its home folder) and a <script> (which would run in readers' browsers). A collection added to the
 * registry without a fixture here fails the test below.
 */
const BODY_CASES: Case[] = bodyCollections().map((collection) => ({
  name: `an expression and a <script> in a body of ${collection}`,
  fixture: `mdx-${collection}.mdx`,
  target: `src/content/${collection}/mdx-${collection}.mdx`,
  expected: [
    new RegExp(
      `src/content/${collection}/mdx-${collection}\\.mdx → body \\(dòng \\d+\\): không được dùng biểu thức JavaScript \\{globalThis\\.process`,
    ),
    new RegExp(
      `src/content/${collection}/mdx-${collection}\\.mdx → body \\(dòng \\d+\\): thẻ <script> không được phép`,
    ),
  ],
}));

/** A script URL in each kind of URL field: a law's official text, a source, the alert, a social page, the site's address, an audio file. */
const URL_CASES: Case[] = [
  {
    name: 'a script URL as a law’s official text',
    fixture: 'script-url-law.json',
    target: 'src/content/laws/99-2020-qh14.json',
    expected: [
      new RegExp(`src/content/laws/99-2020-qh14\\.json → url: Đường dẫn văn bản chính thức: ${SCRIPT_URL.source}`),
    ],
  },
  {
    name: 'a script URL, spaced and in mixed case, as a source',
    fixture: 'script-url-source.mdx',
    target: 'src/content/articles/script-url-source.mdx',
    expected: [
      new RegExp(
        `src/content/articles/script-url-source\\.mdx → sources\\[0\\]\\.url: Đường dẫn: ${SCRIPT_URL.source}`,
      ),
    ],
  },
  {
    name: 'a script URL as a bulletin’s audio file',
    fixture: 'script-url-audio.mdx',
    target: 'src/content/bulletins/script-url-audio.mdx',
    expected: [/src\/content\/bulletins\/script-url-audio\.mdx → audio: Tệp âm thanh: chỉ nhận tệp MP3, M4A hoặc OGG/],
  },
];

/** The settings, shown on every page: the alert and the contacts are held to the URL and privacy rules too. */
const SETTINGS_CASES: Case[] = [
  {
    name: 'a personal mobile number and a script URL in the alert',
    fixture: 'settings-alert.json',
    target: 'src/content/settings/site.json',
    replaces: true,
    expected: [
      /src\/content\/settings\/site\.json → alert\.message: "0987 654 321" có vẻ là số điện thoại di động cá nhân/,
      new RegExp(`src/content/settings/site\\.json → alert\\.link: Đường dẫn chi tiết: ${SCRIPT_URL.source}`),
    ],
  },
  {
    name: 'a hotline without its source, a citizen ID, and script URLs as the site address and a social page',
    fixture: 'settings-contacts.json',
    target: 'src/content/settings/site.json',
    replaces: true,
    expected: [
      /site\.json → contacts\[4\]\.number: "0912 345 678" là thông tin liên hệ công khai nhưng chưa ghi nguồn công bố \(contacts\[4\]\.source\)/,
      /site\.json → description: "001 203 004 005" có vẻ là số căn cước công dân/,
      new RegExp(`site\\.json → siteUrl: Địa chỉ cổng \\(https://…\\): ${SCRIPT_URL.source}`),
      new RegExp(`site\\.json → social\\[0\\]\\.url: Đường dẫn: ${SCRIPT_URL.source}`),
    ],
  },
];

const CASES: Case[] = [
  ...BODY_CASES,
  ...URL_CASES,
  ...SETTINGS_CASES,
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

  it('has a body fixture for every collection with a body, from the registry', () => {
    expect(bodyCollections().length).toBeGreaterThanOrEqual(5);
    for (const collection of bodyCollections())
      expect(existsSync(join(FIXTURES, `mdx-${collection}.mdx`)), `tests/fixtures/broken/mdx-${collection}.mdx`).toBe(
        true,
      );
  });

  it.each(CASES)('$name', async ({ fixture, target, expected, replaces }) => {
    const path = join(scratch.dir, target);
    const original = replaces ? readFileSync(path, 'utf8') : undefined;
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
      if (original !== undefined) writeFileSync(path, original);
      else rmSync(path);
    }
  });

  it('a build with every broken entry at once reports them all in one run, grouped by file', async () => {
    // One settings file at a time: the settings cases have their own runs above.
    const together = CASES.filter((c) => c.fixture !== 'nfd.mdx' && !c.replaces);
    const placed = together.map(({ fixture, target }) => {
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
      for (const { expected } of together) for (const pattern of expected) expect(report).toMatch(pattern);
    } finally {
      for (const target of placed) rmSync(join(scratch.dir, target), { force: true });
    }
  });
});
