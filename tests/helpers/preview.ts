/**
 * `astro preview` of the production build in dist/, on a free loopback port. One server per test file
 * (start it in beforeAll, close it in afterAll). `--ignore-lock`: Astro 7 otherwise allows one preview server per
 * project (test files run in parallel) and may detach into the background when it thinks an agent runs it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DIST = join(ROOT, 'dist');

export interface Preview {
  url: string;
  close(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro preview thoát sớm với mã ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok || response.status === 404) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`astro preview không phản hồi tại ${url}`);
}

export async function startPreview(): Promise<Preview> {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('Chưa có dist/: chạy `npm run build` trước khi chạy các bài kiểm thử trên bản dựng');
  const port = await freePort();
  const child = spawn(
    join(ROOT, 'node_modules', '.bin', 'astro'),
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    },
  );
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${url}/`, child);
  } catch (error) {
    child.kill();
    throw new Error(`${(error as Error).message}\n${output}`, { cause: error });
  }
  return {
    url,
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
