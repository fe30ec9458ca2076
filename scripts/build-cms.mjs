// Step of `npm run build` after `astro build`: bundles Decap CMS (cms/init.ts) into dist/admin/ with Vite, in a
// process of its own. Bundling it inside the Astro build made that build hold ~330 MB more for its whole run
// (measured with the benchmark); here the memory is given back before the next step starts.
// The admin page carries a placeholder script address; it is replaced by the bundle's hashed name, so a new
// version is never hidden by a cached old one.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

// The address src/pages/admin/index.astro writes for the bundle in production.
const PLACEHOLDER = '/admin/cms.js';
const root = fileURLToPath(new URL('../', import.meta.url));
const page = `${root}dist/admin/index.html`;

const started = performance.now();
const output = await build({
  root,
  configFile: false,
  // Decap's dependencies trip bundler warnings (eval, module directives) that say nothing about this project.
  logLevel: 'error',
  mode: 'production',
  build: {
    outDir: 'dist/admin/',
    emptyOutDir: false,
    assetsDir: 'cms/',
    copyPublicDir: false,
    chunkSizeWarningLimit: 8000,
    rollupOptions: { input: { cms: `${root}cms/init.ts` } },
  },
});
const entry = [output].flat().flatMap((o) => o.output).find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
if (!entry) throw new Error('build-cms: Vite không tạo ra tệp cms');
const html = readFileSync(page, 'utf8');
const tag = `src="${PLACEHOLDER}"`;
if (!html.includes(tag)) throw new Error(`build-cms: ${page} không có <script ${tag}> (đã chạy astro build chưa?)`);
writeFileSync(page, html.replace(tag, `src="/admin/${entry.fileName}"`));
console.log(`[cms] Đã đóng gói Decap CMS vào dist/admin/${entry.fileName} trong ${((performance.now() - started) / 1000).toFixed(2)} giây`);
