/** /admin/ in the production build: the CMS is served by the site itself, only there, and hidden from readers' tools. */
import { describe, expect, it } from 'vitest';
import { builtHtmlFiles, readBuilt, sitemapPaths } from '../helpers/dist';

const admin = () => readBuilt('admin/index.html');
const scriptSources = (html: string) => [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);

describe('/admin/', () => {
  it('loads Decap from the site itself, as one module script', () => {
    const sources = scriptSources(admin());
    expect(sources).toHaveLength(1);
    // Bundled by scripts/build-cms.mjs, named by its content hash (the placeholder address must be gone).
    expect(sources[0]).toMatch(/^\/admin\/cms\/cms-[\w-]+\.js$/);
    expect(admin()).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
  });

  it('carries the configuration built from the schemas: Vietnamese, editorial workflow, no local backend in production', () => {
    const json = /<script type="application\/json" id="cms-config">([\s\S]*?)<\/script>/.exec(admin())![1]!;
    const config = JSON.parse(json) as Record<string, unknown>;
    expect(config).toMatchObject({ locale: 'vi', publish_mode: 'editorial_workflow' });
    expect((config.collections as { name: string }[]).map((c) => c.name)).toEqual(expect.arrayContaining(['articles', 'profiles', 'guides', 'localities', 'stats', 'settings', 'pages']));
    expect(config.local_backend).toBeUndefined();
  });

  it('is not indexed, not in the sitemap and not in site search', () => {
    expect(admin()).toMatch(/<meta name="robots" content="noindex, nofollow">/);
    expect(admin()).toMatch(/<body[^>]*data-pagefind-ignore="all"/);
    expect(admin()).not.toContain('data-pagefind-body');
    expect(sitemapPaths().filter((p) => p.startsWith('/admin'))).toEqual([]);
  });

  it('is the only page that loads the CMS bundle', () => {
    const bundle = scriptSources(admin())[0]!;
    const others = builtHtmlFiles().filter((f) => f !== 'admin/index.html' && readBuilt(f).includes(bundle));
    expect(others).toEqual([]);
    // Reading pages may register the offline service worker, but bundle nothing from the build.
    expect(scriptSources(readBuilt('index.html')).filter((src) => src.startsWith('/_astro/'))).toEqual([]);
  });
});
