#!/usr/bin/env node
/**
 * `npm run cms`: edit on one's own machine. The work is in scripts/cms/ (TypeScript that shares the collection
 * registry and the path rules with the site); esbuild bundles it here in a fraction of a second, leaving packages
 * as they are in node_modules. Ports: CMS_SERVER_PORT (default 8081) and CMS_SITE_PORT (default 4321).
 * `--server-only` starts the local content server without the dev server. Ctrl+C stops everything.
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const outfile = join(root, 'node_modules', '.cache', 'antq-cms', `main-${process.pid}.mjs`);
await build({
  entryPoints: [join(root, 'scripts', 'cms', 'main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  packages: 'external',
  logLevel: 'error',
});
const { main } = await import(pathToFileURL(outfile).href);
const { rmSync } = await import('node:fs');
rmSync(outfile, { force: true });
await main(root, process.argv.slice(2), process.env);
