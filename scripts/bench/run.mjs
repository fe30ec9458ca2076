// npm run bench — builds a synthetic corpus with the portal's real code and configuration, and the same MDX with a
// bare Astro project (one trivial layout), and prints one table. Not part of the tests: timings depend on the machine.
//
//   BENCH_SIZES=1000,5000 npm run bench     content entries per run (default 500,2000; how long it takes: docs/performance.md)
//   BENCH_KEEP=1                            keep the temporary projects (their path is printed)
//   BENCH_REPEAT=3                          build each project this many times from scratch; the table shows the
//                                           median, and a line below it each round's ratios (memory varies most)
//
// Sizes are content entries (articles ≈ 79 %, profiles 13 %, guides 2.6 %, localities 5.3 %); the page count
// printed is what the build produced (entries plus lists, topics, places…).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from './corpus.mjs';
import { distStats, firstSearchBytes, measure, pageWeight } from './measure.mjs';
import { BIN, ROOT } from './paths.mjs';
import { baselineProject, editOneEntry, forgetBuild, portalProject, warmImageCache } from './projects.mjs';
import { report } from './report.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '500,2000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const REPEAT = Math.max(1, Math.floor(Number(process.env.BENCH_REPEAT ?? 1)) || 1);

const log = (...a) => console.error('[bench]', ...a);

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
  // Two-word queries as residents type them: with diacritics, and without (which also checks the phrase); and the
  // heaviest, the two most frequent words of the site (the movement's name holds them).
  const search = await firstSearchBytes(portal, 'hòa giải');
  const searchFolded = await firstSearchBytes(portal, 'hoa giai');
  const searchFrequent = await firstSearchBytes(portal, 'an ninh');
  if (!process.env.BENCH_KEEP) rmSync(work, { recursive: true, force: true });
  return { entries, plan, p, p2, b, b2, rounds, pd, bd, weights, search, searchFolded, searchFrequent };
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
