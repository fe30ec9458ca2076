/**
 * The CMS policy reaches every page under /admin/ without the page asking for it, and no other page: a tiny
 * fixture site (tests/fixtures/csp-site) built with the portal's CSP settings and src/middleware.ts.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmsConnectOrigins } from '../../cms/backend';
import { adminPolicy, metaPolicyOf, parsePolicy } from '../../src/lib/security/csp';
import { ROOT } from '../helpers/preview';
import { userEnvironment } from '../helpers/scratch';

const FIXTURE = join(ROOT, 'tests/fixtures/csp-site');
let out: string;
let build: { code: number; output: string };

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'antq-csp-'));
  build = await new Promise((resolve) => {
    const child = spawn(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
      cwd: FIXTURE,
      env: {
        ...userEnvironment(),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FIXTURE_OUT_DIR: join(out, 'dist'),
        FIXTURE_CACHE_DIR: join(out, 'cache'),
        CMS_BASE_URL: 'https://git.congan.example.vn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
});
afterAll(() => out && rmSync(out, { recursive: true, force: true }));

const policyOf = (path: string) => parsePolicy(metaPolicyOf(readFileSync(join(out, 'dist', path), 'utf8')) ?? '');

describe('CSP per section', () => {
  it('builds', () => expect(build.code, build.output).toBe(0));

  it('keeps the strict policy on a public page', () => {
    const p = policyOf('index.html');
    expect(p.get('script-src')?.join(' ')).not.toMatch(/unsafe/);
    expect(p.get('style-src')?.some((v) => v.startsWith("'sha256-"))).toBe(true);
    expect(p.get('style-src')?.join(' ')).not.toMatch(/unsafe/);
  });

  it("lets only the search page compile WebAssembly ('wasm-unsafe-eval'), never eval JavaScript", () => {
    expect(policyOf('tim-kiem/index.html').get('script-src')).toContain("'wasm-unsafe-eval'");
    expect(policyOf('tim-kiem/index.html').get('script-src')).not.toContain("'unsafe-eval'");
    expect(policyOf('index.html').get('script-src')).not.toContain("'wasm-unsafe-eval'");
  });

  it('gives the admin page the CMS policy, with the self-hosted Git server from CMS_BASE_URL', () => {
    const p = policyOf('admin/index.html');
    const expected = parsePolicy(adminPolicy(cmsConnectOrigins({ CMS_BASE_URL: 'https://git.congan.example.vn' })));
    expect(p.get('script-src')?.slice(0, 2)).toEqual(["'self'", "'unsafe-eval'"]);
    expect(p.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(p.get('connect-src')).toEqual(expected.get('connect-src'));
    expect(p.get('connect-src')).toContain('https://git.congan.example.vn');
    // The configured host only: no local decap-server in a build.
    expect(p.get('connect-src')?.join(' ')).not.toMatch(/localhost|127\.0\.0\.1|8081/);
    // frame-ancestors is ignored in a <meta>; the header files carry it.
    expect(p.has('frame-ancestors')).toBe(false);
    expect(
      readFileSync(join(out, 'dist/admin/index.html'), 'utf8').match(/http-equiv="content-security-policy"/gi),
    ).toHaveLength(1);
  });
});
