/**
 * Links and images that run code: a `javascript:` or `vbscript:` URL runs when clicked, and a `data:` URL can
 * carry a whole HTML page. Feed readers do not apply the site's Content-Security-Policy, so such URLs are
 * refused in content (mdx-safety.ts) and removed from feed HTML (feeds.ts), with one definition of "script URL".
 *
 * Browsers are lenient: they decode character references in attributes, ignore tabs and line breaks anywhere
 * in a URL, skip leading spaces and control characters, and compare the scheme case-insensitively. Authors can
 * also percent-encode. Every one of those spellings is folded here before the scheme is read.
 */

export const SCRIPT_SCHEMES = ['javascript', 'vbscript', 'data'] as const;
export type ScriptScheme = (typeof SCRIPT_SCHEMES)[number];

const NAMED: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  nbsp: '\u00a0',
  amp: '&',
  lpar: '(',
  rpar: ')',
  sol: '/',
  quot: '"',
  apos: "'",
};

/** Decodes HTML character references (`&#106;`, `&#x6A;`, `&colon;`), with or without the closing `;`. */
export function decodeCharacterReferences(text: string): string {
  return text.replace(
    /&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));?/gi,
    (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      const code = dec ? Number.parseInt(dec, 10) : hex ? Number.parseInt(hex, 16) : undefined;
      if (code !== undefined) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
      return NAMED[name!.toLowerCase()] ?? whole;
    },
  );
}

function decodePercent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  }
}

/** The scheme a browser would use for this URL, lowercased, or undefined for a relative URL. */
export function urlScheme(url: string): string | undefined {
  let text = url;
  // Twice: "&amp;#106;" written in Markdown reaches the HTML as "&#106;".
  for (let i = 0; i < 2; i++) text = decodeCharacterReferences(decodePercent(text));
  /* eslint-disable no-control-regex -- control characters are exactly what a browser ignores in a URL */
  // URL parsing strips leading C0 controls and spaces, and removes tabs and newlines anywhere.
  text = text.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020\u00a0\ufeff]+/, '');
  // Other invisible characters are not removed by browsers, but nobody types them in a URL on purpose.
  text = text.replace(/[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/g, '');
  /* eslint-enable no-control-regex */
  return /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase();
}

/** The script scheme of a URL, or undefined when the URL is safe to publish. */
export function scriptScheme(url: string): ScriptScheme | undefined {
  const scheme = urlScheme(url);
  return (SCRIPT_SCHEMES as readonly string[]).includes(scheme ?? '') ? (scheme as ScriptScheme) : undefined;
}

export const scriptUrlMessage = (what: string, scheme: ScriptScheme) =>
  `${what} dùng địa chỉ "${scheme}:", có thể chạy mã trên máy người đọc; chỉ dùng địa chỉ http(s), đường dẫn trong trang hoặc tệp ảnh đã tải lên`;

/** Attributes whose value is a URL in the HTML a feed carries. */
const URL_ATTRIBUTES = [
  'href',
  'src',
  'srcset',
  'poster',
  'action',
  'formaction',
  'xlink:href',
  'background',
  'cite',
  'data',
];

/**
 * Feed HTML without script URLs: each such attribute is dropped, whatever its quoting. Rendered Markdown only
 * has quoted attributes, but the body is also what an editor wrote, so unquoted values are handled as well.
 */
export function stripScriptUrls(html: string): string {
  const names = URL_ATTRIBUTES.map((name) => name.replace(':', '\\:')).join('|');
  const attribute = new RegExp(`(\\s)(${names})\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`, 'gi');
  return html.replace(attribute, (whole, space: string, name: string, dq?: string, sq?: string, bare?: string) => {
    const value = dq ?? sq ?? bare ?? '';
    const urls =
      name.toLowerCase() === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
    return urls.some((url) => scriptScheme(url)) ? space.trimEnd() : whole;
  });
}
