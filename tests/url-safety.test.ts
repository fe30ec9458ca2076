import { describe, expect, it } from 'vitest';
import { decodeCharacterReferences, scriptScheme, urlProblem, urlScheme } from '../src/lib/security/url-safety';

/** Spellings browsers treat as a script URL, each written a different way. */
const SCRIPT_URLS: [string, string][] = [
  ['javascript:alert(1)', 'javascript'],
  ['JaVaScRiPt:alert(1)', 'javascript'],
  ['  javascript:alert(1)', 'javascript'],
  ['\u0001javascript:alert(1)', 'javascript'],
  ['java\tscript:alert(1)', 'javascript'],
  ['java\nscript:alert(1)', 'javascript'],
  ['&#106;avascript:alert(1)', 'javascript'],
  ['&#x6A;avascript:alert(1)', 'javascript'],
  ['&#0000106avascript:alert(1)', 'javascript'],
  ['javascript&colon;alert(1)', 'javascript'],
  ['%6Aavascript:alert(1)', 'javascript'],
  ['&amp;#106;avascript:alert(1)', 'javascript'],
  ['java\u200bscript:alert(1)', 'javascript'],
  ['vbscript:msgbox(1)', 'vbscript'],
  ['VBScript:msgbox(1)', 'vbscript'],
  ['data:text/html,<script>alert(1)</script>', 'data'],
  ['DATA:image/svg+xml;base64,PHN2Zz4=', 'data'],
];

const SAFE_URLS = [
  'https://congan.example.vn/',
  'http://example.org/a?b=javascript:x',
  '/tin-tuc/a/',
  '../../assets/images/a.jpg',
  '#muc-1',
  'mailto:bientap@example.org',
  'tel:113',
  'javascript-huong-dan/',
  'data-bao-cao.pdf',
];

describe('script URLs', () => {
  it.each(SCRIPT_URLS)('finds the scheme of %j', (url, scheme) => {
    expect(scriptScheme(url)).toBe(scheme);
  });

  it.each(SAFE_URLS)('lets %j through', (url) => {
    expect(scriptScheme(url)).toBeUndefined();
  });

  it('reads the scheme of ordinary URLs', () => {
    expect(urlScheme('HTTPS://a.vn')).toBe('https');
    expect(urlScheme('/a:b')).toBeUndefined();
    expect(decodeCharacterReferences('a&#x3A;b&colon;c&unknown;')).toBe('a:b:c&unknown;');
  });
});

describe('the URL rule for fields and bodies', () => {
  it.each(SCRIPT_URLS)('refuses %j, naming the scheme', (url, scheme) => {
    expect(urlProblem(url)).toMatch(new RegExp(`"${scheme}:"|ký tự ẩn|không phải địa chỉ được phép`));
  });

  it.each([
    'https://vbpl.vn/tw/Pages/vbpq-toanvan.aspx?ItemID=32833',
    'http://congan.example.vn/',
    'HTTPS://CHINHPHU.VN/',
    '/tin-tuc/a/',
    '/',
    '/lien-he/#duong-day-nong',
  ])('accepts %j', (url) => expect(urlProblem(url)).toBeUndefined());

  it.each([
    ['//evil.example/x', /máy chủ khác/],
    ['/\\evil.example/x', /dấu \\/],
    ['../../assets/x.jpg', /không phải địa chỉ được phép/],
    ['tin-tuc/a/', /không phải địa chỉ được phép/],
    ['mailto:a@b.vn', /không phải địa chỉ được phép/],
    ['tel:113', /không phải địa chỉ được phép/],
    ['https:vbpl.vn', /không phải địa chỉ được phép/],
    ['https://', /không phải địa chỉ được phép/],
    ['https://vbpl .vn/', /khoảng trắng/],
    ['https://vbpl.vn/\u200b', /ký tự ẩn/],
    ['', /trống/],
  ])('refuses %j', (url, message) => expect(urlProblem(url)).toMatch(message));

  it('lets a #fragment through only where asked (links inside a body)', () => {
    expect(urlProblem('#muc-1')).toBeDefined();
    expect(urlProblem('#muc-1', { fragments: true })).toBeUndefined();
  });
});
