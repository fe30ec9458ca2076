/**
 * Vietnamese text handling shared by the site, the CMS and search:
 * Unicode normalisation, diacritic folding, tone-mark placement and slugs.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** Tone marks as combining characters (NFD): grave, acute, tilde, hook above, dot below. */
const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';
const WORD = /\p{L}[\p{L}\p{M}]*/gu;

/** Canonical composed form; everything that enters the site goes through it. */
export function toNFC(text: string): string {
  return text.normalize('NFC');
}

export function isNFC(text: string): boolean {
  return text === text.normalize('NFC');
}

/** Removes every diacritic and maps đ→d, so "Đảng ủy" becomes "Dang uy". Case is kept. */
export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/**
 * ASCII URL slug: "Hộ an toàn, thôn bản bình yên" → "ho-an-toan-thon-ban-binh-yen".
 * NFC and NFD input give the same result because folding decomposes first.
 */
export function slugify(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** True when the text is already a slug of itself (ASCII lowercase words joined by single hyphens). */
export function isSlug(text: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text);
}

type TonePlacement = 'classic' | 'modern';

/*
 * Open syllables ending in oa, oe, uy (not after q) carry the tone on the first vowel in the
 * classic style (hòa, khỏe, thủy) and on the second in the modern one (hoà, khoẻ, thuỷ).
 * Closed syllables (toán, Huỳnh) and qu- syllables (quý) have only one correct spelling.
 */
const CLASSIC_PATTERN = new RegExp(`(^|[^qQ])([oOuU])([${TONE_MARKS}])([aeyAEY])$`);
const MODERN_PATTERN = new RegExp(`(^|[^qQ])([oOuU])([aeyAEY])([${TONE_MARKS}])$`);

function placeToneInWord(word: string, placement: TonePlacement): string {
  const decomposed = word.normalize('NFD');
  // Only the pairs o+a, o+e, u+y alternate; "ua"/"ue"/"oy" do not.
  const valid = (first: string, second: string) =>
    (first.toLowerCase() === 'o' && 'ae'.includes(second.toLowerCase())) ||
    (first.toLowerCase() === 'u' && second.toLowerCase() === 'y');
  const moved =
    placement === 'classic'
      ? decomposed.replace(MODERN_PATTERN, (m, pre, v1, v2, tone) => (valid(v1, v2) ? `${pre}${v1}${tone}${v2}` : m))
      : decomposed.replace(CLASSIC_PATTERN, (m, pre, v1, tone, v2) => (valid(v1, v2) ? `${pre}${v1}${v2}${tone}` : m));
  return moved.normalize('NFC');
}

/** Rewrites every word to one tone-mark placement: classic "hòa, thủy" or modern "hoà, thuỷ". */
export function placeTones(text: string, placement: TonePlacement = 'classic'): string {
  return toNFC(text).replace(WORD, (word) => placeToneInWord(word, placement));
}

/** Both spellings of a text, classic first; one element when the text has no alternating syllable. */
export function toneVariants(text: string): string[] {
  const classic = placeTones(text, 'classic');
  const modern = placeTones(text, 'modern');
  return classic === modern ? [classic] : [classic, modern];
}

/**
 * Key for comparing texts loosely: NFC, classic tones, lower case, no diacritics, single spaces.
 * "Hoà giải" and "hoa giai" share a key.
 */
export function searchKey(text: string): string {
  return foldDiacritics(placeTones(text, 'classic')).toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Whether every word typed is found in the text, ignoring diacritics, đ, tone placement and case:
 * "cao son" finds "Cao Sơn", "hoa giai" finds "Tổ hòa giải". The CMS pickers search with it.
 */
export function looseIncludes(text: string, typed: string): boolean {
  const haystack = searchKey(text);
  return searchKey(typed)
    .split(' ')
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
