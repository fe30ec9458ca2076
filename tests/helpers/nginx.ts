/**
 * Debian's nginx serving a folder with the portal's shipped configuration, on loopback, as an operator's server
 * would: `deploy/antq-release config` renders deploy/nginx.conf and its headers snippet (test ports, a
 * throwaway certificate made with openssl), `nginx -t` checks it, and nginx runs in the foreground as a child
 * process with its own prefix, pid file and temporary folders. The main nginx.conf written here is Debian's,
 * less what needs root (user, /run, /var/log): the same modules (Debian's modules-enabled, so the brotli
 * filter when libnginx-mod-http-brotli-filter is installed) and the same mime.types.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { X509Certificate, createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, freePort } from './preview';

export const NGINX_HOST = 'portal.test';
const MODULES_ENABLED = '/etc/nginx/modules-enabled';

export interface Nginx {
  host: string;
  httpPort: number;
  httpsPort: number;
  /** https://portal.test:<port> */
  origin: string;
  /** The throwaway certificate (PEM), to trust in requests. */
  ca: string;
  /** Base64 SHA-256 of the certificate's public key, for Chromium's --ignore-certificate-errors-spki-list. */
  spki: string;
  /** Whether Debian's brotli filter module is installed (and so loaded and configured). */
  brotli: boolean;
  /** What `nginx -t` printed. */
  testOutput: string;
  /** The rendered site configuration. */
  siteConfig: string;
  /** Chromium flags that send portal.test to this server and trust its certificate. */
  chromiumArgs: string[];
  /** What the server logged to stderr so far. */
  log(): string;
  stop(): Promise<void>;
}

export const brotliInstalled = () =>
  existsSync(MODULES_ENABLED) && readdirSync(MODULES_ENABLED).some((f) => f.includes('brotli-filter'));

function waitForPort(port: number, child: ChildProcess, output: () => string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) return reject(new Error(`nginx thoát với mã ${child.exitCode}:\n${output()}`));
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`nginx không nghe ở cổng ${port}:\n${output()}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/** Renders the shipped configuration for `root`, checks it with `nginx -t` and starts nginx. */
export async function startNginx(root: string): Promise<Nginx> {
  const dir = mkdtempSync(join(tmpdir(), 'antq-nginx-'));
  const conf = join(dir, 'conf');
  mkdirSync(conf);
  for (const sub of ['logs', 'tmp/body', 'tmp/proxy', 'tmp/fastcgi', 'tmp/uwsgi', 'tmp/scgi'])
    mkdirSync(join(dir, sub), { recursive: true });
  // Debian's modules-enabled files name their modules relative to the prefix ("modules/…so"), as
  // /usr/share/nginx/modules does on the server.
  symlinkSync('/usr/lib/nginx/modules', join(dir, 'modules'));

  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '2',
      '-subj',
      `/CN=${NGINX_HOST}`,
      '-addext',
      `subjectAltName=DNS:${NGINX_HOST}`,
    ],
    { stdio: 'pipe' },
  );
  const ca = readFileSync(cert, 'utf8');
  const publicKey = new X509Certificate(ca).publicKey.export({ type: 'spki', format: 'der' });
  const spki = createHash('sha256').update(publicKey).digest('base64');

  const httpPort = await freePort();
  const httpsPort = await freePort();
  const brotli = brotliInstalled();
  execFileSync(
    join(ROOT, 'deploy', 'antq-release'),
    [
      'config',
      '--host',
      NGINX_HOST,
      '--cert',
      cert,
      '--key',
      key,
      '--root',
      root,
      '--http-port',
      String(httpPort),
      '--https-port',
      String(httpsPort),
      '--listen',
      '127.0.0.1',
      '--nginx-dir',
      conf,
      '--brotli',
      brotli ? 'yes' : 'no',
    ],
    { stdio: 'pipe' },
  );

  const runAsRoot = process.getuid?.() === 0;
  writeFileSync(
    join(conf, 'nginx.conf'),
    [
      // As root, workers would switch to "nobody"; they run as the tests' user instead.
      runAsRoot ? 'user root;' : '',
      'worker_processes 1;',
      'daemon off;',
      `pid ${join(dir, 'nginx.pid')};`,
      `include ${MODULES_ENABLED}/*.conf;`,
      'events { worker_connections 256; }',
      'http {',
      '  sendfile on;',
      '  tcp_nopush on;',
      '  types_hash_max_size 2048;',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      `  access_log ${join(dir, 'logs', 'access.log')};`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (t) => `  ${t}_temp_path ${join(dir, 'tmp', t === 'client_body' ? 'body' : t)};`,
      ),
      '  include sites-available/antq.conf;',
      '}',
      '',
    ].join('\n'),
  );
  const args = ['-p', `${dir}/`, '-c', join(conf, 'nginx.conf')];
  const check = spawnSync('nginx', ['-t', ...args, '-e', 'stderr'], { encoding: 'utf8' });
  const testOutput = `${check.stdout}${check.stderr}`;
  if (check.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`nginx -t thất bại:\n${testOutput}`);
  }

  const child = spawn('nginx', [...args, '-e', join(dir, 'logs', 'error.log')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const log = () =>
    output + (existsSync(join(dir, 'logs', 'error.log')) ? readFileSync(join(dir, 'logs', 'error.log'), 'utf8') : '');
  try {
    await waitForPort(httpsPort, child, log);
    await waitForPort(httpPort, child, log);
  } catch (error) {
    child.kill('SIGQUIT');
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    host: NGINX_HOST,
    httpPort,
    httpsPort,
    origin: `https://${NGINX_HOST}:${httpsPort}`,
    ca,
    spki,
    brotli,
    testOutput,
    siteConfig: readFileSync(join(conf, 'sites-available', 'antq.conf'), 'utf8'),
    chromiumArgs: [
      `--host-resolver-rules=MAP ${NGINX_HOST} 127.0.0.1`,
      `--ignore-certificate-errors-spki-list=${spki}`,
    ],
    log,
    stop: () =>
      new Promise((resolve) => {
        const done = () => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        };
        if (child.exitCode !== null) return done();
        child.once('exit', done);
        // QUIT: a graceful stop, workers finish and the master removes its pid file.
        child.kill('SIGQUIT');
      }),
  };
}
