/**
 * Security of what is deployed: each page's CSP, the header files for static hosts and nginx (saying the same,
 * and what src/lib/security/csp.ts says), and no secret in the repository or the build. What nginx really sends
 * is checked in Debian's nginx by tests/dist/nginx.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PUBLIC_HEADER_POLICY, PUBLIC_META_DIRECTIVES, adminPolicy, isAdminPath, isWasmPath, metaPolicyOf, parsePolicy } from '../../src/lib/security/csp';
import { builtHtmlFiles, readBuilt, urlPathOf } from '../helpers/dist';
import { headersFromHeadersFile, parseHeadersFile } from '../helpers/headers';
import { DIST, ROOT } from '../helpers/preview';

const HEADERS_FILE = readFileSync(join(ROOT, 'public/_headers'), 'utf8');
const NGINX = readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8');
const NGINX_HEADERS = readFileSync(join(ROOT, 'deploy/antq-headers.conf'), 'utf8');
/** The add_header lines of a piece of nginx configuration, comments left out: [name, value]. */
const addHeaders = (text: string) =>
  [...text.replace(/#.*$/gm, '').matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;$/gm)].map((m) => [m[1]!, m[2]!] as const);
const pages = builtHtmlFiles();
const publicPages = pages.filter((f) => !isAdminPath(urlPathOf(f)));
const adminPages = pages.filter((f) => isAdminPath(urlPathOf(f)));

describe('Content-Security-Policy in every public page', () => {
  it.each(publicPages)('%s', (file) => {
    const policy = metaPolicyOf(readBuilt(file));
    expect(policy, 'thiếu <meta http-equiv="content-security-policy">').toBeDefined();
    const directives = parsePolicy(policy!);
    for (const d of PUBLIC_META_DIRECTIVES) {
      const [name, ...values] = d.split(' ');
      expect(directives.get(name!)).toEqual(values);
    }
    for (const name of ['script-src', 'style-src']) {
      const values = directives.get(name);
      expect(values, name).toBeDefined();
      // Only our own origin and hashes of the page's own inline code: no inline or eval'd code otherwise.
      const allowed = name === 'script-src' && isWasmPath(urlPathOf(file)) ? /^'self'$|^'wasm-unsafe-eval'$|^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/ : /^'self'$|^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/;
      for (const v of values!) expect(v, `${name} ${v}`).toMatch(allowed);
    }
    for (const loose of ['script-src-elem', 'script-src-attr', 'style-src-attr']) expect(directives.has(loose), loose).toBe(false);
  });

  it('has no inline event handlers or javascript: URLs that a hash policy would block', () => {
    for (const file of publicPages) {
      const html = readBuilt(file);
      expect(html, file).not.toMatch(/\son[a-z]+\s*=\s*["']/i);
      expect(html, file).not.toMatch(/(?:href|src)\s*=\s*["']?\s*javascript:/i);
    }
  });
});

describe('the CMS at /admin/ gets its own policy', () => {
  it('has an admin page in this build', () => {
    expect(adminPages).toEqual(['admin/index.html']);
  });

  it.each(adminPages)('%s', (file) => {
    const directives = parsePolicy(metaPolicyOf(readBuilt(file)) ?? '');
    expect(directives.get('script-src')).toContain("'unsafe-eval'");
    expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives.get('connect-src')).toEqual(expect.arrayContaining(["'self'", 'https://api.github.com']));
    // A production build never lets the CMS talk to a local server.
    expect(directives.get('connect-src')?.join(' ')).not.toMatch(/localhost|127\.0\.0\.1|\[::1\]|http:/);
  });
});

describe('deployment headers', () => {
  const PATHS = ['/', '/tin-tuc/', '/mo-hinh/to-hoa-giai/', '/admin/', '/admin/config.yml', '/_astro/a.css', '/404.html'];

  it('public/_headers sends every URL the headers of the nginx snippet, deploy/antq-headers.conf', () => {
    const snippet = addHeaders(NGINX_HEADERS);
    expect(snippet.length).toBeGreaterThanOrEqual(7);
    for (const path of PATHS) {
      const fromFile = headersFromHeadersFile(HEADERS_FILE, path);
      for (const [name, value] of snippet) expect(fromFile.get(name.toLowerCase()), `${path}: ${name}`).toEqual([value]);
    }
  });

  it('sends HSTS, nosniff, a referrer policy, a permissions policy and frame-ancestors everywhere', () => {
    for (const path of PATHS) {
      const h = headersFromHeadersFile(HEADERS_FILE, path);
      expect(h.get('strict-transport-security')?.[0], path).toMatch(/max-age=(\d{8,})/);
      expect(h.get('x-content-type-options'), path).toEqual(['nosniff']);
      expect(h.get('referrer-policy'), path).toHaveLength(1);
      expect(h.get('permissions-policy')?.[0], path).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
      const csp = h.get('content-security-policy') ?? [];
      expect(csp.every((p) => parsePolicy(p).get('frame-ancestors')?.join(' ') === "'none'"), path).toBe(true);
    }
  });

  it('sends one Content-Security-Policy header, the page-independent one of src/lib/security/csp.ts, /admin/ included', () => {
    for (const path of PATHS) expect(headersFromHeadersFile(HEADERS_FILE, path).get('content-security-policy'), path).toEqual([PUBLIC_HEADER_POLICY]);
    expect(addHeaders(NGINX_HEADERS).filter(([n]) => n.toLowerCase() === 'content-security-policy')).toEqual([['Content-Security-Policy', PUBLIC_HEADER_POLICY]]);
    // nginx adds headers only through the snippet: no second policy in a location.
    expect(addHeaders(NGINX).filter(([n]) => n.toLowerCase() === 'content-security-policy')).toEqual([]);
    for (const rule of parseHeadersFile(HEADERS_FILE)) {
      const loose = rule.headers.some(([n, v]) => n.toLowerCase() === 'content-security-policy' && /unsafe-(eval|inline)/.test(v));
      expect(loose, rule.pattern).toBe(false);
    }
    // Nothing in the header disagrees with the CMS's own policy in its <meta>.
    const admin = parsePolicy(adminPolicy());
    for (const [name, values] of parsePolicy(PUBLIC_HEADER_POLICY)) expect(admin.get(name), name).toEqual(values);
  });

  it('is copied into the build for static hosts', () => {
    expect(readFileSync(join(DIST, '_headers'), 'utf8')).toBe(HEADERS_FILE);
  });
});

/** Shapes of real credentials. Assembled from parts so this file does not match itself. */
const SECRET_PATTERNS: [string, RegExp][] = [
  ['GitHub token', new RegExp(['gh[pousr]', '_[A-Za-z0-9]{36,}'].join(''))],
  ['GitHub fine-grained token', new RegExp(['github', '_pat_[A-Za-z0-9_]{40,}'].join(''))],
  ['GitLab token', new RegExp(['gl', 'pat-[A-Za-z0-9_-]{20,}'].join(''))],
  ['npm token', new RegExp(['np', 'm_[A-Za-z0-9]{36}'].join(''))],
  ['AWS access key', new RegExp(['AK', 'IA[0-9A-Z]{16}'].join(''))],
  ['Google API key', new RegExp(['AI', 'za[0-9A-Za-z_-]{35}'].join(''))],
  ['Slack token', new RegExp(['xo', 'x[baprs]-[A-Za-z0-9-]{10,}'].join(''))],
  ['private key', new RegExp(['-----BEGIN ([A-Z]+ )?PRIVATE', ' KEY-----'].join(''))],
  ['Netlify/Cloudflare token in config', new RegExp(['(NETLIFY_AUTH_TOKEN|CLOUDFLARE_API_TOKEN|CMS_CLIENT_SECRET)', '\\s*[:=]\\s*["\']?[A-Za-z0-9_-]{16,}'].join(''))],
  ['password or secret assigned a literal', new RegExp(['(password|passwd|secret|api[_-]?key|access[_-]?token)', '["\']?\\s*[:=]\\s*["\'][^"\'\\s$]{12,}["\']'].join(''), 'i')],
];

const BINARY = /\.(jpe?g|png|gif|webp|avif|ico|woff2?|ttf|otf|pdf|wasm|pf_[a-z]+)$/i;

function findSecrets(files: { name: string; text: string }[]): string[] {
  const found: string[] = [];
  for (const { name, text } of files) for (const [label, pattern] of SECRET_PATTERNS) if (pattern.test(text)) found.push(`${name}: ${label}`);
  return found;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

describe('no secrets', () => {
  it('recognises the credential shapes it looks for', () => {
    const samples = ['gh' + 'p_' + 'a'.repeat(36), 'AK' + 'IA' + 'ABCDEFGHIJKLMNOP', '-----BEGIN RSA PRIVATE' + ' KEY-----', 'pass' + 'word: "hunter2hunter2"'];
    for (const text of samples) expect(findSecrets([{ name: 'sample', text }]), text).toHaveLength(1);
    expect(findSecrets([{ name: 'sample', text: 'password: "${{ secrets.X }}"' }])).toEqual([]);
  });

  it('in any file tracked or about to be committed', () => {
    const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
    const files = listed
      .filter((f) => !BINARY.test(f) && existsSync(join(ROOT, f)) && statSync(join(ROOT, f)).size < 2_000_000)
      .map((f) => ({ name: f, text: readFileSync(join(ROOT, f), 'utf8') }));
    expect(files.length).toBeGreaterThan(50);
    expect(findSecrets(files)).toEqual([]);
  });

  it('in any file of the build', () => {
    const files = walk(DIST)
      .filter((f) => !BINARY.test(f))
      .map((f) => ({ name: relative(DIST, f), text: readFileSync(f, 'utf8') }));
    expect(findSecrets(files)).toEqual([]);
  });
});
