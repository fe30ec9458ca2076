import { describe, expect, it } from 'vitest';
import { cmsLaunchProblems, PLACEHOLDER_REPO } from '../cms/backend';
import {
  hostProblem,
  launchProblems,
  launchReport,
  publicUrlProblems,
  siteUrlProblems,
} from '../src/lib/site/launch-check';
import { DEMO_ORIGIN, isDemoSite, publisher, siteMode } from '../src/lib/site/site-mode';
import { t } from '../src/i18n/vi';
import {
  hotlines,
  isShownContact,
  publicNumbers,
  shownContacts,
  unsourcedContacts,
  type ContactSettings,
} from '../src/lib/site/contacts';

const source = {
  title: 'Thông báo số điện thoại đường dây nóng',
  publisher: 'Công an tỉnh',
  url: 'https://congan.tinh.gov.vn/tb',
};

const ready: ContactSettings & { siteUrl: string; agency: string } = {
  siteUrl: 'https://antq.congan.tinh.gov.vn',
  agency: 'Công an tỉnh Thái Nguyên',
  emergencyNumber: '113',
  contacts: [
    { label: 'Cảnh sát', number: '113' },
    { label: 'Đường dây nóng', number: '0208 123 4567', hotline: true, source },
  ],
  social: [{ label: 'Fanpage', url: 'https://facebook.com/x', source }],
  address: { text: 'Số 1, đường A', source },
  email: { address: 'antq@congan.tinh.gov.vn', source },
};

describe('site mode', () => {
  it('is a demo on the local address without SITE_URL, a launch with it', () => {
    expect(siteMode({})).toEqual({ kind: 'demo', site: DEMO_ORIGIN });
    expect(siteMode({ SITE_URL: '  ' }).kind).toBe('demo');
    expect(siteMode({ SITE_URL: 'https://a.gov.vn' })).toEqual({ kind: 'launch', site: 'https://a.gov.vn' });
    expect(isDemoSite(new URL(`${DEMO_ORIGIN}/tin-tuc/`))).toBe(true);
    expect(isDemoSite('https://a.gov.vn')).toBe(false);
    expect(isDemoSite(undefined)).toBe(false);
  });

  it('names no agency in a demonstration, whose settings hold starter values, and the settings in a launch', () => {
    const starter = { agency: '[Tên Công an tỉnh]', unit: '[Tên đơn vị phụ trách cổng]' };
    expect(publisher(starter, DEMO_ORIGIN)).toEqual({ agency: t('demo.publisher') });
    expect(publisher({ agency: 'Công an tỉnh A', unit: 'Phòng B' }, 'https://a.gov.vn')).toEqual({
      agency: 'Công an tỉnh A',
      unit: 'Phòng B',
    });
    expect(publisher({ agency: 'Công an tỉnh A' }, 'https://a.gov.vn')).toEqual({ agency: 'Công an tỉnh A' });
  });
});

describe('contacts', () => {
  it('shows the national short numbers and sourced numbers only', () => {
    const settings = {
      ...ready,
      contacts: [...ready.contacts, { label: 'Không nguồn', number: '069 2593 113', hotline: true }],
    };
    expect(shownContacts(settings).map((c) => c.number)).toEqual(['113', '0208 123 4567']);
    expect(hotlines(settings).map((c) => c.number)).toEqual(['0208 123 4567']);
    expect(publicNumbers(settings)).toEqual(['113', '113', '0208 123 4567']);
    expect(isShownContact({ number: '1 1 4' })).toBe(true);
    expect(isShownContact({ number: '1134' })).toBe(false);
    expect(unsourcedContacts(settings)).toEqual([
      { field: 'contacts[2].source', message: expect.stringContaining('069 2593 113') },
    ]);
  });
});

describe('launch check', () => {
  it('passes settings that are ready', () =>
    expect(launchProblems('https://antq.congan.tinh.gov.vn/', ready)).toEqual([]));

  it.each([
    ['http://antq.congan.tinh.gov.vn', 'https://'],
    ['https://antq.congan.example.vn', 'tên miền mẫu'],
    ['https://example.com', 'tên miền mẫu'],
    ['https://localhost:4321', 'tên nội bộ'],
    ['not a url', 'không phải là địa chỉ'],
    // A name ending in a dot is the same host to DNS, but not to a check that compares names.
    ['https://localhost.:8443', 'kết thúc bằng dấu chấm'],
    ['https://antq.congan.tinh.gov.vn./', 'kết thúc bằng dấu chấm'],
    // IP literals of every form: the URL parser turns decimal, hex and octal spellings into the dotted form.
    ['https://127.0.0.1', 'vòng lặp'],
    ['https://127.1', 'vòng lặp'],
    ['https://2130706433/', 'vòng lặp'],
    ['https://0x7f.0.0.1/', 'vòng lặp'],
    ['https://0177.0.0.1/', 'vòng lặp'],
    ['https://10.1.2.3/', 'mạng riêng'],
    ['https://172.16.0.1/', 'mạng riêng'],
    ['https://192.168.1.10:8443/', 'mạng riêng'],
    ['https://169.254.169.254/', 'link-local'],
    ['https://0.0.0.0/', 'địa chỉ IP'],
    ['https://100.64.0.1/', 'CGNAT'],
    ['https://203.162.4.191/', 'địa chỉ IP'],
    ['https://[::1]/', 'vòng lặp'],
    ['https://[::ffff:127.0.0.1]/', 'IPv4 viết dưới dạng IPv6'],
    ['https://[::ffff:7f00:1]/', 'IPv4 viết dưới dạng IPv6'],
    ['https://[fd00::1]/', 'mạng riêng'],
    ['https://[fe80::1]/', 'link-local'],
    ['https://[2001:db8::1]/', 'địa chỉ IP'],
    // One-word intranet names.
    ['https://intranet/', 'tên nội bộ'],
    ['https://antq/', 'tên nội bộ'],
    // Reserved names.
    ['https://cong.test', 'tên miền mẫu'],
    ['https://antq.local', '.local'],
    ['https://antq.congan.internal/', '.internal'],
    ['https://antq.example/', '.example'],
    ['https://x.invalid/', '.invalid'],
    ['https://antq.localhost/', '.localhost'],
    ['https://router.home.arpa/', 'tên miền mẫu'],
    ['https://antq.lan/', '.lan'],
    // Credentials and more than an address.
    ['https://admin:matkhau@antq.congan.tinh.gov.vn/', 'tên đăng nhập'],
    ['https://antq.congan.tinh.gov.vn/?a=1', 'không kèm'],
  ])('refuses SITE_URL %s', (url, message) => {
    expect(siteUrlProblems(url).join('\n')).toContain(message);
  });

  it.each(['https://antq.congan.tinh.gov.vn', 'https://congan.thainguyen.gov.vn/', 'https://xn--bo-v-an-ninh-8ib.vn/'])(
    'accepts the public address %s',
    (url) => expect(siteUrlProblems(url)).toEqual([]),
  );

  it('says what each kind of host is', () => {
    expect(hostProblem('10.0.0.1')).toMatch(/mạng riêng/);
    expect(hostProblem('antq.congan.tinh.gov.vn')).toBeUndefined();
  });

  it('lists every problem of the starter settings at once, with file and field', () => {
    const starter = {
      agency: '[Tên Công an tỉnh]',
      unit: '[Tên đơn vị phụ trách cổng]',
      emergencyNumber: '113',
      contacts: [{ label: 'Đường dây nóng', number: '069 2593 113' }],
      social: [{ label: 'Trang', url: 'https://facebook.com/x' }],
      email: { address: 'antq@congan.example.vn' },
    };
    const problems = launchProblems('http://antq.congan.example.vn', starter);
    expect(problems.map((p) => `${p.file}|${p.field}`)).toEqual([
      'SITE_URL|SITE_URL',
      'SITE_URL|SITE_URL',
      'src/content/settings/site.json|siteUrl',
      'src/content/settings/site.json|contacts[0].source',
      'src/content/settings/site.json|email.source',
      'src/content/settings/site.json|social[0].source',
      'src/content/settings/site.json|agency',
      'src/content/settings/site.json|unit',
    ]);
    const report = launchReport(problems);
    expect(report).toContain('8 vấn đề');
    expect(report).toContain('src/content/settings/site.json:\n  - siteUrl: chưa điền');
    expect(report).toContain('agency: còn giá trị mẫu "[Tên Công an tỉnh]"');
  });

  it('requires the settings address to be the one built for', () => {
    expect(launchProblems('https://other.gov.vn', ready).map((p) => p.message)).toEqual([
      expect.stringContaining('khác SITE_URL'),
    ]);
  });
});

describe('the CMS settings of a launch build', () => {
  const check = (env: Record<string, string>) => cmsLaunchProblems(env, publicUrlProblems);

  it('needs CMS_BACKEND, or an explicit none', () => {
    expect(check({})).toEqual([expect.stringMatching(/^CMS_BACKEND: chưa đặt.*CMS_BACKEND=none/)]);
    expect(check({ CMS_BACKEND: 'none' })).toEqual([]);
    expect(check({ CMS_BACKEND: 'bitbucket', CMS_REPO: 'a/b' })).toEqual([
      expect.stringContaining('không được hỗ trợ'),
    ]);
  });

  it('needs the repository, never the placeholder, and what the backend needs', () => {
    expect(check({ CMS_BACKEND: 'github' })).toEqual([
      expect.stringMatching(/^CMS_REPO: chưa đặt/),
      expect.stringMatching(/^CMS_BASE_URL: CMS_BACKEND=github cần/),
    ]);
    expect(
      check({ CMS_BACKEND: 'github', CMS_REPO: PLACEHOLDER_REPO, CMS_BASE_URL: 'https://oauth.congan.tinh.gov.vn' }),
    ).toEqual([expect.stringMatching(/^CMS_REPO: "cong-an-tinh\/antq-portal" là kho mẫu/)]);
    expect(check({ CMS_BACKEND: 'gitlab', CMS_REPO: 'congan/noi-dung' })).toEqual([
      expect.stringMatching(/^CMS_APP_ID:/),
    ]);
    expect(check({ CMS_BACKEND: 'forgejo', CMS_REPO: 'congan/noi-dung' }).map((p) => p.split(':')[0])).toEqual([
      'CMS_BASE_URL',
      'CMS_APP_ID',
    ]);
    expect(check({ CMS_BACKEND: 'gitlab', CMS_REPO: 'congan/noi-dung', CMS_APP_ID: 'abc' })).toEqual([]);
  });

  it('holds the Git host to the launch rules for addresses, and refuses a local decap-server', () => {
    const base = { CMS_BACKEND: 'forgejo', CMS_REPO: 'congan/noi-dung', CMS_APP_ID: 'abc' };
    expect(check({ ...base, CMS_BASE_URL: 'https://git.congan.tinh.gov.vn' })).toEqual([]);
    expect(check({ ...base, CMS_BASE_URL: 'http://192.168.1.5:3000' }).join('\n')).toMatch(
      /https:\/\/.*\n.*mạng riêng/,
    );
    expect(check({ ...base, CMS_BASE_URL: 'https://git.local.' }).join('\n')).toMatch(/dấu chấm/);
    expect(
      check({
        ...base,
        CMS_BASE_URL: 'https://git.congan.tinh.gov.vn',
        CMS_LOCAL_BACKEND: 'http://127.0.0.1:8081/api/v1',
      }),
    ).toEqual([expect.stringMatching(/^CMS_LOCAL_BACKEND:/)]);
  });
});
