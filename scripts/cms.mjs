#!/usr/bin/env node
/**
 * `npm run cms`: edit on one's own machine. Starts Decap's local backend (decap-server, git mode so the
 * editorial workflow works) behind a guard that answers only requests addressed to 127.0.0.1 or localhost
 * (src/lib/security/loopback.ts: decap-server itself answers any Host, which DNS rebinding abuses), and the site's dev
 * server, then prints the /admin/ URL. Ports: CMS_SERVER_PORT (default 8081) and CMS_SITE_PORT (default 4321).
 * Ctrl+C stops both.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { loopbackProxy } from '../src/lib/security/loopback.ts';

const root = join(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const serverPort = process.env.CMS_SERVER_PORT ?? '8081';
const sitePort = process.env.CMS_SITE_PORT ?? '4321';
// Git mode publishes by merging into the configured branch: default to the branch checked out here.
const branch =
  process.env.CMS_BRANCH ??
  execFileSync('git', ['rev-parse', '--abbrev-ref', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();

/** A port nobody listens on, for decap-server behind the guard. */
const innerPort = await new Promise((resolve, reject) => {
  const probe = createServer();
  probe.once('error', reject);
  probe.listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});

const guard = loopbackProxy(innerPort);
guard.listen(Number(serverPort), '127.0.0.1');

const children = [
  spawn(bin('decap-server'), [], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PORT: String(innerPort), BIND_HOST: '127.0.0.1', MODE: 'git', GIT_REPO_DIRECTORY: root },
  }),
  // CMS_LOCAL_BACKEND also switches Astro's dev toolbar off (astro.config.mjs): it would cover the CMS.
  spawn(bin('astro'), ['dev', '--host', '127.0.0.1', '--port', sitePort], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CMS_BRANCH: branch, CMS_LOCAL_BACKEND: `http://127.0.0.1:${serverPort}/api/v1` },
  }),
];
console.log(
  `\nTrang biên tập: http://127.0.0.1:${sitePort}/admin/ (máy chủ nội dung cục bộ: 127.0.0.1:${serverPort})\n`,
);

const stop = () => {
  for (const child of children) if (child.exitCode === null) child.kill();
  guard.close();
};
for (const child of children)
  child.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
