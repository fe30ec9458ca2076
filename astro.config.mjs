// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { vietnameseHeadingIds } from './src/lib/mdx/heading-ids';
import { PUBLIC_META_DIRECTIVES } from './src/lib/security/csp';
import { lastmodMap, withLastmod } from './src/build/lastmod';
import offline from './src/integrations/offline';
import { buildOutputsCache } from './src/integrations/build-outputs';
import { mdxParseErrors, mdxSafetyPlugin } from './src/build/mdx-safety-plugin';
import { launchCheck } from './src/integrations/launch-check';
import { cmsAdmin } from './src/integrations/cms-admin';
import { contentCheck } from './src/integrations/content-check';
import { cmsDevGuard } from './src/integrations/cms-dev-guard';
import { siteMode } from './src/lib/site/site-mode';

/**
 * Astro marks each MDX entry's style-collecting module with a "use astro:head-inject" directive that nothing
 * reads, and the bundler warns, once per MDX file, that it may drop it (withastro/astro#18087). Only that
 * warning is left out; every other one is printed.
 * @type {NonNullable<NonNullable<NonNullable<import('vite').UserConfig['build']>['rolldownOptions']>['onLog']>}
 */
const withoutHeadInjectWarning = (level, log, handler) => {
  if (level === 'warn' && log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"'))
    return;
  handler(level, log);
};

/** Demo (no SITE_URL: the local address `npm start` serves) or launch (SITE_URL, checked before building). */
const mode = siteMode(process.env);
const site = mode.site;

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Several pages at a time: while one waits for an image (sharp's threads) or the disk, the next one renders;
  // pages render in one thread either way. Share cards are rasterised on those threads too.
  build: { format: 'directory', concurrency: 4 },
  // Two content files whose names slugify alike must fail the build, not silently shadow each other.
  prerenderConflictBehavior: 'error',
  integrations: [
    launchCheck(mode, process.env),
    // /admin/ (Decap CMS), unless CMS_BACKEND=none.
    cmsAdmin(process.env),
    // Every content problem of the run at once, grouped by file, before Astro reads the content.
    contentCheck(),
    mdx(),
    buildOutputsCache(),
    sitemap({
      // Neither the offline fallback nor the CMS at /admin/ is a page to find in a search engine.
      filter: (page) => !page.endsWith('/ngoai-tuyen/') && !new URL(page).pathname.startsWith('/admin/'),
      serialize: withLastmod(lastmodMap('.', site)),
    }),
    // The search index is built after `astro build`, in its own process (scripts/search-index.mjs).
    offline(),
    // `npm run cms`: the dev server answers only this machine, serves no tooling, and never reloads the CMS.
    cmsDevGuard(Boolean(process.env.CMS_LOCAL_BACKEND)),
  ],
  image: { responsiveStyles: true },
  // `npm run cms` (which sets CMS_LOCAL_BACKEND) serves the CMS from the dev server: the toolbar would cover it.
  devToolbar: { enabled: !process.env.CMS_LOCAL_BACKEND },
  // Strict CSP in every page's <meta>: hashes of its own styles/scripts, nothing inline or eval'd otherwise.
  // /admin/ (Decap CMS) gets its own policy from src/middleware.ts; headers in public/_headers, deploy/nginx.conf.
  security: { csp: { algorithm: 'SHA-256', directives: [...PUBLIC_META_DIRECTIVES] } },
  // Heading anchors follow the site's slug rules (ASCII, đ→d) instead of keeping Vietnamese letters.
  // CMS-managed MDX may not contain code (import/export, {expressions}) or unlisted components.
  // No syntax highlighting: the content has no code, and Shiki's inline styles would break the pages' CSP.
  markdown: {
    processor: satteri({ mdastPlugins: [mdxSafetyPlugin], hastPlugins: [vietnameseHeadingIds] }),
    syntaxHighlight: false,
  },
  vite: {
    // MDX the parser cannot read fails with the same Vietnamese report, naming file and line.
    plugins: [mdxParseErrors()],
    build: { rolldownOptions: { onLog: withoutHeadInjectWarning } },
  },
});
