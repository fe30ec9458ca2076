import { describe, expect, it } from 'vitest';
import { cmsConnectOrigins, cmsEnvFor } from '../cms/backend';
import {
  adminPolicy,
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

  it('allows the Git host the build is configured for, and localhost only for a local decap-server', () => {
    expect(
      cmsConnectOrigins({ CMS_BACKEND: 'forgejo', CMS_BASE_URL: 'https://git.example.vn/x', CMS_REPO: 'a/b' }),
    ).toEqual(['https://git.example.vn']);
    expect(cmsConnectOrigins({ CMS_BACKEND: 'gitlab', CMS_REPO: 'a/b', CMS_APP_ID: 'x' })).toEqual([
      'https://gitlab.com',
    ]);
    expect(
      cmsConnectOrigins({ CMS_BACKEND: 'github', CMS_BASE_URL: 'https://oauth.example.vn', CMS_REPO: 'a/b' }),
    ).toEqual(['https://oauth.example.vn', 'https://api.github.com']);
    expect(cmsConnectOrigins({ CMS_BACKEND: 'none' })).toEqual([]);
    const production = parsePolicy(adminPolicy(cmsConnectOrigins({ CMS_BACKEND: 'github', CMS_REPO: 'a/b' })));
    expect(production.get('connect-src')).toEqual(["'self'", 'https://api.github.com', 'blob:']);
    expect(cmsConnectOrigins(cmsEnvFor({}, true))).toContain('http://127.0.0.1:8081');
    expect(cmsConnectOrigins(cmsEnvFor({}, false))).not.toContain('http://127.0.0.1:8081');
  });

  it('rewrites the policy <meta> found by a parser, whatever its attribute order and quoting', () => {
    const html = `<html><head><META content='a' HTTP-EQUIV=Content-Security-Policy><title>x</title></head></html>`;
    expect(metaPolicyOf(html)).toBe('a');
    const out = withAdminPolicy(html);
    expect(out.match(/content-security-policy/gi)).toHaveLength(1);
    expect(parsePolicy(metaPolicyOf(out)!).get('script-src')).toEqual(["'self'", "'unsafe-eval'"]);
    // A policy-looking string in text or a comment is not a <meta>.
    const decoy = '<html><head><title>&lt;meta http-equiv="content-security-policy"&gt;</title></head></html>';
    expect(metaPolicyOf(decoy)).toBeUndefined();
    expect(withWasm(decoy)).toBe(decoy);
  });
});
