// `npm run places:import [data/places/<tỉnh>.json]`: localities of a province from its resolution's text and the
// statistics office's codes (src/build/places-import.ts), written to src/content/localities/. An item of the
// resolution that cannot be read stops the import with the item's number; nothing is written then.
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../', import.meta.url));
const settings = resolve(process.argv[2] ?? `${root}data/places/thai-nguyen.json`);
const { module } = await runnerImport(`${root}src/build/places-import.ts`, {
  root,
  logLevel: 'error',
  configFile: false,
});
try {
  const counts = await module.importPlaces(settings, `${root}src/content/localities`);
  console.log(
    `[địa bàn] ${counts.total} đơn vị: ${counts.created} tệp mới, ${counts.changed} tệp thay đổi, ${counts.unchanged} tệp giữ nguyên`,
  );
} catch (error) {
  console.error(`[địa bàn] Không nhập được: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
