/**
 * Privacy check on what the portal publishes about people: a personal mobile number, a citizen ID number or a
 * home address in any text of any collection (settings and the alert included), and an individual's profile
 * without a consent record. Residents who
 * report crime or who are written about must not become findable through the portal, so the build fails.
 * The public numbers in the site settings (hotlines, 113…) are allowed wherever they appear.
 */
import type { ContentProblem } from './integrity';
import type { EntryLike } from './references';
import { isNationalShortNumber } from '../site/contacts';

export type PrivacyKind = 'phone' | 'citizen-id' | 'address';

export interface PrivacyFinding {
  kind: PrivacyKind;
  /** The text that matched, as written. */
  match: string;
}

const NOT_DIGIT_BEFORE = '(?<![\\d+])';
const NOT_DIGIT_AFTER = '(?!\\d)';
const SEP = '[\\s.\\-]?';

/**
 * Vietnamese mobile numbers: 10 digits starting 03/05/07/08/09, or the same without the 0 after +84/84,
 * with spaces, dots or dashes anywhere between digits ("0912 345 678", "+84 912.345.678").
 */
const MOBILE = new RegExp(`${NOT_DIGIT_BEFORE}(?:\\+84|84|0)${SEP}[35789](?:${SEP}\\d){8}${NOT_DIGIT_AFTER}`, 'g');

/**
 * Citizen ID (căn cước công dân): 12 digits, bare or in groups separated by spaces. Dotted groups are left
 * alone on purpose: "100.000.000.000 đồng" is how Vietnamese writes an amount of money.
 */
const CITIZEN_ID = new RegExp(
  `${NOT_DIGIT_BEFORE}(?:\\d{12}|\\d{3}(?: \\d{3}){3}|\\d{4}(?: \\d{4}){2})(?![\\d.,]\\d)${NOT_DIGIT_AFTER}`,
  'g',
);

/**
 * Street-level home addresses: "số nhà 12", "ngõ 34", "ngách 5", "hẻm 78/3", "kiệt 7" (Huế). A village or
 * residential group ("thôn Khau Cà", "tổ 1") is public geography, not a home, and is not matched.
 */
const ADDRESS = /(?<![\p{L}\p{N}])(?:số nhà|ngõ|ngách|hẻm|kiệt)\s+(?:số\s+)?\d+(?:[/-]\d+)*(?![\p{L}\p{N}])/giu;

const digitsOf = (s: string) => s.replace(/\D/g, '');

/** A number in national form ("84912…" → "0912…"), so "+84 912 345 678" and "0912.345.678" compare equal. */
export function nationalNumber(s: string): string {
  const digits = digitsOf(s);
  return digits.startsWith('84') && digits.length === 11 ? `0${digits.slice(2)}` : digits;
}

/** What in one piece of text looks like personal data, except the allowed public numbers. */
export function findPersonalData(text: string, allowedNumbers: Iterable<string> = []): PrivacyFinding[] {
  return findIn(text, new Set([...allowedNumbers].map(nationalNumber)));
}

function findIn(text: string, allowed: ReadonlySet<string>): PrivacyFinding[] {
  // Every pattern needs a digit, and most lines of prose have none: 5,000 entries are about 150,000 texts.
  if (!/\d/.test(text)) return [];
  const normalized = text.normalize('NFC');
  const findings: PrivacyFinding[] = [];
  for (const m of normalized.matchAll(MOBILE))
    if (!allowed.has(nationalNumber(m[0]))) findings.push({ kind: 'phone', match: m[0] });
  for (const m of normalized.matchAll(CITIZEN_ID))
    if (!allowed.has(nationalNumber(m[0]))) findings.push({ kind: 'citizen-id', match: m[0] });
  for (const m of normalized.matchAll(ADDRESS)) findings.push({ kind: 'address', match: m[0] });
  return findings;
}

const MESSAGES: Record<PrivacyKind, string> = {
  phone: 'có vẻ là số điện thoại di động cá nhân',
  'citizen-id': 'có vẻ là số căn cước công dân (12 chữ số)',
  address: 'có vẻ là địa chỉ nhà riêng',
};

/** Every string in the entry's data with its dotted field path. */
function stringFields(data: unknown, path: string): { field: string; text: string }[] {
  if (typeof data === 'string') return [{ field: path || '(giá trị)', text: data }];
  if (data === null || typeof data !== 'object' || data instanceof Date) return [];
  if (Array.isArray(data)) return data.flatMap((item, i) => stringFields(item, `${path}[${i}]`));
  return Object.entries(data).flatMap(([k, v]) => stringFields(v, path ? `${path}.${k}` : k));
}

/** The profile kind that needs a consent record: an individual (collectives are public bodies). */
export const CONSENT_REQUIRED_KIND = 'ca-nhan';

/** A field published on purpose as a contact, with the group recording its source (the registry's list). */
export interface PublicContactRule {
  /** "contacts[].number" */
  field: string;
  /** "contacts[].source" */
  source: string;
}

/** "contacts[3].number" → "contacts[].number": the field's path in the field definitions. */
const shapeOf = (path: string) => path.replace(/\[\d+\]/g, '[]');

/** The value at a dotted path with indices ("contacts[3].source"), or undefined. */
function valueAt(data: unknown, path: string): unknown {
  let value = data;
  for (const key of path.split(/\.|\[|\]\.?/).filter(Boolean)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The source path of a contact field at its own indices: ("contacts[].source", "contacts[3].number") → "contacts[3].source". */
function sourcePathFor(rule: PublicContactRule, field: string): string {
  const indices = [...field.matchAll(/\[(\d+)\]/g)].map((m) => m[1]);
  let i = 0;
  return rule.source.replace(/\[\]/g, () => `[${indices[i++] ?? 0}]`);
}

const hasSource = (value: unknown) =>
  value !== null && typeof value === 'object' && typeof (value as { title?: unknown }).title === 'string'
    ? (value as { title: string }).title.trim() !== ''
    : false;

/**
 * Privacy problems in entries of any collection, named by file and field (body findings by line): every text
 * field and the body. A public contact (`publicContacts` of the entry's collection, from the registry) is exempt
 * while its source is filled in; without one it is refused with its own message, never silently hidden. The
 * national short numbers (113, 114, 115, 111) need no source.
 */
export function findPrivacyProblems(
  entries: readonly EntryLike[],
  allowedNumbers: readonly string[],
  publicContactsOf: (collection: string) => readonly PublicContactRule[] = () => [],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const allowed = new Set(allowedNumbers.map(nationalNumber));
  for (const entry of entries) {
    const file = entry.filePath ?? `${entry.collection}/${entry.id}`;
    const contacts = publicContactsOf(entry.collection);
    const texts = stringFields(entry.data, '');
    (entry.body ?? '').split('\n').forEach((line, i) => texts.push({ field: `body (dòng ${i + 1})`, text: line }));
    for (const { field, text } of texts) {
      const contact = contacts.find((c) => c.field === shapeOf(field));
      if (contact) {
        const sourcePath = sourcePathFor(contact, field);
        if (hasSource(valueAt(entry.data, sourcePath)) || isNationalShortNumber(text)) continue;
        problems.push({
          file,
          field,
          message: `"${text}" là thông tin liên hệ công khai nhưng chưa ghi nguồn công bố (${sourcePath}): hãy ghi văn bản hoặc trang chính thức đã công bố thông tin này, hoặc xóa nó; không có nguồn thì không được hiển thị`,
        });
        continue;
      }
      for (const finding of findIn(text, allowed)) {
        problems.push({
          file,
          field,
          message: `"${finding.match}" ${MESSAGES[finding.kind]}; không đăng thông tin cá nhân lên cổng`,
        });
      }
    }
    const data = entry.data as { kind?: string; consent?: unknown };
    if (entry.collection === 'profiles' && data.kind === CONSENT_REQUIRED_KIND && !data.consent) {
      problems.push({
        file,
        field: 'consent',
        message: 'hồ sơ cá nhân phải có bản đồng ý đăng tải (ai đồng ý, ngày nào)',
      });
    }
  }
  return problems;
}
