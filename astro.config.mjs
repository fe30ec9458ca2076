// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { vietnameseHeadingIds } from './src/lib/heading-ids';
import { mdxSafety } from './src/lib/vite-mdx-safety';

/** Public address of the portal; set SITE_URL when deploying elsewhere. */
const site = process.env.SITE_URL ?? 'https://antq.congan.example.vn';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Two content files whose names slugify alike must fail the build, not silently shadow each other.
  prerenderConflictBehavior: 'error',
  // The CMS at /admin/ is a tool, not a page for readers or search engines.
  integrations: [mdx(), sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/admin/') })],
  image: { responsiveStyles: true },
  // Heading anchors follow the site's slug rules (ASCII, đ→d) instead of keeping Vietnamese letters.
  markdown: { processor: satteri({ hastPlugins: [vietnameseHeadingIds] }) },
  // CMS-managed MDX may not contain code (import/export, {expressions}) or unlisted components.
  vite: { plugins: [mdxSafety()] },
});
