import { describe, expect, it } from 'vitest';
import { launchProblems, launchReport, siteUrlProblems } from '../src/lib/site/launch-check';
import { DEMO_ORIGIN, isDemoSite, siteMode } from '../src/lib/site/site-mode';
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
    ['https://localhost:4321', 'tên miền mẫu'],
    ['https://127.0.0.1', 'tên miền mẫu'],
    ['https://[::1]/', 'tên miền mẫu'],
    ['https://cong.test', 'tên miền mẫu'],
    ['not a url', 'không phải là địa chỉ'],
  ])('refuses SITE_URL %s', (url, message) => {
    expect(siteUrlProblems(url).join('\n')).toContain(message);
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
