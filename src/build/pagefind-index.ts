/**
 * Builds the Pagefind search index into dist/pagefind/ through Pagefind's Node API, as its own step after
 * `astro build` (scripts/search-index.mjs, run by `npm run build`). Not an Astro integration on purpose: the
 * index is built by a separate process that needs a fraction of the memory, instead of on top of the finished
 * Astro build still holding its own (measured at 5,000 entries: 4.8 GB peak inside the build, 3.3 GB apart).
 *
 * Only pages with data-pagefind-body are indexed (articles, guides, profiles, places). Each page gets, in memory
 * only, a meta field with its đ-words folded to d, because Pagefind never matches "d" to "đ". The pages' date
 * and name orders go to files of their own (src/lib/search/sort-order.ts says why).
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { close, createIndex } from 'pagefind';
import { pageForIndex } from '../lib/search/page-index';
import { buildSortOrders, sortOrderFile, type SortKey } from '../lib/search/sort-order';

/** Files of Pagefind's ready-made interfaces; the site has its own, so they are not published. */
const UNUSED_BUNDLE_FILES = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/**
 * Result ids and page addresses in one Pagefind fragment file: gzip of "pagefind_dcd" and JSON, either one page's
 * fragment (its id is the file name) or, when Pagefind groups fragments (its maxFragments option), an object of them.
 */
function fragmentPages(gzipped: Buffer, name: string): [string, string][] {
  const text = gunzipSync(gzipped).toString('utf8');
  const json = JSON.parse(text.slice(text.indexOf('{'))) as Record<string, unknown>;
  const id = name.replace(/\.pf_fragment$/, '');
  const entries: [string, unknown][] = typeof json.url === 'string' ? [[id, json]] : Object.entries(json);
  return entries.map(([pageId, fragment]) => {
    const url = (fragment as { url?: unknown } | null)?.url;
    if (typeof url !== 'string') throw new Error(`Pagefind: ${name}: không đọc được địa chỉ trang`);
    return [pageId, url];
  });
}

/** Writes the sort orders of the indexed pages, keyed by the ids the search results carry. */
async function writeSortOrders(outputPath: string, keysByUrl: Map<string, [SortKey, string][]>): Promise<void> {
  const dir = join(outputPath, 'fragment');
  const pages: { id: string; keys: [SortKey, string][] }[] = [];
  // One at a time: thousands of files opened at once can exhaust the process's file handles.
  for (const name of await readdir(dir)) {
    for (const [id, url] of fragmentPages(await readFile(join(dir, name)), name)) {
      const keys = keysByUrl.get(url);
      if (!keys) throw new Error(`Pagefind: ${name}: trang ${url} không có trong danh sách đã lập chỉ mục`);
      pages.push({ id, keys });
    }
  }
  if (pages.length !== keysByUrl.size)
    throw new Error(
      `Pagefind: ${keysByUrl.size} trang được lập chỉ mục nhưng có ${pages.length} trang trong thư mục fragment`,
    );
  for (const [key, ids] of Object.entries(buildSortOrders(pages)))
    await writeFile(join(outputPath, sortOrderFile(key as SortKey)), JSON.stringify(ids));
}

/** Indexes the built site in `root` (dist/); returns how many pages went into the index. */
export async function buildSearchIndex(root: string): Promise<number> {
  // One language for the whole site: "vi" and "vi-VN" would otherwise become two indexes.
  const { index, errors } = await createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind: không tạo được chỉ mục: ${errors.join('; ')}`);
  try {
    /** The indexed pages: each page's address (as Pagefind gives it) → its sort keys. */
    const keysByUrl = new Map<string, [SortKey, string][]>();
    for (const file of await htmlFiles(root)) {
      const sourcePath = relative(root, file).split(sep).join('/');
      const page = pageForIndex(await readFile(file, 'utf8'), sourcePath);
      if (!page) continue;
      const added = await index.addHTMLFile({ sourcePath, content: page.html });
      if (added.errors.length) throw new Error(`Pagefind: ${sourcePath}: ${added.errors.join('; ')}`);
      keysByUrl.set(added.file.url, page.sortKeys);
    }
    if (keysByUrl.size === 0)
      throw new Error(`Pagefind: không có trang nào để lập chỉ mục trong ${root} (đã chạy astro build chưa?)`);
    const outputPath = join(root, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    await writeSortOrders(outputPath, keysByUrl);
    for (const name of await readdir(outputPath)) if (UNUSED_BUNDLE_FILES.test(name)) await rm(join(outputPath, name));
    return keysByUrl.size;
  } finally {
    await close();
  }
}
