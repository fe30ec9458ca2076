/**
 * The demo build says what it is and points nowhere it should not; every entry says where its facts come from;
 * every cited legal document is on the list of documents, with the pages that cite it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { builtHtmlFiles, readBuilt } from '../helpers/dist';
import { readEntries } from '../helpers/content-files';
import { sourceEntries } from '../helpers/content';
import { DIST, ROOT, startPreview, type Preview } from '../helpers/preview';
import { t } from '../../src/i18n/vi';
import { DEMO_ORIGIN } from '../../src/lib/site/site-mode';

/** Every text file of the build (HTML, XML, JSON, JS, CSS, txt, webmanifest). */
function builtTextFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(html|xml|json|js|mjs|css|txt|webmanifest)$/.test(name)) out.push(full);
    }
  };
  walk(DIST);
  return out;
}

describe('demo build', () => {
  const pages = builtHtmlFiles().filter((f) => !f.startsWith('admin/'));

  it('every page carries the demo notice and is not for search engines', () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const file of pages) {
      const html = readBuilt(file);
      expect(html, file).toContain('class="demo-notice"');
      expect(html, file).toContain('Đây là bản trình diễn của cổng thông tin với nội dung mẫu');
      expect(html, file).toMatch(/<meta name="robots" content="noindex, nofollow"/);
    }
    expect(readBuilt('robots.txt')).toBe('User-agent: *\nDisallow: /\n');
  });

  it('no built file points at a placeholder domain; absolute links use the local address', () => {
    // Decap's and Pagefind's own bundles carry sample URLs in their code; nothing the portal writes is exempt.
    const vendor = (f: string) => /^(admin\/cms\/|pagefind\/[^/]+\.js$)/.test(relative(DIST, f));
    const files = builtTextFiles().filter((f) => !vendor(f));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text, relative(DIST, file)).not.toMatch(/example\.(vn|com|org|net)|congan\.example|\.example\b/i);
    }
    expect(readBuilt('index.html')).toContain(`<link rel="canonical" href="${DEMO_ORIGIN}/">`);
    expect(readBuilt('rss.xml')).toContain(`<link>${DEMO_ORIGIN}/</link>`);
  });

  it('no page, feed or card text names the starter settings as its publisher: a demonstration names no agency', () => {
    const settings = JSON.parse(readFileSync(join(ROOT, 'src/content/settings/site.json'), 'utf8')) as {
      agency: string;
      unit: string;
    };
    // The starter settings hold placeholders; were they filled in, this test would say nothing.
    expect(settings.agency).toMatch(/^\[.+\]$/);
    const vendor = (f: string) => /^(admin\/|pagefind\/)/.test(relative(DIST, f));
    for (const file of builtTextFiles().filter((f) => !vendor(f))) {
      const text = readFileSync(file, 'utf8');
      for (const starter of [settings.agency, settings.unit]) expect(text, relative(DIST, file)).not.toContain(starter);
    }
    expect(readBuilt('index.html')).toMatch(new RegExp(`class="brand-agency"[^>]*>${t('demo.publisher')}<`));
  });

  it('no unsourced number is offered to call', () => {
    const allowed = new Set(['113', '114', '115', '111']);
    for (const file of pages) {
      for (const [, number] of readBuilt(file).matchAll(/href="tel:([^"]+)"/g)) expect(allowed, `${file}: tel:${number}`).toContain(number);
    }
  });
});

describe('sources and legal documents', () => {
  it('every article, profile and guide shows "Nguồn" with its sources', () => {
    for (const collection of ['articles', 'profiles', 'guides'] as const) {
      for (const entry of sourceEntries(collection).filter((e) => e.published)) {
        const html = readBuilt(`${entry.path.slice(1)}index.html`);
        const section = /<section class="sources[^"]*"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1];
        expect(section, entry.path).toBeDefined();
        expect(section).toMatch(/<h2[^>]*>Nguồn<\/h2>/);
        const sources = entry.data.sources as { title: string }[];
        expect(sources.length, entry.path).toBeGreaterThan(0);
        for (const s of sources) expect(section, entry.path).toContain(s.title);
      }
    }
  });

  it('every cited document exists and lists the pages citing it', () => {
    const laws = new Set(readEntries('laws').map((l) => l.id));
    const list = readBuilt('van-ban-phap-luat/index.html');
    for (const id of laws) expect(list).toContain(`id="${id}"`);
    for (const collection of ['articles', 'guides'] as const) {
      for (const entry of sourceEntries(collection).filter((e) => e.published)) {
        for (const id of (entry.data.laws ?? []) as string[]) {
          expect(laws, `${entry.path} cites ${id}`).toContain(id);
          const item = new RegExp(`<li id="${id}"[\\s\\S]*?</li>\\s*(?=<li id=|</ol>)`).exec(list)?.[0] ?? '';
          expect(item, id).toContain(`href="${entry.path}"`);
          expect(readBuilt(`${entry.path.slice(1)}index.html`)).toContain(`href="/van-ban-phap-luat/#${id}"`);
        }
      }
    }
  });
});

describe('printed pages', () => {
  let preview: Preview;
  let browser: Browser;
  beforeAll(async () => {
    [preview, browser] = await Promise.all([startPreview(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  it.each(['/', '/mo-hinh/to-hoa-giai/', '/hoc-tap/to-hoa-giai/', '/van-ban-phap-luat/', '/phat-thanh/tu-giac-giao-nop-vu-khi/'])('%s carries the demo notice on paper', async (path) => {
    const page = await browser.newPage();
    try {
      await page.emulateMedia({ media: 'print' });
      await page.goto(preview.url + path);
      await expect.poll(() => page.locator('.demo-notice').isVisible()).toBe(true);
      expect(await page.locator('.demo-notice').innerText()).toContain('bản trình diễn');
    } finally {
      await page.close();
    }
  });
});
