// Step of `npm run build` after `astro build`: bundles Decap CMS (cms/init.ts) into dist/admin/ with Vite, in a
// process of its own. Bundling it inside the Astro build made that build hold far more memory for its whole run
// (docs/performance.md); here the memory is given back before the next step starts.
// The admin page carries a placeholder script address; it is replaced by the bundle's hashed name, so a new
// version is never hidden by a cached old one.
//
// The bundle depends on the code, never on the content, so it is kept between builds by a digest of its inputs
// (src/build/build-cache.ts), next to Astro's own cache: a build after a content change copies it back instead
// of bundling again (docs/performance.md). Every fresh bundle checks that each project file it read is among those inputs.
//
//   node scripts/build-cms.mjs [--cache-dir DIR] [--dist DIR]
//   --cache-dir  where bundles are kept (default node_modules/.astro, Astro's default cacheDir; keep them in sync)
//   --dist       the built site (default dist)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build, version as viteVersion } from 'vite';
import { coversFile, inputDigest, readCached, restoreCached, writeCached } from '../src/build/build-cache.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const { values: args } = parseArgs({ options: { 'cache-dir': { type: 'string' }, dist: { type: 'string' } } });
const dist = resolve(root, args.dist ?? 'dist');
const outDir = join(dist, 'admin');
const cacheDir = join(resolve(root, args['cache-dir'] ?? 'node_modules/.astro'), 'cms-bundle');
// The address src/admin/index.astro writes for the bundle in production.
const PLACEHOLDER = '/admin/cms.js';
const page = join(outDir, 'index.html');

// What the bundle is made of: the CMS code, the site code it imports (schemas, styles), the installed packages
// (package-lock.json, which `npm ci` installs exactly) and this script. Content and images are left out.
const INPUTS = {
  root,
  paths: ['cms', 'src', 'scripts/build-cms.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'],
  skip: ['src/content', 'src/assets'],
};

// CMS_BACKEND=none: the site is built without /admin/ (src/integrations/cms-admin.ts), so there is nothing to bundle.
if ((process.env.CMS_BACKEND ?? '').trim().toLowerCase() === 'none') {
  if (existsSync(page)) throw new Error(`build-cms: CMS_BACKEND=none nhưng vẫn có ${page}`);
  console.log('build-cms: CMS_BACKEND=none, không dựng trang biên tập /admin/');
  process.exit(0);
}

const html = readFileSync(page, 'utf8');
const tag = `src="${PLACEHOLDER}"`;
if (!html.includes(tag)) throw new Error(`build-cms: ${page} không có <script ${tag}> (đã chạy astro build chưa?)`);

const started = performance.now();
const digest = await inputDigest(INPUTS, `vite ${viteVersion}`);
let entry;
let from = 'đóng gói';
const cached = await readCached(cacheDir, digest);
if (cached) {
  await restoreCached(cached, outDir);
  entry = cached.data.entry;
  from = 'lấy lại từ bộ nhớ đệm';
} else {
  const output = await build({
    root,
    configFile: false,
    // Decap's dependencies trip bundler warnings (eval, module directives) that say nothing about this project.
    logLevel: 'error',
    mode: 'production',
    build: {
      outDir,
      emptyOutDir: false,
      assetsDir: 'cms/',
      copyPublicDir: false,
      chunkSizeWarningLimit: 8000,
      rollupOptions: { input: { cms: `${root}cms/init.ts` } },
    },
  });
  const files = [output].flat().flatMap((o) => o.output);
  entry = files.find((file) => file.type === 'chunk' && file.isEntry)?.fileName;
  if (!entry) throw new Error('build-cms: Vite không tạo ra tệp cms');
  // A project file outside the inputs would leave a stale bundle when it changes: refuse to keep one.
  const read = files.flatMap((file) => (file.type === 'chunk' ? file.moduleIds : [])).map((id) => id.split('?')[0]);
  const outside = read.filter(
    (id) => id.startsWith(root) && !id.startsWith(join(root, 'node_modules')) && !coversFile(INPUTS, id),
  );
  if (outside.length)
    throw new Error(
      `build-cms: gói CMS đọc tệp ngoài danh sách đầu vào của bộ nhớ đệm (thêm vào INPUTS): ${outside.join(', ')}`,
    );
  await writeCached(
    cacheDir,
    digest,
    outDir,
    files.map((file) => file.fileName),
    { entry },
  );
}
writeFileSync(page, html.replace(tag, `src="/admin/${entry}"`));
console.log(
  `[cms] Decap CMS: dist/admin/${entry} (${from}, ${((performance.now() - started) / 1000).toFixed(2)} giây)`,
);
