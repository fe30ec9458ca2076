/**
 * What stops a launch build: an address readers cannot reach or trust, a contact without its source, and
 * starter placeholders left in the settings. Every problem is listed at once, with file and field.
 */
import { unsourcedContacts, type ContactSettings } from './contacts';

export const SETTINGS_FILE = 'src/content/settings/site.json';

export interface LaunchProblem {
  file: string;
  field: string;
  message: string;
}

/**
 * Names that never reach the public: the reserved top-level names (RFC 2606, RFC 6761, RFC 6762 appendix G,
 * RFC 8375) and the example domains, whose sites are not the province's.
 */
const RESERVED_TLDS = [
  'example',
  'invalid',
  'test',
  'localhost',
  'local',
  'internal',
  'intranet',
  'private',
  'corp',
  'home',
  'lan',
  'onion',
  'alt',
] as const;
const EXAMPLE_DOMAINS = /(^|\.)example\.(com|net|org|vn)$|(^|\.)example\./;
const RESERVED_SUFFIXES = ['home.arpa', 'in-addr.arpa', 'ip6.arpa'] as const;

/** What kind of address an IP literal is, for the message: all of them are refused. */
function ipKind(host: string): string {
  const v4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host)?.slice(1).map(Number);
  const v6 = host.startsWith('[') ? host.slice(1, -1) : undefined;
  const mapped = v6 && /^::ffff:/i.test(v6) ? v6 : undefined;
  if (v4) {
    const [a, b] = v4 as [number, number, number, number];
    if (a === 127) return 'địa chỉ IP vòng lặp (loopback)';
    if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'địa chỉ IP mạng riêng';
    if (a === 169 && b === 254) return 'địa chỉ IP link-local';
    if (a === 0) return 'địa chỉ IP không định tuyến';
    if (a === 100 && b >= 64 && b <= 127) return 'địa chỉ IP mạng dùng chung của nhà mạng (CGNAT)';
    return 'địa chỉ IP';
  }
  if (mapped) return 'địa chỉ IPv4 viết dưới dạng IPv6';
  if (v6 === '::1' || v6 === '::') return 'địa chỉ IP vòng lặp (loopback)';
  if (v6 && /^f[cd]/i.test(v6)) return 'địa chỉ IP mạng riêng';
  if (v6 && /^fe[89ab]/i.test(v6)) return 'địa chỉ IP link-local';
  return 'địa chỉ IP';
}

/**
 * Why a host name cannot be a public portal's, or undefined. `host` is the URL parser's hostname: every spelling of
 * an IPv4 address (decimal "2130706433", hex "0x7f.1", octal "0177.0.0.1") is already the dotted form there, and an
 * IPv6 address (mapped IPv4 included) is in brackets.
 */
export function hostProblem(host: string): string | undefined {
  const name = host.toLowerCase();
  if (name.endsWith('.')) return `"${host}" kết thúc bằng dấu chấm; ghi tên miền không có dấu chấm cuối`;
  if (name.startsWith('[') || /^\d+\.\d+\.\d+\.\d+$/.test(name))
    return `"${host}" là ${ipKind(name)}; cổng công khai phải dùng tên miền, không dùng địa chỉ IP`;
  if (!name.includes('.')) return `"${host}" là tên nội bộ (không có tên miền cấp cao), không phải địa chỉ công khai`;
  const tld = name.slice(name.lastIndexOf('.') + 1);
  if ((RESERVED_TLDS as readonly string[]).includes(tld) || RESERVED_SUFFIXES.some((s) => name.endsWith(`.${s}`)))
    return `"${host}" là tên miền mẫu hoặc địa chỉ nội bộ (.${tld}), không phải địa chỉ công khai`;
  if (EXAMPLE_DOMAINS.test(name)) return `"${host}" là tên miền mẫu hoặc địa chỉ nội bộ, không phải địa chỉ công khai`;
  return undefined;
}

/** A starter value: text in square brackets ("[Tên Công an tỉnh]") marks what an operator must fill in. */
const PLACEHOLDER = /\[[^\]]+\]/;

/** Problems of an address the public (or the editors' browsers) must reach: https, a public host, nothing else. */
export function publicUrlProblems(value: string, field: string): string[] {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return [`${field}: "${value}" không phải là địa chỉ hợp lệ`];
  }
  const problems: string[] = [];
  if (url.protocol !== 'https:') problems.push(`${field}: phải dùng https:// (đang là ${url.protocol}//)`);
  if (url.username || url.password) problems.push(`${field}: không được ghi tên đăng nhập hay mật khẩu trong địa chỉ`);
  const host = hostProblem(url.hostname);
  if (host) problems.push(`${field}: ${host}`);
  return problems;
}

export function siteUrlProblems(siteUrl: string, field = 'SITE_URL'): string[] {
  const problems = publicUrlProblems(siteUrl, field);
  if (URL.canParse(siteUrl)) {
    const url = new URL(siteUrl);
    if (url.search || url.hash) problems.push(`${field}: chỉ ghi địa chỉ cổng, không kèm ?… hay #…`);
  }
  return problems;
}

/** Paths and values of every string in the settings that still holds a placeholder. */
function placeholders(value: unknown, path: string): { field: string; value: string }[] {
  if (typeof value === 'string') return PLACEHOLDER.test(value) ? [{ field: path, value }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => placeholders(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => placeholders(v, path ? `${path}.${k}` : k));
  return [];
}

export type LaunchSettings = ContactSettings & { siteUrl?: string | undefined };

export function launchProblems(siteUrl: string, settings: LaunchSettings, file = SETTINGS_FILE): LaunchProblem[] {
  const problems: LaunchProblem[] = siteUrlProblems(siteUrl).map((message) => ({
    file: 'SITE_URL',
    field: 'SITE_URL',
    message,
  }));
  if (!settings.siteUrl)
    problems.push({ file, field: 'siteUrl', message: `siteUrl: chưa điền địa chỉ cổng (SITE_URL là ${siteUrl})` });
  else if (settings.siteUrl.replace(/\/+$/, '') !== siteUrl.replace(/\/+$/, '')) {
    problems.push({ file, field: 'siteUrl', message: `siteUrl: "${settings.siteUrl}" khác SITE_URL "${siteUrl}"` });
  }
  for (const p of unsourcedContacts(settings))
    problems.push({ file, field: p.field, message: `${p.field}: ${p.message}` });
  for (const p of placeholders(settings, ''))
    problems.push({
      file,
      field: p.field,
      message: `${p.field}: còn giá trị mẫu "${p.value}", hãy điền thông tin thật`,
    });
  return problems;
}

export function launchReport(problems: readonly LaunchProblem[]): string {
  const byFile = Map.groupBy(problems, (p) => p.file);
  const lines = [...byFile].flatMap(([file, list]) => [`${file}:`, ...list.map((p) => `  - ${p.message}`)]);
  return [`Bản dựng phát hành (SITE_URL) chưa thể đưa vào hoạt động: ${problems.length} vấn đề`, ...lines].join('\n');
}
