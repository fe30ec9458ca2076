/** Small helpers pages use to describe entries in lists, kept out of templates so they can be tested. */
import { t } from '../../i18n/vi';
import { ARTICLE_CATEGORIES, GUIDE_FIELDS, PROFILE_KINDS } from '../../schemas/vocabulary';

export const categoryLabel = (c: keyof typeof ARTICLE_CATEGORIES) => ARTICLE_CATEGORIES[c];
export const guideFieldLabel = (f: keyof typeof GUIDE_FIELDS) => GUIDE_FIELDS[f];
export const profileKindLabel = (k: keyof typeof PROFILE_KINDS) => PROFILE_KINDS[k];

/** Items per list page: small enough for a cheap phone on a slow line. */
export const PAGE_SIZE = 12;

/** Title of a page of a paginated list: the list's name, then "Trang 2/5" from the second page on. */
export function pagedTitle(label: string, page: { currentPage: number; lastPage: number }): string {
  return page.currentPage > 1
    ? `${label} – ${t('list.page', { page: page.currentPage, total: page.lastPage })}`
    : label;
}

/**
 * The parts of a kicker or subtitle that add something to the title: a part equal to the title or to another
 * part is left out, and so is a part a later one starts with ("Tập thể" before "Tập thể xã Cao Sơn").
 */
export function distinctLabels(title: string, parts: readonly (string | undefined)[]): string[] {
  const key = (text: string) => text.normalize('NFC').trim().toLocaleLowerCase('vi');
  const present = parts.filter((p): p is string => !!p && p.trim() !== '');
  return present.filter((part, i) => {
    const k = key(part);
    if (k === key(title)) return false;
    if (present.slice(0, i).some((earlier) => key(earlier) === k)) return false;
    return !present.slice(i + 1).some((later) => key(later) !== k && key(later).startsWith(k + ' '));
  });
}

/** Cards in one grid all show an image or none do, so the grid stays even. */
export function showImages<T>(items: readonly T[], hasImage: (item: T) => boolean): boolean {
  return items.length > 0 && items.every(hasImage);
}
