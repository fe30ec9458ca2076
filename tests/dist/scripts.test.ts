/**
 * Reading pages ship no JavaScript except the one-line service-worker registration file; JSON-LD blocks
 * are data, not code. The offline page also loads the script that lists stored pages; lesson pages carry
 * their quiz script (checked in lessons.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { builtHtmlFiles, readBuilt } from '../helpers/dist';
import { scriptsOf } from '../helpers/html';

const REGISTER = { src: '/sw-register.js', defer: '' };

describe('scripts on built pages', () => {
  const pages = builtHtmlFiles().filter((f) => !f.startsWith('admin/'));
  // The features that need a script bring their own bundled module: the quiz on lesson pages, search on /tim-kiem/.
  const hasFeatureScript = (file: string, html: string) => html.includes('data-quiz') || file === 'tim-kiem/index.html';
  it.each(pages)('%s', (file) => {
    const html = readBuilt(file);
    const scripts = scriptsOf(html).filter((s) => s.type !== 'application/ld+json' && !(hasFeatureScript(file, html) && s.type === 'module'));
    const allowed = file === 'ngoai-tuyen/index.html' ? [{ src: '/offline-pages.js', defer: '' }, REGISTER] : [REGISTER];
    expect(scripts.sort((a, b) => (a.src ?? '').localeCompare(b.src ?? ''))).toEqual(allowed);
  });
  it('the registration script is small and registers /sw.js', () => {
    const js = readBuilt('sw-register.js');
    expect(js).toContain("register('/sw.js')");
    expect(Buffer.byteLength(js)).toBeLessThan(1500);
  });
  it('the worker precaches only the shell, not the pages', () => {
    const sw = readBuilt('sw.js');
    // Workbox's injectManifest writes the list as JSON where the source had self.__WB_MANIFEST.
    const list = /\[\{"revision":.*?\}\]/.exec(sw);
    expect(list, 'precache list in sw.js').not.toBeNull();
    expect(sw).not.toContain('__WB_MANIFEST');
    const precached = (JSON.parse(list![0]) as { url: string }[]).map((e) => e.url);
    expect(precached).toContain('ngoai-tuyen/');
    expect(precached.every((u) => u === 'ngoai-tuyen/' || /\.(css|js|svg|png|webmanifest)$/.test(u)), precached.join(' ')).toBe(true);
    expect(precached.length).toBeLessThan(20);
    // Runtime routes: pages and Pagefind's unhashed files network-first, hashed assets and index chunks cache-first.
    expect(sw).toContain('/pagefind/');
    expect(sw).toContain('/_astro/');
  });
});
