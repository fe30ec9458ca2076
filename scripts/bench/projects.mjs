// The projects the benchmark builds: a copy of the portal with synthetic content, and a bare Astro baseline with
// the same MDX; what is done to them between builds.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCorpus } from './corpus.mjs';
import { measure } from './measure.mjs';
import { BIN, ROOT } from './paths.mjs';

const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', '.tmp', '.cache']);

/**
 * A copy of the portal with its own content; node_modules linked. Its cacheDir is its own (content store
 * included), seeded with an already warm image cache when given: as on CI, where the image cache is kept.
 */
export function portalProject(dir, warmAssets) {
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
export async function warmImageCache(work) {
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
export function baselineProject(dir, portalContent) {
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

/** Empties what a build leaves (dist/, caches) except the optimised photos, so the next build is a first build again. */
export function forgetBuild(dir) {
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  const cache = join(dir, '.cache');
  if (existsSync(cache))
    for (const name of readdirSync(cache))
      if (name !== 'assets') rmSync(join(cache, name), { recursive: true, force: true });
}

/** Edits one article without a cover (its title, so its share card is drawn again), as an editor's change between two builds would. */
export function editOneEntry(dir, round) {
  const file = join(dir, 'src', 'content', 'articles', 'bench-tin-2.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: Bản tin đã sửa lần ${round}`));
}
