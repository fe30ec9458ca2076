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
  return page.currentPage > 1 ? `${label} – ${t('list.page', { page: page.currentPage, total: page.lastPage })}` : label;
}
