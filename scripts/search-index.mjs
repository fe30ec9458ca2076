// Second step of `npm run build`: the Pagefind index of dist/ (src/build/pagefind-index.ts), in its own process
// once Astro has exited and released its memory. Vite loads the TypeScript module, as it does for the site.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../', import.meta.url));
const started = performance.now();
const { module } = await runnerImport(`${root}src/build/pagefind-index.ts`, {
  root,
  logLevel: 'error',
  configFile: false,
});
const pages = await module.buildSearchIndex(`${root}dist`);
// The benchmark (scripts/bench) reads the seconds from this line.
console.log(
  `[tìm kiếm] Đã lập chỉ mục tìm kiếm cho ${pages} trang trong ${((performance.now() - started) / 1000).toFixed(2)} giây`,
);
