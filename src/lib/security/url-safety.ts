/**
 * Which URLs the portal publishes. One rule for every URL an editor writes, in a field (a law's official text, a
 * source, a social page, the alert's link) or in a body (links and reference definitions): an `https:` or `http:`
 * address, or a path on this site starting with a single `/`. Everything else is refused, so a `javascript:`,
 * `vbscript:` or `data:` URL never reaches a page or a feed however it is spelt (an allowlist, not a list of bad
 * schemes). Feed HTML is cleaned on a parsed tree with the same schemes (src/lib/security/sanitize-html.ts).
 *
 * `scriptScheme` names the scheme of a URL the way a browser reads it, to explain a refusal: browsers decode
 * character references in attributes, ignore tabs and line breaks anywhere in a URL, skip leading spaces and
 * control characters, and compare the scheme case-insensitively; authors can also percent-encode.
 */
import { decodeHTMLAttribute } from 'entities';

export const SCRIPT_SCHEMES = ['javascript', 'vbscript', 'data'] as const;
export type ScriptScheme = (typeof SCRIPT_SCHEMES)[number];

/** The schemes an absolute URL may use, in fields, bodies and feed HTML alike. */
export const ALLOWED_SCHEMES = ['https', 'http'] as const;

/** Decodes HTML character references (`&#106;`, `&#x6A;`, `&colon;`) as a browser does in an attribute value. */
export function decodeCharacterReferences(text: string): string {
  return decodeHTMLAttribute(text);
}

function decodePercent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // A stray "%": decode what can be decoded, one escape at a time.
    return text
      .split('%')
      .map((part, i) => {
        if (i === 0) return part;
        const code = Number.parseInt(part.slice(0, 2), 16);
        return part.length >= 2 && Number.isFinite(code) && /^[0-9a-f]{2}/i.test(part)
          ? String.fromCharCode(code) + part.slice(2)
          : `%${part}`;
      })
      .join('');
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

/** The script scheme of a URL, or undefined when it has none. */
export function scriptScheme(url: string): ScriptScheme | undefined {
  const scheme = urlScheme(url);
  return (SCRIPT_SCHEMES as readonly string[]).includes(scheme ?? '') ? (scheme as ScriptScheme) : undefined;
}

export const scriptUrlMessage = (what: string, scheme: ScriptScheme) =>
  `${what} dùng địa chỉ "${scheme}:", có thể chạy mã trên máy người đọc; chỉ dùng địa chỉ http(s), đường dẫn trong trang hoặc tệp ảnh đã tải lên`;

/** What the rule accepts, in the editor's words. */
export const URL_RULE =
  'chỉ nhận địa chỉ bắt đầu bằng https:// hoặc http://, hoặc đường dẫn trong cổng bắt đầu bằng một dấu /';

// Spaces, control and invisible characters: a browser drops some of them and reads another URL than the one shown.
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const HIDDEN = /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]/u;
const ABSOLUTE = /^https?:\/\//i;

/**
 * Why a URL is refused, or undefined when it may be published: `https://host/…`, `http://host/…`, or a path on this
 * site (`/…`, not `//…`, which is another host). `fragments` also lets `#anchor` through, for links inside a body.
 */
export function urlProblem(url: string, options: { fragments?: boolean } = {}): string | undefined {
  const scheme = scriptScheme(url);
  if (scheme) return `dùng địa chỉ "${scheme}:", có thể chạy mã trên máy người đọc; ${URL_RULE}`;
  if (url.trim() === '') return `địa chỉ trống; ${URL_RULE}`;
  if (HIDDEN.test(url)) return `địa chỉ có khoảng trắng hoặc ký tự ẩn; ${URL_RULE}`;
  if (url.includes('\\')) return `địa chỉ có dấu \\; ${URL_RULE}`;
  if (url.startsWith('/')) return url.startsWith('//') ? `"${url}" trỏ sang máy chủ khác; ${URL_RULE}` : undefined;
  if (options.fragments && url.startsWith('#')) return undefined;
  if (ABSOLUTE.test(url) && URL.canParse(url)) {
    const parsed = new URL(url);
    if ((ALLOWED_SCHEMES as readonly string[]).includes(parsed.protocol.slice(0, -1)) && parsed.hostname !== '')
      return undefined;
  }
  return `"${url}" không phải địa chỉ được phép; ${URL_RULE}`;
}

/** The rule as a pattern for the CMS's own check while typing (Decap `pattern`); urlProblem decides before saving. */
export const URL_PATTERN = '^(https?://[^\\s/\\\\]+[^\\s\\\\]*|/(?![/\\\\])[^\\s\\\\]*)$';

/** True when the URL may be published. */
export const isAllowedUrl = (url: string, options: { fragments?: boolean } = {}) =>
  urlProblem(url, options) === undefined;
