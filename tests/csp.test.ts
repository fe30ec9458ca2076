import { describe, expect, it } from 'vitest';
import {
  adminPolicy,
  cmsOriginsFromEnv,
  isAdminPath,
  isWasmPath,
  metaPolicyOf,
  parsePolicy,
  withAdminPolicy,
  withWasm,
} from '../src/lib/security/csp';

const page = (policy: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"><title>x</title></head><body></body></html>`;
const STRICT = "default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self' 'sha256-def='";

describe('CSP helpers', () => {
  it('reads a policy by directive', () => {
    expect(parsePolicy(STRICT).get('script-src')).toEqual(["'self'", "'sha256-abc='"]);
    expect(metaPolicyOf(page('a &#39;b&#39;'))).toBe("a 'b'");
  });

  it('gives the admin page the CMS policy, keeping the hashes of its own scripts', () => {
    const p = parsePolicy(metaPolicyOf(withAdminPolicy(page(STRICT)))!);
    expect(p.get('script-src')).toEqual(["'self'", "'unsafe-eval'", "'sha256-abc='"]);
    expect(p.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(p.has('frame-ancestors')).toBe(false);
  });

  it('adds wasm-unsafe-eval once, and nothing else', () => {
    const once = withWasm(page(STRICT));
    expect(parsePolicy(metaPolicyOf(once)!).get('script-src')).toEqual([
      "'self'",
      "'wasm-unsafe-eval'",
      "'sha256-abc='",
    ]);
    expect(withWasm(once)).toBe(once);
  });

  it('scopes the exceptions by path', () => {
    expect(['/admin/', '/admin', '/admin/x/'].every(isAdminPath)).toBe(true);
    expect(['/', '/administration/', '/tin-tuc/admin/'].some(isAdminPath)).toBe(false);
    expect(isWasmPath('/tim-kiem/')).toBe(true);
    expect(isWasmPath('/tin-tuc/')).toBe(false);
  });

  it('allows a self-hosted Git server given at build time', () => {
    expect(cmsOriginsFromEnv({ CMS_BASE_URL: 'https://git.example.vn/x', CMS_API_ROOT: 'not a url' })).toEqual([
      'https://git.example.vn',
    ]);
    expect(parsePolicy(adminPolicy(['https://git.example.vn'])).get('connect-src')).toContain('https://git.example.vn');
  });
});
