/** Small helpers pages use to describe entries in lists, kept out of templates so they can be tested. */
import { ARTICLE_CATEGORIES, GUIDE_FIELDS, PROFILE_KINDS } from '../schemas/vocabulary';

export const categoryLabel = (c: keyof typeof ARTICLE_CATEGORIES) => ARTICLE_CATEGORIES[c];
export const guideFieldLabel = (f: keyof typeof GUIDE_FIELDS) => GUIDE_FIELDS[f];
export const profileKindLabel = (k: keyof typeof PROFILE_KINDS) => PROFILE_KINDS[k];

/** Items per list page: small enough for a cheap phone on a slow line. */
export const PAGE_SIZE = 12;
