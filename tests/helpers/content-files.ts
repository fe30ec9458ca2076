/** The content as files on disk, read without Astro: for predictions the build is then checked against. */
import { cmsEnabled } from '../../cms/backend';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { frontMatter } from '../../src/build/lastmod';
import { slugify } from '../../src/lib/text/vietnamese';
import { ROOT } from './preview';

const CONTENT = join(ROOT, 'src/content');
const PAGES = join(ROOT, 'src/pages');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/**
 * Frontmatter (MDX) or the object (JSON) of every entry of a collection with its id (the file name slugified, as
 * src/content.config.ts does); files starting with "_" are ignored as Astro does.
 */
export function readEntries(name: string): { id: string; data: Record<string, unknown> }[] {
  return walk(join(CONTENT, name))
    .filter((f) => !f.split(sep).at(-1)!.startsWith('_'))
    .flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const id = slugify(
        relative(join(CONTENT, name), file)
          .split(sep)
          .join('/')
          .replace(/\.(mdx?|json)$/, ''),
      );
      if (file.endsWith('.json')) return [{ id, data: JSON.parse(text) as Record<string, unknown> }];
      if (!/\.mdx?$/.test(file)) return [];
      return [{ id, data: frontMatter(text) ?? {} }];
    });
}

/** The data of every entry of a collection (see readEntries). */
export const readCollection = (name: string) => readEntries(name).map((e) => e.data);

/** Route files under src/pages that produce HTML, relative with forward slashes. */
export function pageRoutes(): { static: string[]; dynamic: string[] } {
  const files = walk(PAGES)
    .map((f) => relative(PAGES, f).split(sep).join('/'))
    .filter((f) => /\.(astro|mdx?|html)$/.test(f) && !f.split('/').some((part) => part.startsWith('_')));
  // Routes an integration injects: /admin/ (src/integrations/cms-admin.ts), built unless CMS_BACKEND=none.
  const injected = cmsEnabled(process.env) ? ['admin/index.astro'] : [];
  return {
    static: [...files.filter((f) => !f.includes('[')), ...injected],
    dynamic: files.filter((f) => f.includes('[')),
  };
}
