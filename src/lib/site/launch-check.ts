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

/** Hosts that are never a real public address: reserved example and test names, loopback, private names. */
const RESERVED_HOST =
  /(^|\.)(example|invalid|test|localhost|local|internal)$|(^|\.)example\.(com|net|org|vn)$|\.example\.|^example\./;
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1?\])$/;

/** A starter value: text in square brackets ("[Tên Công an tỉnh]") marks what an operator must fill in. */
const PLACEHOLDER = /\[[^\]]+\]/;

export function siteUrlProblems(siteUrl: string, field = 'SITE_URL'): string[] {
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    return [`${field}: "${siteUrl}" không phải là địa chỉ hợp lệ`];
  }
  const problems: string[] = [];
  if (url.protocol !== 'https:') problems.push(`${field}: phải dùng https:// (đang là ${url.protocol}//)`);
  const host = url.hostname.toLowerCase();
  if (LOOPBACK.test(host) || RESERVED_HOST.test(host))
    problems.push(`${field}: "${host}" là tên miền mẫu hoặc địa chỉ nội bộ, không phải địa chỉ công khai`);
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
