// npm run bench — builds a synthetic corpus with the portal's real code and configuration, and the same MDX with a
// bare Astro project (one trivial layout), and prints one table. Not part of the tests: timings depend on the machine.
//
//   BENCH_SIZES=1000,5000 npm run bench     content entries per run (default 500,2000: about 10 minutes on 2 cores)
//   BENCH_KEEP=1                            keep the temporary projects (their path is printed)
//   BENCH_REPEAT=3                          build each project this many times from scratch; the table shows the
//                                           median, and a line below it each round's ratios (memory varies most)
//
// Sizes are content entries (articles ≈ 79 %, profiles 13 %, guides 2.6 %, localities 5.3 %); the page count
// printed is what the build produced (entries plus lists, topics, places…).
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { writeCorpus } from './corpus.mjs';
import { report } from './report.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(ROOT, 'node_modules', '.bin');
const SIZES = (process.env.BENCH_SIZES ?? '500,2000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', '.tmp', '.cache']);
const REPEAT = Math.max(1, Math.floor(Number(process.env.BENCH_REPEAT ?? 1)) || 1);

const log = (...a) => console.error('[bench]', ...a);

/** Runs a command, polling the RSS of its whole process tree; returns seconds, peak MB and output. */
function measure(cmd, args, cwd) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, args, {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peak = 0;
    const tree = (pid) => {
      const pids = [pid];
      for (let i = 0; i < pids.length; i++) {
        try {
          const children = readFileSync(`/proc/${pids[i]}/task/${pids[i]}/children`, 'utf8').trim();
          if (children) pids.push(...children.split(/\s+/).map(Number));
        } catch {
          // the process ended between listing and reading: it has no children left
        }
      }
      return pids;
    };
    const poll = setInterval(() => {
      let rss = 0;
      for (const pid of tree(child.pid)) {
        try {
          rss += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
        } catch {
          // the process ended since the tree was read: it uses no memory now
        }
      }
      peak = Math.max(peak, rss);
    }, 100);
    child.on('close', (code) => {
      clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) reject(new Error(`${cmd} ${args.join(' ')} exited ${code}\n${output.slice(-4000)}`));
      else resolve({ seconds, peakMB: peak / 1024, output });
    });
  });
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

function distStats(dist) {
  const files = walk(dist);
  return {
    files: files.length,
    html: files.filter((f) => f.endsWith('.html')).length,
    mb: files.reduce((s, f) => s + statSync(f).size, 0) / 1048576,
  };
}

/** gzip bytes of a page's HTML, its stylesheets, scripts and the fonts those stylesheets load (no content images). */
function pageWeight(dist, path) {
  const htmlFile = join(dist, path, 'index.html');
  if (!existsSync(htmlFile)) return undefined;
  const html = readFileSync(htmlFile);
  const gz = (buf) => gzipSync(buf, { level: 9 }).length;
  let css = 0,
    js = 0,
    fonts = 0;
  const text = html.toString();
  const local = (href) =>
    href.startsWith('/') && !href.startsWith('//') ? join(dist, decodeURIComponent(href.split(/[?#]/)[0])) : undefined;
  for (const m of text.matchAll(
    /<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"|<link[^>]+href="([^"]+)"[^>]*rel="stylesheet"/g,
  )) {
    const file = local(m[1] ?? m[2]);
    if (!file || !existsSync(file)) continue;
    const cssText = readFileSync(file);
    css += gz(cssText);
    for (const f of cssText.toString().matchAll(/url\(["']?([^"')]+\.(?:woff2?|ttf|otf))/g)) {
      const font = local(f[1]);
      if (font && existsSync(font)) fonts += gz(readFileSync(font));
    }
  }
  for (const m of text.matchAll(/<script[^>]+src="([^"]+)"/g)) {
    const file = local(m[1]);
    if (file && existsSync(file)) js += gz(readFileSync(file));
  }
  for (const m of text.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/(?:ld\+)?json)[^>]*>([\s\S]*?)<\/script>/g))
    js += gz(Buffer.from(m[1]));
  return { html: gz(html), css, js, fonts, total: gz(html) + css + js + fonts };
}

/** Bytes the browser fetches to open /tim-kiem/?q=… and show results, if the build has Pagefind. */
async function firstSearchBytes(project, query) {
  if (!existsSync(join(project, 'dist', 'pagefind')) || !existsSync(join(project, 'dist', 'tim-kiem', 'index.html')))
    return undefined;
  const { chromium } = await import('playwright-core');
  const { createServer } = await import('node:net');
  const port = await new Promise((res) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => res(p));
    });
  });
  const server = spawn(join(BIN, 'astro'), ['preview', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: project,
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(base + '/');
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    let total = 0,
      pagefind = 0;
    const sizes = [];
    // astro preview does not compress; a real host gzips text (HTML, JS, CSS, JSON), while Pagefind's index and
    // fragments are gzip files already. So text responses count at their gzip size, the rest as served.
    const TEXT = /^(text\/|application\/(javascript|json))/;
    page.on('requestfinished', (req) =>
      sizes.push(
        (async () => {
          const response = await req.response();
          if (!response) return;
          const body = await response.body();
          const bytes = TEXT.test(response.headers()['content-type'] ?? '')
            ? gzipSync(body, { level: 6 }).length
            : body.length;
          total += bytes;
          if (req.url().includes('/pagefind/')) pagefind += bytes;
        })().catch(() => {}),
      ),
    );
    await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(1500);
    await Promise.all(sizes);
    return { total, pagefind };
  } finally {
    await browser.close();
    server.kill();
  }
}

/**
 * A copy of the portal with its own content; node_modules linked. Its cacheDir is its own (content store
 * included), seeded with an already warm image cache when given: as on CI, where the image cache is kept.
 */
function portalProject(dir, warmAssets) {
  cpSync(ROOT, dir, { recursive: true, filter: (src) => src === ROOT || !SKIP.has(src.split('/').pop()) });
  rmSync(join(dir, 'src', 'content'), { recursive: true, force: true });
  rmSync(join(dir, 'tests'), { recursive: true, force: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const config = readFileSync(join(dir, 'astro.config.mjs'), 'utf8');
  writeFileSync(join(dir, 'astro.config.base.mjs'), config);
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import config from './astro.config.base.mjs';\nexport default { ...config, cacheDir: './.cache' };\n",
  );
  if (warmAssets && existsSync(warmAssets)) cpSync(warmAssets, join(dir, '.cache', 'assets'), { recursive: true });
  return dir;
}

/** Builds a tiny corpus once so the synthetic cover images are optimised before anything is timed. */
async function warmImageCache(work) {
  const warm = portalProject(join(work, 'warm'));
  await writeCorpus({
    entries: 40,
    contentDir: join(warm, 'src', 'content'),
    imageDir: join(warm, 'src', 'assets', 'images', 'bench'),
    realContentDir: join(ROOT, 'src', 'content'),
  });
  const { seconds } = await measure(join(BIN, 'astro'), ['build'], warm);
  return { assets: join(warm, '.cache', 'assets'), seconds };
}

/** The bare baseline: MDX collections rendered by one trivial layout, nothing else. */
function baselineProject(dir, portalContent) {
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }));
  // Its own cacheDir, as the portal's: the default (node_modules/.astro) is the linked repository's, so a
  // baseline "first build" would start from the content store an earlier run left there.
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ cacheDir: './.cache', integrations: [mdx()] });\n",
  );
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nconst c = (f: string) => defineCollection({ loader: glob({ base: './src/content/' + f, pattern: '**/*.mdx' }) });\nexport const collections = { articles: c('articles'), profiles: c('profiles'), guides: c('guides') };\n`,
  );
  mkdirSync(join(dir, 'src', 'pages', '[collection]'), { recursive: true });
  writeFileSync(
    join(dir, 'src', 'pages', '[collection]', '[id].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  const all = [...(await getCollection('articles')), ...(await getCollection('profiles')), ...(await getCollection('guides'))];\n  return all.map((entry) => ({ params: { collection: entry.collection, id: entry.id }, props: { entry } }));\n}\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<!doctype html><html lang="vi"><head><meta charset="utf-8" /><title>{entry.data.title ?? entry.data.name}</title></head><body><main><h1>{entry.data.title ?? entry.data.name}</h1><Content /></main></body></html>\n`,
  );
  writeFileSync(
    join(dir, 'src', 'pages', 'index.astro'),
    '<!doctype html><html lang="vi"><head><meta charset="utf-8" /><title>Baseline</title></head><body><h1>Baseline</h1></body></html>\n',
  );
  for (const c of ['articles', 'profiles', 'guides'])
    cpSync(join(portalContent, c), join(dir, 'src', 'content', c), { recursive: true });
  return dir;
}

/**
 * The portal's `npm run build`: `astro build`, the CMS bundle, then the search index, each in its own process.
 * The site's time is the first two together (the baseline has no CMS, but the portal needs it to be complete);
 * the index is reported on its own line. Peak memory is the largest of the three, since they never overlap.
 */
async function buildPortal(dir) {
  const astro = await measure(join(BIN, 'astro'), ['build'], dir);
  const cms = await measure(process.execPath, ['scripts/build-cms.mjs', '--cache-dir', '.cache'], dir);
  const search = await measure(process.execPath, ['scripts/search-index.mjs'], dir);
  const peakMB = Math.max(astro.peakMB, cms.peakMB, search.peakMB);
  return {
    astro: astro.seconds + cms.seconds,
    pagefind: search.seconds,
    seconds: astro.seconds + cms.seconds + search.seconds,
    peakMB,
  };
}

/** Empties what a build leaves (dist/, caches) except the optimised photos, so the next build is a first build again. */
function forgetBuild(dir) {
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  const cache = join(dir, '.cache');
  if (existsSync(cache))
    for (const name of readdirSync(cache))
      if (name !== 'assets') rmSync(join(cache, name), { recursive: true, force: true });
}

/** Edits one article without a cover (its title, so its share card is drawn again), as an editor's change between two builds would. */
function editOneEntry(dir, round) {
  const file = join(dir, 'src', 'content', 'articles', 'bench-tin-2.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: Bản tin đã sửa lần ${round}`));
}

const median = (values) => {
  const sorted = values.filter((v) => v !== undefined).sort((x, y) => x - y);
  if (sorted.length === 0) return undefined;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
/** The median of each measure over the rounds (with two rounds, their mean). */
const medianRun = (runs) =>
  Object.fromEntries(
    Object.keys(runs[0])
      .filter((k) => k !== 'output')
      .map((k) => [k, median(runs.map((r) => r[k]))]),
  );

async function runSize(entries, warmAssets) {
  const work = mkdtempSync(join(tmpdir(), `antq-bench-${entries}-`));
  log(`${entries} entries → ${work}`);
  const portal = portalProject(join(work, 'portal'), warmAssets);
  const plan = await writeCorpus({
    entries,
    contentDir: join(portal, 'src', 'content'),
    imageDir: join(portal, 'src', 'assets', 'images', 'bench'),
    realContentDir: join(ROOT, 'src', 'content'),
  });
  const baseline = baselineProject(join(work, 'baseline'), join(portal, 'src', 'content'));

  // Each project is built twice: a first build (only the synthetic photos already optimised) and, after one
  // entry is edited, a rebuild with the caches that build left (Astro's content store, share cards), which is
  // what CI and deploys do. With BENCH_REPEAT, the four builds run again in the same order, each first build
  // from an emptied cache.
  const rounds = [];
  for (let round = 1; round <= REPEAT; round++) {
    if (round > 1) [portal, baseline].forEach(forgetBuild);
    const of = REPEAT > 1 ? ` (round ${round} of ${REPEAT})` : '';
    log(`building the portal${of}…`);
    const p = await buildPortal(portal);
    editOneEntry(portal, round);
    log(`rebuilding the portal after a one-entry edit${of}…`);
    const p2 = await buildPortal(portal);
    log(`building the baseline${of}…`);
    const b = await measure(join(BIN, 'astro'), ['build'], baseline);
    editOneEntry(baseline, round);
    log(`rebuilding the baseline after a one-entry edit${of}…`);
    const b2 = await measure(join(BIN, 'astro'), ['build'], baseline);
    rounds.push({ p, p2, b, b2 });
  }
  const p = medianRun(rounds.map((r) => r.p)),
    p2 = medianRun(rounds.map((r) => r.p2));
  const b = medianRun(rounds.map((r) => r.b)),
    b2 = medianRun(rounds.map((r) => r.b2));

  const pd = distStats(join(portal, 'dist'));
  const bd = distStats(join(baseline, 'dist'));
  const dist = join(portal, 'dist');
  const weights = {
    home: pageWeight(dist, '/'),
    article: pageWeight(dist, '/tin-tuc/bench-tin-1/'),
    profile: pageWeight(dist, '/guong-dien-hinh/bench-guong-1/'),
    guide: pageWeight(dist, '/mo-hinh/bench-mo-hinh-1/'),
    list: pageWeight(dist, '/tin-tuc/'),
    search: pageWeight(dist, '/tim-kiem/'),
    'baseline article': pageWeight(join(baseline, 'dist'), '/articles/bench-tin-1/'),
  };
  // Two-word queries as residents type them: with diacritics, and without (which also checks the phrase).
  const search = await firstSearchBytes(portal, 'hòa giải');
  const searchFolded = await firstSearchBytes(portal, 'hoa giai');
  if (!process.env.BENCH_KEEP) rmSync(work, { recursive: true, force: true });
  return { entries, plan, p, p2, b, b2, rounds, pd, bd, weights, search, searchFolded };
}

const warmWork = mkdtempSync(join(tmpdir(), 'antq-bench-warm-'));
log('optimising the synthetic images once (not timed in the table)…');
const warm = await warmImageCache(warmWork);
const results = [];
for (const size of SIZES) results.push(await runSize(size, warm.assets));
rmSync(warmWork, { recursive: true, force: true });

const table = report(results, { warm, repeat: REPEAT, cores: cpus().length });
mkdirSync(join(ROOT, '.tmp', 'bench'), { recursive: true });
writeFileSync(join(ROOT, '.tmp', 'bench', 'results.md'), table + '\n');
console.log(table);
