import { describe, expect, it } from 'vitest';
import { decodeCharacterReferences, scriptScheme, stripScriptUrls, urlScheme } from '../src/lib/security/url-safety';

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

describe('feed HTML without script URLs', () => {
  it('drops every script URL attribute, whatever its quoting, and keeps the rest', () => {
    const html = [
      '<p><a href="javascript:alert(1)">a</a>',
      "<a href='JAVASCRIPT:alert(1)'>b</a>",
      '<a href=javascript:alert(1)>c</a>',
      '<a title="x" HREF = "&#106;avascript:alert(1)">d</a>',
      '<img src="data:image/svg+xml,&lt;svg&gt;" alt="e">',
      '<img srcset="/a.jpg 1x, vbscript:x 2x" alt="f">',
      '<a href="https://congan.example.vn/">g</a></p>',
    ].join('');
    const clean = stripScriptUrls(html);
    expect(clean).not.toMatch(/javascript|vbscript|data:|&#106;/i);
    expect(clean).toBe(
      '<p><a>a</a><a>b</a><a>c</a><a title="x">d</a><img alt="e"><img alt="f"><a href="https://congan.example.vn/">g</a></p>',
    );
  });
});
