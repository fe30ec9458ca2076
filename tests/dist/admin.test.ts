/** /admin/ in the production build: the CMS is served by the site itself, only there, and hidden from readers' tools. */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { builtHtmlFiles, readBuilt, sitemapPaths } from '../helpers/dist';
import { DIST, ROOT } from '../helpers/preview';

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

describe('the CMS bundle between builds', () => {
  it('is copied back from the cache when its code has not changed, the same files under the same name', async () => {
    // A second run of the build step on a fresh admin page, as the next build after a content change would do.
    const dist = mkdtempSync(join(tmpdir(), 'antq-cms-cache-'));
    try {
      const entry = scriptSources(admin())[0]!;
      mkdirSync(join(dist, 'admin'));
      writeFileSync(join(dist, 'admin', 'index.html'), admin().replace(`src="${entry}"`, 'src="/admin/cms.js"'));
      const { stdout } = await promisify(execFile)(process.execPath, ['scripts/build-cms.mjs', '--dist', dist], { cwd: ROOT });
      expect(stdout).toContain('lấy lại từ bộ nhớ đệm');
      expect(scriptSources(readFileSync(join(dist, 'admin', 'index.html'), 'utf8'))).toEqual([entry]);
      const built = readdirSync(join(DIST, 'admin', 'cms')).sort();
      expect(readdirSync(join(dist, 'admin', 'cms')).sort()).toEqual(built);
      for (const file of built) expect(readFileSync(join(dist, 'admin', 'cms', file)).equals(readFileSync(join(DIST, 'admin', 'cms', file))), file).toBe(true);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
