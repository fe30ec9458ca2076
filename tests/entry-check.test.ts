import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCmsEntry } from '../cms/checks';
import { ROOT } from './helpers/preview';
import { checkEntry, editorSchemaTools, entryProblemsMessage, issuePath } from '../src/lib/content/entry-check';
import { findMdxProblems } from '../src/lib/mdx/mdx-parse-micromark';
import { articleSchema } from '../src/schemas/article';
import { profileSchema } from '../src/schemas/profile';

const FILE = 'src/content/profiles/nguyen-van-thu.mdx';
const profile = (over: Record<string, unknown> = {}) => ({
  name: 'Nguyễn Văn Thử',
  kind: 'ca-nhan',
  role: 'Tổ trưởng tổ hòa giải',
  locality: 'thon-khau-ca',
  summary: 'Hòa giải thành nhiều vụ việc ở thôn.',
  achievements: ['Hòa giải thành 12 vụ việc'],
  consent: { givenBy: 'Nguyễn Văn Thử', date: '2026-01-05' },
  publishedAt: '2026-01-10',
  sources: [{ title: 'Nguồn thử nghiệm' }],
  ...over,
});
const check = (data: Record<string, unknown>, body = 'Ông là tổ trưởng tổ hòa giải.') =>
  checkEntry(
    { collection: 'profiles', file: FILE, data, body },
    profileSchema(editorSchemaTools),
    ['113', '069 2593 113'],
    findMdxProblems,
  );

describe('checking one entry as the build would', () => {
  it('accepts a complete individual profile with consent', () => {
    expect(check(profile())).toEqual([]);
  });

  it('requires consent for an individual, once, and not for a collective', () => {
    const { consent: _, ...withoutConsent } = profile();
    const problems = check(withoutConsent);
    expect(problems.map((p) => p.field)).toEqual(['consent']);
    expect(problems[0]!.message).toMatch(/Đồng ý đăng tải: bắt buộc với hồ sơ cá nhân/);
    expect(check({ ...withoutConsent, kind: 'tap-the' })).toEqual([]);
  });

  it('finds a phone number, a citizen ID and a home address in the body, by line, and lets public numbers through', () => {
    const body = 'Dòng một.\nLiên hệ 0912 345 678 hoặc 113.\nCCCD 012345678901, số nhà 12.';
    const problems = check(profile(), body);
    expect(problems.map((p) => `${p.field}: ${p.message.split(';')[0]}`)).toEqual([
      'body (dòng 2): "0912 345 678" có vẻ là số điện thoại di động cá nhân',
      'body (dòng 3): "012345678901" có vẻ là số căn cước công dân (12 chữ số)',
      'body (dòng 3): "số nhà 12" có vẻ là địa chỉ nhà riêng',
    ]);
  });

  it('finds personal data in frontmatter fields too', () => {
    expect(check(profile({ achievements: ['Gọi 0987.654.321 khi cần'] })).map((p) => p.field)).toEqual([
      'achievements[0]',
    ]);
  });

  it('reports the MDX rules by line, script URLs included', () => {
    const problems = check(profile(), 'Đoạn một.\n\n[bấm](javascript:alert(1)) {1 + 1}');
    expect(problems.map((p) => p.field)).toEqual(['body (dòng 3)', 'body (dòng 3)']);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/"javascript:"[\s\S]*biểu thức JavaScript/);
  });

  it('reports the schema: missing alt text, an impossible date, a value outside a list', () => {
    const article = {
      title: 'Tin thử',
      summary: 'Tóm tắt.',
      publishedAt: '2026-02-31x',
      category: 'khong-co',
      author: 'Công an xã',
      cover: { src: '../../assets/images/articles/a.jpg' },
    };
    const problems = checkEntry(
      { collection: 'articles', file: 'src/content/articles/tin-thu.mdx', data: article, body: '' },
      articleSchema(editorSchemaTools),
      [],
      findMdxProblems,
    );
    const fields = problems.map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['publishedAt', 'category', 'cover.alt']));
  });

  it('names the file and each field in one message, all problems at once', () => {
    const { consent: _, ...withoutConsent } = profile();
    const message = entryProblemsMessage(check(withoutConsent, 'Gọi 0912345678.'));
    expect(message).toMatch(/^nội dung có 2 lỗi mà bản dựng sẽ từ chối:\n/);
    expect(message).toContain(`${FILE} → consent: `);
    expect(message).toContain(`${FILE} → body (dòng 1): "0912345678"`);
  });

  it('writes issue paths as the build does', () => {
    expect(issuePath(['steps', 2, 'title'])).toBe('steps[2].title');
    expect(issuePath([])).toBe('(toàn mục)');
  });
});

describe('what the CMS checks before saving the settings and other collections', () => {
  const settings = JSON.parse(readFileSync(join(ROOT, 'src/content/settings/site.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const SETTINGS = 'src/content/settings/site.json';
  const problems = (collection: string, file: string, data: Record<string, unknown>, body?: string) =>
    checkCmsEntry(collection, file, body === undefined ? data : { ...data, body }, ['113']).map(
      (p) => `${p.field}: ${p.message}`,
    );

  it('accepts the starter settings', () => expect(problems('settings', SETTINGS, settings)).toEqual([]));

  it('refuses a script URL and a personal mobile number in the alert', () => {
    const alert = {
      active: true,
      severity: 'danger',
      message: 'Gọi anh Nam 0987 654 321.',
      link: 'javascript:alert(1)',
    };
    expect(problems('settings', SETTINGS, { ...settings, alert })).toEqual([
      expect.stringMatching(/^alert\.link: Đường dẫn chi tiết: dùng địa chỉ "javascript:"/),
      expect.stringMatching(/^alert\.message: "0987 654 321" có vẻ là số điện thoại di động cá nhân/),
    ]);
  });

  it('says so when a hotline has no source, instead of saving it to be hidden', () => {
    const contacts = [
      ...(settings.contacts as object[]),
      { label: 'Đường dây nóng', number: '0912 345 678', hotline: true },
    ];
    expect(problems('settings', SETTINGS, { ...settings, contacts })).toEqual([
      expect.stringMatching(
        /^contacts\[4\]\.number: "0912 345 678" là thông tin liên hệ công khai nhưng chưa ghi nguồn/,
      ),
    ]);
    const sourced = [
      ...(settings.contacts as object[]),
      { label: 'Đường dây nóng', number: '0912 345 678', source: { title: 'Thông báo của Công an tỉnh' } },
    ];
    expect(problems('settings', SETTINGS, { ...settings, contacts: sourced })).toEqual([]);
  });

  it('refuses a script URL in a law, and code in a bulletin’s body', () => {
    const law = {
      number: '35/2013/QH13',
      type: 'luat',
      title: 'Luật Hòa giải ở cơ sở',
      issuer: 'Quốc hội',
      signedAt: '2013-06-20',
      status: 'chua-xac-minh',
      subject: 'Hòa giải.',
      url: 'data:text/html,x',
    };
    expect(problems('laws', 'src/content/laws/35-2013-qh13.json', law)).toEqual([
      expect.stringMatching(/^url: Đường dẫn văn bản chính thức: dùng địa chỉ "data:"/),
    ]);
    const bulletin = {
      title: 'Bản tin',
      summary: 'Tóm tắt.',
      airFrom: '2026-11-28',
      sourceArticle: 'a',
      publishedAt: '2026-11-28',
      sources: [{ title: 'Nguồn' }],
    };
    expect(
      problems(
        'bulletins',
        'src/content/bulletins/ban-tin.mdx',
        bulletin,
        'Nhà: {process.env.HOME}\n\n<script>alert(1)</script>',
      ),
    ).toEqual([
      // A loudspeaker script is also held to its length, like in the build.
      expect.stringMatching(/^body: Nội dung: bài đọc chỉ có \d+ chữ, cần ít nhất 250$/),
      expect.stringMatching(/^body \(dòng 1\): không được dùng biểu thức JavaScript/),
      expect.stringMatching(/^body \(dòng 3\): thẻ <script> không được phép/),
    ]);
  });
});
