/**
 * The built site in Debian's real nginx, with the shipped configuration (deploy/nginx.conf and
 * deploy/antq-headers.conf, rendered by deploy/antq-release as an operator does): the configuration loads on
 * nginx 1.22, every kind of response carries the security headers and the cache policy, text is compressed,
 * types are right, a forged Host is refused and never echoed, the root and /admin/ earn A+ by the MDN
 * Observatory's scoring, and every page of the sitemap, the offline page and the CMS load in Chromium through
 * it without a console error or a Content-Security-Policy violation.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect as netConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect as tlsConnect } from 'node:tls';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH } from '../helpers/browser';
import { sitemapPaths } from '../helpers/dist';
import { headersFromHeadersFile } from '../helpers/headers';
import { NGINX_HOST, startNginx, type Nginx } from '../helpers/nginx';
import { observatoryGrade, type ObservedResponse } from '../helpers/observatory';
import { metaPolicyOf, parsePolicy } from '../../src/lib/security/csp';
import { DIST, ROOT } from '../helpers/preview';
import { chromium } from 'playwright-core';

let nginx: Nginx;

beforeAll(async () => {
  nginx = await startNginx(DIST);
});

afterAll(async () => {
  await nginx?.stop();
});

interface Reply {
  status: number;
  headers: Map<string, string[]>;
  body: Buffer;
}

function toHeaderMap(raw: string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!.toLowerCase();
    map.set(name, [...(map.get(name) ?? []), raw[i + 1]!]);
  }
  return map;
}

/** One HTTP/1.1 request to the test server, nothing decoded: what a client gets on the wire. */
function fetchRaw(
  path: string,
  options: { scheme?: 'http' | 'https'; host?: string; servername?: string; headers?: Record<string, string>; method?: string } = {},
): Promise<Reply> {
  const scheme = options.scheme ?? 'https';
  const send = scheme === 'https' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      {
        host: '127.0.0.1',
        port: scheme === 'https' ? nginx.httpsPort : nginx.httpPort,
        path,
        method: options.method ?? 'GET',
        headers: { host: options.host ?? `${NGINX_HOST}:${scheme === 'https' ? nginx.httpsPort : nginx.httpPort}`, ...options.headers },
        ...(scheme === 'https' ? { ca: nginx.ca, servername: options.servername ?? NGINX_HOST } : {}),
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: toHeaderMap(res.rawHeaders), body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const one = (reply: Reply, name: string) => {
  const values = reply.headers.get(name) ?? [];
  expect(values, `${name}: ${values.join(' | ')}`).toHaveLength(1);
  return values[0]!;
};

const HEADERS_FILE = readFileSync(join(ROOT, 'public', '_headers'), 'utf8');

/** The headers of deploy/antq-headers.conf, as nginx sends them. */
const SNIPPET = readFileSync(join(ROOT, 'deploy', 'antq-headers.conf'), 'utf8');
const SECURITY_HEADERS = [...SNIPPET.matchAll(/^add_header\s+(\S+)\s+"([^"]*)"\s+always;$/gm)].map((m) => [m[1]!.toLowerCase(), m[2]!] as const);

function expectSecurityHeaders(reply: Reply, path: string) {
  expect(SECURITY_HEADERS.length).toBeGreaterThanOrEqual(7);
  for (const [name, value] of SECURITY_HEADERS) expect(reply.headers.get(name), `${path}: ${name}`).toEqual([value]);
}

const firstFile = (dir: string, test: (name: string) => boolean) => {
  const name = readdirSync(join(DIST, dir)).sort().find(test);
  if (!name) throw new Error(`không có tệp phù hợp trong dist/${dir}`);
  return `/${dir}/${name}`;
};
const findFile = (dir: string, ext: string): string => {
  for (const entry of readdirSync(join(DIST, dir), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.isFile() && entry.name.endsWith(ext)) return `/${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      try {
        return findFile(`${dir}/${entry.name}`, ext);
      } catch {
        // not in this folder
      }
    }
  }
  throw new Error(`không có tệp ${ext} trong dist/${dir}`);
};

const NO_CACHE = 'no-cache';
const YEAR = 'public, max-age=31536000, immutable';
const HOUR = 'public, max-age=3600';

describe('the configuration', () => {
  it('passes `nginx -t` on this nginx without a warning, and brotli is there as .ci/run installs it', () => {
    expect(nginx.testOutput).toContain('syntax is ok');
    expect(nginx.testOutput).toContain('test is successful');
    expect(nginx.testOutput).not.toMatch(/\[(warn|emerg|alert|crit)\]/);
    expect(nginx.brotli, 'apt-get install libnginx-mod-http-brotli-filter (.ci/run cài gói này)').toBe(true);
    expect(nginx.siteConfig).toMatch(/^\s*brotli on;$/m);
  });

  it('uses the http2 listen parameter before nginx 1.25.1 and the http2 directive from then on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'antq-nginx-render-'));
    try {
      const render = (version: string) => {
        execFileSync(join(ROOT, 'deploy', 'antq-release'), ['config', '--host', 'congan.example.vn', '--nginx-dir', dir, '--nginx-version', version, '--brotli', 'no'], { stdio: 'pipe' });
        return readFileSync(join(dir, 'sites-available', 'antq.conf'), 'utf8');
      };
      const old = render('1.22.1');
      expect(old).toMatch(/^\s*listen 443 ssl http2;$/m);
      expect(old).not.toMatch(/^\s*http2 on;/m);
      const later = render('1.25.1');
      expect(later).toMatch(/^\s*listen 443 ssl;$/m);
      expect(later.match(/^\s*http2 on;$/gm)).toHaveLength(2);
      expect(later).not.toMatch(/^\s*listen .*ssl http2/m);
      expect(later).not.toMatch(/^\s*brotli/m);
      expect(later).toContain('ssl_certificate /etc/letsencrypt/live/congan.example.vn/fullchain.pem;');
      expect(later).toContain('return 301 https://congan.example.vn$request_uri;');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('negotiates HTTP/2 over TLS', async () => {
    const protocol = await new Promise<string | false>((resolve, reject) => {
      const socket = tlsConnect({ host: '127.0.0.1', port: nginx.httpsPort, servername: NGINX_HOST, ca: nginx.ca, ALPNProtocols: ['h2', 'http/1.1'] }, () => {
        resolve(socket.alpnProtocol ?? false);
        socket.end();
      });
      socket.on('error', reject);
    });
    expect(protocol).toBe('h2');
  });

  it('refuses host names, addresses and values that would change the configuration', () => {
    const dir = mkdtempSync(join(tmpdir(), 'antq-nginx-render-'));
    try {
      for (const host of ['evil.example; include /etc/passwd', 'portal.test\nserver {', '127.0.0.1', 'PORTAL.example.vn', '']) {
        expect(() => execFileSync(join(ROOT, 'deploy', 'antq-release'), ['config', '--host', host, '--nginx-dir', dir, '--nginx-version', '1.22.1'], { stdio: 'pipe' }), host).toThrow();
      }
      expect(() => execFileSync(join(ROOT, 'deploy', 'antq-release'), ['config', '--host', 'congan.example.vn', '--root', '/srv/a; }', '--nginx-dir', dir, '--nginx-version', '1.22.1'], { stdio: 'pipe' })).toThrow();
      expect(() => execFileSync(join(ROOT, 'deploy', 'antq-release'), ['config', '--host', 'congan.example.vn', '--nginx-dir', dir, '--nginx-version', '1.18.0'], { stdio: 'pipe' })).toThrow(/1\.22/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('every kind of response', () => {
  const cases: [what: string, path: string, status: number, type: RegExp, cache: string][] = [
    ['home page', '/', 200, /^text\/html; charset=utf-8$/, NO_CACHE],
    ['a page', '/tin-tuc/', 200, /^text\/html; charset=utf-8$/, NO_CACHE],
    ['404', '/khong-co-trang-nay/', 404, /^text\/html; charset=utf-8$/, NO_CACHE],
    ['missing hashed file', '/_astro/khong-co.css', 404, /^text\/html; charset=utf-8$/, NO_CACHE],
    ['RSS feed', '/rss.xml', 200, /^(text|application)\/(rss\+)?xml; charset=utf-8$/, NO_CACHE],
    ['sitemap', '/sitemap-index.xml', 200, /^(text|application)\/xml; charset=utf-8$/, NO_CACHE],
    ['robots.txt', '/robots.txt', 200, /^text\/plain; charset=utf-8$/, NO_CACHE],
    ['bulletin text', findFile('phat-thanh', '.txt'), 200, /^text\/plain; charset=utf-8$/, NO_CACHE],
    ['web app manifest', '/manifest.webmanifest', 200, /^application\/manifest\+json; charset=utf-8$/, NO_CACHE],
    ['service worker', '/sw.js', 200, /^application\/javascript; charset=utf-8$/, NO_CACHE],
    ['worker registration', '/sw-register.js', 200, /^application\/javascript; charset=utf-8$/, NO_CACHE],
    ['offline page script', '/offline-pages.js', 200, /^application\/javascript; charset=utf-8$/, NO_CACHE],
    ['hashed stylesheet', firstFile('_astro', (n) => n.endsWith('.css')), 200, /^text\/css; charset=utf-8$/, YEAR],
    ['hashed image', firstFile('_astro', (n) => n.endsWith('.webp')), 200, /^image\/webp$/, YEAR],
    ['hashed AVIF image', firstFile('_astro', (n) => n.endsWith('.avif')), 200, /^image\/avif$/, YEAR],
    ['leaflet PDF', findFile('to-roi', '.pdf'), 200, /^application\/pdf$/, HOUR],
    ['share card', findFile('the-chia-se', '.png'), 200, /^image\/png$/, HOUR],
    ['icon', '/favicon.svg', 200, /^image\/svg\+xml; charset=utf-8$/, HOUR],
    ['Pagefind entry', '/pagefind/pagefind-entry.json?ts=1764939600000', 200, /^application\/json; charset=utf-8$/, NO_CACHE],
    ['Pagefind script', '/pagefind/pagefind.js', 200, /^application\/javascript; charset=utf-8$/, NO_CACHE],
    ['Pagefind metadata', firstFile('pagefind', (n) => n.endsWith('.pf_meta')), 200, /^application\/octet-stream$/, NO_CACHE],
    ['Pagefind WebAssembly', firstFile('pagefind', (n) => n.endsWith('.pagefind')), 200, /^application\/octet-stream$/, NO_CACHE],
    ['search sort order', '/pagefind/sort-ngay.json', 200, /^application\/json; charset=utf-8$/, NO_CACHE],
    ['Pagefind index chunk', firstFile('pagefind/index', (n) => n.endsWith('.pf_index')), 200, /^application\/octet-stream$/, YEAR],
    ['Pagefind fragment', firstFile('pagefind/fragment', (n) => n.endsWith('.pf_fragment')), 200, /^application\/octet-stream$/, YEAR],
    ['Pagefind filter', firstFile('pagefind/filter', (n) => n.endsWith('.pf_filter')), 200, /^application\/octet-stream$/, YEAR],
    ['CMS page', '/admin/', 200, /^text\/html; charset=utf-8$/, NO_CACHE],
    ['CMS bundle chunk', firstFile('admin/cms', (n) => n.endsWith('.js')), 200, /^application\/javascript; charset=utf-8$/, YEAR],
    ['Netlify header file', '/_headers', 404, /^text\/html; charset=utf-8$/, NO_CACHE],
  ];

  it.each(cases)('%s (%s): status, type, cache policy and the security headers', async (_what, path, status, type, cache) => {
    const reply = await fetchRaw(path);
    expect(reply.status).toBe(status);
    expect(one(reply, 'content-type')).toMatch(type);
    expect(one(reply, 'cache-control')).toBe(cache);
    expectSecurityHeaders(reply, path);
    // Netlify and Cloudflare Pages would send what public/_headers says: nginx sends the same. (A missing
    // file is answered by the 404 page, revalidated: never kept for a year under a hashed name.)
    if (status === 200)
      for (const [name, values] of headersFromHeadersFile(HEADERS_FILE, new URL(path, 'https://x').pathname))
        expect(reply.headers.get(name), `public/_headers, ${path}: ${name}`).toEqual(values);
    expect(one(reply, 'server')).toBe('nginx');
    if (status === 200 && cache === NO_CACHE) {
      // Revalidated, not downloaded again, while it has not changed.
      const etag = one(reply, 'etag');
      const again = await fetchRaw(path, { headers: { 'if-none-match': etag } });
      expect(again.status, path).toBe(304);
    }
    if (status === 404) expect(reply.body.toString('utf8')).toContain('<html lang="vi"');
  });

  it('sends the 404 page for an unknown address, with its Vietnamese text', async () => {
    const reply = await fetchRaw('/khong-co-trang-nay/');
    expect(reply.body.toString('utf8')).toBe(readFileSync(join(DIST, '404.html'), 'utf8'));
  });

  it('marks the CMS and only the CMS as not for search engines', async () => {
    expect(one(await fetchRaw('/admin/'), 'x-robots-tag')).toBe('noindex, nofollow');
    expect((await fetchRaw('/')).headers.has('x-robots-tag')).toBe(false);
  });

  it('sends one Content-Security-Policy header everywhere, /admin/ included: the CMS policy is the page’s <meta>', async () => {
    for (const path of ['/', '/admin/', '/tim-kiem/']) {
      const reply = await fetchRaw(path);
      expect(reply.headers.get('content-security-policy'), path).toHaveLength(1);
    }
    const admin = (await fetchRaw('/admin/')).body.toString('utf8');
    expect(parsePolicy(metaPolicyOf(admin) ?? '').get('script-src')).toContain("'unsafe-eval'");
  });

  it('serves files for static hosts, CORS policy files and dotfiles as not found', async () => {
    for (const path of ['/_headers', '/crossdomain.xml', '/clientaccesspolicy.xml', '/.git/config']) expect((await fetchRaw(path)).status, path).toBe(404);
  });
});

describe('compression', () => {
  /** One file of each text type, large enough to be compressed (gzip_min_length 256). */
  const TEXT = [
    '/',
    firstFile('_astro', (n) => n.endsWith('.css')),
    '/sw.js',
    '/pagefind/sort-ngay.json',
    '/rss.xml',
    '/sitemap-0.xml',
    findFile('phat-thanh', '.txt'),
    '/manifest.webmanifest',
    '/favicon.svg',
  ];

  it.each(TEXT)('%s: gzip, with Vary: Accept-Encoding, the same bytes once decoded', async (path) => {
    const file = readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path));
    expect(file.length, 'đủ lớn để nén').toBeGreaterThanOrEqual(256);
    const reply = await fetchRaw(path, { headers: { 'accept-encoding': 'gzip' } });
    expect(one(reply, 'content-encoding')).toBe('gzip');
    expect(one(reply, 'vary')).toBe('Accept-Encoding');
    expect(gunzipSync(reply.body).equals(file)).toBe(true);
    const plain = await fetchRaw(path);
    expect(plain.headers.has('content-encoding')).toBe(false);
    expect(one(plain, 'vary')).toBe('Accept-Encoding');
    expect(plain.body.equals(file)).toBe(true);
  });

  it.each(TEXT)('%s: brotli when the browser offers it', async (path) => {
    const file = readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path));
    const reply = await fetchRaw(path, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(one(reply, 'content-encoding')).toBe('br');
    expect(one(reply, 'vary')).toBe('Accept-Encoding');
    expect(brotliDecompressSync(reply.body).equals(file)).toBe(true);
  });

  it('leaves files that are compressed already as they are: Pagefind’s index, images, PDFs', async () => {
    for (const path of [
      firstFile('pagefind/fragment', (n) => n.endsWith('.pf_fragment')),
      firstFile('_astro', (n) => n.endsWith('.webp')),
      findFile('to-roi', '.pdf'),
    ]) {
      const reply = await fetchRaw(path, { headers: { 'accept-encoding': 'gzip, br' } });
      expect(reply.headers.has('content-encoding'), path).toBe(false);
      expect(reply.body.length, path).toBe(statSync(join(DIST, path)).size);
    }
  });

  it('revalidates a compressed page by its ETag', async () => {
    const first = await fetchRaw('/', { headers: { 'accept-encoding': 'gzip' } });
    const again = await fetchRaw('/', { headers: { 'accept-encoding': 'gzip', 'if-none-match': one(first, 'etag') } });
    expect(again.status).toBe(304);
  });
});

/** Opens a connection, sends `request` as it is, and returns what came back before the server closed. */
function rawExchange(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = netConnect(port, '127.0.0.1', () => socket.write(request));
    let data = '';
    socket.on('data', (d) => (data += d));
    socket.on('end', () => resolve(data));
    socket.on('close', () => resolve(data));
    socket.on('error', (e: NodeJS.ErrnoException) => (e.code === 'ECONNRESET' ? resolve(data) : reject(e)));
  });
}

describe('host names', () => {
  const EVIL = 'evil.example';

  it('redirects HTTP to HTTPS on the configured host only, whatever Host the request gave', async () => {
    const reply = await fetchRaw('/tin-tuc/?a=1', { scheme: 'http', host: NGINX_HOST });
    expect(reply.status).toBe(301);
    expect(one(reply, 'location')).toBe(`https://${NGINX_HOST}:${nginx.httpsPort}/tin-tuc/?a=1`);
    const withPort = await fetchRaw('/', { scheme: 'http', host: `${NGINX_HOST}:1234` });
    expect(one(withPort, 'location')).toBe(`https://${NGINX_HOST}:${nginx.httpsPort}/`);
  });

  it('closes the connection without an answer for an unknown Host over HTTP, or none at all', async () => {
    expect(await rawExchange(nginx.httpPort, `GET / HTTP/1.1\r\nHost: ${EVIL}\r\nConnection: close\r\n\r\n`)).toBe('');
    expect(await rawExchange(nginx.httpPort, `GET /tin-tuc HTTP/1.1\r\nHost: ${EVIL}:${nginx.httpPort}\r\nConnection: close\r\n\r\n`)).toBe('');
    expect(await rawExchange(nginx.httpPort, 'GET / HTTP/1.0\r\n\r\n')).toBe('');
    expect(await rawExchange(nginx.httpPort, `GET http://${EVIL}/ HTTP/1.1\r\nHost: ${NGINX_HOST}\r\nConnection: close\r\n\r\n`)).toBe('');
  });

  it('refuses the TLS handshake for another server name', async () => {
    await expect(fetchRaw('/', { servername: EVIL, host: EVIL })).rejects.toThrow(/alert|handshake|unrecognized name|socket/i);
  });

  it('closes the connection when the portal’s certificate was asked for but Host names another site', async () => {
    await expect(fetchRaw('/', { host: EVIL })).rejects.toThrow(/socket hang up|ECONNRESET/);
    await expect(fetchRaw('/tin-tuc', { host: `${EVIL}:${nginx.httpsPort}` })).rejects.toThrow(/socket hang up|ECONNRESET/);
  });

  it('redirects a folder without its "/" to a relative address: no host in Location', async () => {
    const reply = await fetchRaw('/tin-tuc', { host: `${NGINX_HOST}:9` });
    expect(reply.status).toBe(301);
    expect(one(reply, 'location')).toBe('/tin-tuc/');
    expectSecurityHeaders(reply, '/tin-tuc');
  });
});

/**
 * Everything the Observatory reads for one address: nginx's headers, and the <meta http-equiv> and scripts of
 * the HTML, parsed by Chromium on a blank page (a page with a policy would check the parsed styles against it).
 */
async function observe(page: Page, path: string): Promise<ObservedResponse> {
  const reply = await fetchRaw(path);
  expect(reply.status).toBe(200);
  const parsed = await page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const httpEquiv: [string, string][] = [...doc.querySelectorAll('meta[http-equiv]')].map((m) => [m.getAttribute('http-equiv')!.toLowerCase(), m.getAttribute('content') ?? '']);
    const scripts = [...doc.querySelectorAll('script[src]')].map((s) => ({ src: s.getAttribute('src')!, integrity: s.getAttribute('integrity') ?? undefined }));
    return { httpEquiv, scripts };
  }, reply.body.toString('utf8'));
  const httpEquiv = new Map<string, string[]>();
  for (const [name, value] of parsed.httpEquiv) httpEquiv.set(name, [...(httpEquiv.get(name) ?? []), value]);
  // The Observatory starts at http://<host>/ and follows the redirects.
  const redirects = [`http://${NGINX_HOST}/`];
  const start = await fetchRaw('/', { scheme: 'http', host: NGINX_HOST });
  if (start.status === 301) redirects.push(one(start, 'location'));
  return { url: `https://${NGINX_HOST}${path}`, headers: reply.headers, httpEquiv, scripts: parsed.scripts.map((s) => ({ src: s.src, ...(s.integrity ? { integrity: s.integrity } : {}) })), redirects };
}

describe('in Chromium through nginx', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...nginx.chromiumArgs],
    });
    context = await browser.newContext();
    // Violations are events on the document; the console shows them too, as errors.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${page.url()}: ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the root and /admin/ earn A+ by the MDN Observatory’s scoring', async () => {
    const blank = await context.newPage();
    const root = observatoryGrade(await observe(blank, '/'));
    expect(root.results.map((r) => [r.test, r.result, r.modifier])).toEqual([
      ['content-security-policy', 'csp-implemented-with-no-unsafe', 5],
      ['cookies', 'cookies-not-found', 0],
      ['cross-origin-resource-sharing', 'cross-origin-resource-sharing-not-implemented', 0],
      ['redirection', 'redirection-to-https', 0],
      ['referrer-policy', 'referrer-policy-private', 5],
      ['strict-transport-security', 'hsts-implemented-max-age-at-least-six-months', 0],
      ['subresource-integrity', 'sri-not-implemented-but-all-scripts-loaded-from-secure-origin', 0],
      ['x-content-type-options', 'x-content-type-options-nosniff', 0],
      ['x-frame-options', 'x-frame-options-implemented-via-csp', 5],
      ['cross-origin-resource-policy', 'corp-implemented-with-same-origin', 10],
    ]);
    expect(root).toMatchObject({ score: 125, grade: 'A+' });

    // Decap CMS compiles code at run time ('unsafe-eval', 10 points off); everything else as on the root.
    const admin = observatoryGrade(await observe(blank, '/admin/'));
    expect(admin.results.map((r) => [r.test, r.result, r.modifier])).toEqual([
      ['content-security-policy', 'csp-implemented-with-unsafe-eval', -10],
      ['cookies', 'cookies-not-found', 0],
      ['cross-origin-resource-sharing', 'cross-origin-resource-sharing-not-implemented', 0],
      ['redirection', 'redirection-to-https', 0],
      ['referrer-policy', 'referrer-policy-private', 5],
      ['strict-transport-security', 'hsts-implemented-max-age-at-least-six-months', 0],
      ['subresource-integrity', 'sri-not-implemented-but-all-scripts-loaded-from-secure-origin', 0],
      ['x-content-type-options', 'x-content-type-options-nosniff', 0],
      ['x-frame-options', 'x-frame-options-implemented-via-csp', 5],
      ['cross-origin-resource-policy', 'corp-implemented-with-same-origin', 10],
    ]);
    expect(admin).toMatchObject({ score: 110, grade: 'A+' });
    await blank.close();
  });

  it('loads every page of the sitemap without a console error or a CSP violation', async () => {
    const paths = sitemapPaths();
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) {
      const response = await page.goto(`${nginx.origin}${path}`, { waitUntil: 'load' });
      expect(response?.status(), path).toBe(200);
    }
    expect(problems).toEqual([]);
  }, 600_000);

  it('shows the offline page with the pages stored on the way, without a CSP violation', async () => {
    // The worker took over after the first page and stored the pages opened since.
    await page.goto(`${nginx.origin}/ngoai-tuyen/`, { waitUntil: 'load' });
    await expect.poll(() => page.locator('#trang-da-luu a').count()).toBeGreaterThan(20);
    await page.waitForTimeout(500);
    expect(problems).toEqual([]);
  });

  it('loads the CMS at /admin/ without a console error or a CSP violation', async () => {
    await page.goto(`${nginx.origin}/admin/`, { waitUntil: 'load' });
    // Decap draws its login screen once its bundle has run.
    await expect.poll(() => page.locator('button').count()).toBeGreaterThan(0);
    await page.waitForTimeout(1000);
    expect(problems).toEqual([]);
  });
});
