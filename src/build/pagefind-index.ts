/**
 * Builds the Pagefind search index into dist/pagefind/ through Pagefind's Node API, as its own step after
 * `astro build` (scripts/search-index.mjs, run by `npm run build`). Not an Astro integration on purpose: the
 * index is built by a separate process that needs a fraction of the memory, instead of on top of the finished
 * Astro build still holding its own (measured at 5,000 entries: 4.8 GB peak inside the build, 3.3 GB apart).
 *
 * Only pages with data-pagefind-body are indexed (articles, guides, profiles, places). Each page gets, in memory
 * only, a meta field with its đ-words folded to d, because Pagefind never matches "d" to "đ".
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { close, createIndex } from 'pagefind';
import { withFoldedTerms } from '../lib/search/page-index';

/** Files of Pagefind's ready-made interfaces; the site has its own, so they are not published. */
const UNUSED_BUNDLE_FILES = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** Indexes the built site in `root` (dist/); returns how many pages went into the index. */
export async function buildSearchIndex(root: string): Promise<number> {
  // One language for the whole site: "vi" and "vi-VN" would otherwise become two indexes.
  const { index, errors } = await createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind: không tạo được chỉ mục: ${errors.join('; ')}`);
  try {
    let pages = 0;
    for (const file of await htmlFiles(root)) {
      const html = await readFile(file, 'utf8');
      if (!/\sdata-pagefind-body[\s>=]/.test(html)) continue;
      const sourcePath = relative(root, file).split(sep).join('/');
      const added = await index.addHTMLFile({ sourcePath, content: withFoldedTerms(html) });
      if (added.errors.length) throw new Error(`Pagefind: ${sourcePath}: ${added.errors.join('; ')}`);
      pages += 1;
    }
    if (pages === 0)
      throw new Error(`Pagefind: không có trang nào để lập chỉ mục trong ${root} (đã chạy astro build chưa?)`);
    const outputPath = join(root, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    for (const name of await readdir(outputPath)) if (UNUSED_BUNDLE_FILES.test(name)) await rm(join(outputPath, name));
    return pages;
  } finally {
    await close();
  }
}
