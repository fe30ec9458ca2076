/**
 * `npm run cms` as editors run it, in a scratch repository of its own: the local content server and the dev server on
 * free ports. One per test that writes (each test its own copy, so tests pass alone and in any order).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from './preview';
import { makeScratchCopy, type Scratch } from './scratch';

export interface LocalCms {
  scratch: Scratch;
  /** The dev server, serving /admin/. */
  site: string;
  /** The local content server's API (what the CMS calls). */
  api: string;
  /** The admin page's origin, which the content server answers. */
  origin: string;
  sitePort: number;
  serverPort: number;
  /** What `npm run cms` printed so far. */
  output(): string;
  git(...args: string[]): string;
  /** POSTs a JSON action to the content server from the admin page's origin (or `headers` instead). */
  call(body: unknown, headers?: Record<string, string>): Promise<{ status: number; json: Record<string, unknown> }>;
  stop(): Promise<void>;
}

/** Variables Vitest adds to process.env, which would make the dev server think it runs in a test. */
const VITEST_ENV = new Set(['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'TEST']);

async function until(what: string, child: ChildProcess, output: () => string, check: () => Promise<boolean>) {
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm run cms thoát sớm (mã ${child.exitCode}):\n${output()}`);
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`npm run cms: ${what} không phản hồi sau 5 phút:\n${output()}`);
}

/** Starts `npm run cms` (with `--server-only`: the content server alone) in a fresh git copy of the project. */
export async function startLocalCms(options: { serverOnly?: boolean; scratch?: Scratch } = {}): Promise<LocalCms> {
  const scratch = options.scratch ?? makeScratchCopy({ git: true });
  const [sitePort, serverPort] = [await freePort(), await freePort()];
  const origin = `http://127.0.0.1:${sitePort}`;
  const api = `http://127.0.0.1:${serverPort}/api/v1`;
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !VITEST_ENV.has(key) && !key.startsWith('VITEST')),
  );
  const child = spawn('npm', ['run', 'cms', ...(options.serverOnly ? ['--', '--server-only'] : [])], {
    cwd: scratch.dir,
    env: {
      ...env,
      CMS_SITE_PORT: String(sitePort),
      CMS_SERVER_PORT: String(serverPort),
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: stop() ends npm, the CMS server and the dev server together.
    detached: true,
  });
  let printed = '';
  child.stdout.on('data', (d) => (printed += d));
  child.stderr.on('data', (d) => (printed += d));
  const output = () => printed;
  const call: LocalCms['call'] = async (body, headers = { origin }) => {
    const response = await fetch(api, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json().catch(() => ({}))) as Record<string, unknown> };
  };
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
    }
    if (!options.scratch) scratch.remove();
  };
  try {
    await until('máy chủ nội dung', child, output, async () => (await call({ action: 'info' })).status === 200);
    if (!options.serverOnly)
      await until('máy chủ trang', child, output, async () => (await fetch(`${origin}/admin/`)).ok);
  } catch (error) {
    await stop();
    throw error;
  }
  return { scratch, site: origin, api, origin, sitePort, serverPort, output, git: scratch.git, call, stop };
}

/** Commits a draft branch has over the CMS's branch (Decap creates the branch, then commits to it). */
export function commitsOn(cms: LocalCms, branch: string): number {
  return cms.git('branch', '--list', branch) ? Number(cms.git('rev-list', '--count', `cms-main..${branch}`)) : 0;
}

/**
 * Runs a test with `npm run cms` on a repository of its own (a copy `prepare` may change first), and adds the last
 * lines the CMS printed to a failure.
 */
export async function withLocalCms(
  test: (cms: LocalCms) => Promise<void>,
  prepare?: (dir: string) => void,
): Promise<void> {
  let scratch: Scratch | undefined;
  if (prepare) {
    scratch = makeScratchCopy({ git: true });
    prepare(scratch.dir);
  }
  const cms = await startLocalCms(scratch ? { scratch } : {});
  try {
    await test(cms);
  } catch (error) {
    throw new Error(`${(error as Error).stack ?? String(error)}\n--- npm run cms ---\n${cms.output().slice(-4000)}`, {
      cause: error,
    });
  } finally {
    await cms.stop();
    scratch?.remove();
  }
}
