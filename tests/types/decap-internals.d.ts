/** Decap's own slug functions (untyped deep imports), used to prove CMS file names follow the site's slugify. */
declare module 'decap-cms-core/dist/esm/lib/urlHelper.js' {
  export function sanitizeSlug(
    text: string,
    options: { encoding: string; clean_accents: boolean; sanitize_replacement: string },
  ): string;
}
