/** Reading the built site from dist/ without a server. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DIST } from './preview';

/** Every built HTML file, as paths relative to dist/ with forward slashes. */
export function builtHtmlFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) out.push(relative(DIST, full).split(sep).join('/'));
    }
  };
  walk(DIST);
  return out.sort();
}

export function readBuilt(path: string): string {
  return readFileSync(join(DIST, path), 'utf8');
}

/** URL path of a built file: "tin-tuc/a/index.html" → "/tin-tuc/a/". */
export function urlPathOf(file: string): string {
  return '/' + file.replace(/index\.html$/, '').replace(/\.html$/, '');
}

/** Paths listed in the built sitemap. */
export function sitemapPaths(): string[] {
  const index = readBuilt('sitemap-index.xml');
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.replace(/^\//, ''));
  return files.flatMap((f) => [...readBuilt(f).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
}
