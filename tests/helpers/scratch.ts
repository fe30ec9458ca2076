/**
 * A throw-away copy of the project for tests that build on purpose-made content: same code and config,
 * its own content, dist and caches, node_modules linked (not copied).
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ROOT } from './preview';

const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', '.tmp']);

export interface Scratch {
  dir: string;
  /** Runs `astro <args>` in the copy; `env` adds variables (e.g. CMS_LOCAL_BACKEND for the admin page). */
  run(args: string[], env?: Record<string, string>): Promise<{ code: number; output: string }>;
  /** Runs a Node script of the copy (e.g. scripts/build-cms.mjs, the step of `npm run build` after Astro's). */
  node(args: string[], env?: Record<string, string>): Promise<{ code: number; output: string }>;
  remove(): void;
}

export function makeScratchCopy(): Scratch {
  const dir = mkdtempSync(join(tmpdir(), 'antq-scratch-'));
  cpSync(ROOT, dir, { recursive: true, filter: (src) => !SKIP.has(basename(src)) || src === ROOT });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  // Astro keeps its content store under cacheDir (node_modules/.astro by default): give the copy its own.
  renameSync(join(dir, 'astro.config.mjs'), join(dir, 'astro.config.base.mjs'));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import config from './astro.config.base.mjs';\nexport default { ...config, cacheDir: './.cache' };\n",
  );
  return {
    dir,
    run: (args, env = {}) => runIn(dir, join(ROOT, 'node_modules', '.bin', 'astro'), args, env),
    node: (args, env = {}) => runIn(dir, process.execPath, args, env),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Variables Vitest adds to process.env. */
const VITEST_ENV = new Set(['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'TEST']);

/**
 * The environment a user's build has: Vitest puts NODE_ENV=test, MODE, DEV=1, PROD… into process.env; inherited,
 * they make a child build think it is in development (import.meta.env.DEV true). Build as a user does, without them.
 */
export function userEnvironment(): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !VITEST_ENV.has(key) && !key.startsWith('VITEST')),
  );
}

function runIn(
  dir: string,
  command: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; output: string }> {
  const inherited = userEnvironment();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: dir,
      env: { ...inherited, ...env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
