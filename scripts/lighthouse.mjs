// Lighthouse (mobile, its default) on the pages readers open most, against Debian's Chromium and the built site:
//   npm run build && npm run lighthouse            (starts `astro preview` on a free port)
//   PREVIEW_URL=http://127.0.0.1:4321 npm run lighthouse   (an already running server)
// Prints performance and accessibility per page and exits with 1 below the targets (95 and 100).
// A script, not a test: its scores depend on the machine's load, which a shared CI machine does not control.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';

const PAGES = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [
      '/',
      '/tin-tuc/cach-bao-tin-to-giac-toi-pham-an-toan/',
      '/mo-hinh/ho-an-toan-thon-ban-binh-yen/',
      '/guong-dien-hinh/xa-cao-son/',
      '/so-lieu/',
      '/lien-he/',
    ];
const TARGETS = { performance: 95, accessibility: 100 };
const ROOT = join(import.meta.dirname, '..');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startPreview() {
  if (process.env.PREVIEW_URL) return { url: process.env.PREVIEW_URL, close: () => {} };
  const port = await freePort();
  const child = spawn(
    join(ROOT, 'node_modules', '.bin', 'astro'),
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'],
    { cwd: ROOT, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) return { url, close: () => child.kill() };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`astro preview did not answer at ${url}`);
}

const preview = await startPreview();
const debugPort = await freePort();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    `--remote-debugging-port=${debugPort}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
let failed = false;
try {
  console.log('| page | performance | accessibility |\n| --- | ---: | ---: |');
  for (const path of PAGES) {
    const result = await lighthouse(preview.url + path, {
      port: debugPort,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(TARGETS),
    });
    const scores = Object.fromEntries(
      Object.keys(TARGETS).map((c) => [c, Math.round((result?.lhr.categories[c]?.score ?? 0) * 100)]),
    );
    const below = Object.entries(TARGETS).filter(([c, target]) => scores[c] < target);
    if (below.length) failed = true;
    console.log(`| ${path} | ${scores.performance} | ${scores.accessibility} |${below.length ? ' below target' : ''}`);
    if (scores.performance < TARGETS.performance) {
      // What pulled performance down: each metric's value as Lighthouse displays it.
      const metrics = [
        'first-contentful-paint',
        'largest-contentful-paint',
        'total-blocking-time',
        'cumulative-layout-shift',
        'speed-index',
      ];
      console.log(`  ${metrics.map((id) => `${id}: ${result?.lhr.audits[id]?.displayValue ?? '?'}`).join(', ')}`);
      if (process.env.LIGHTHOUSE_DETAIL)
        console.log(
          JSON.stringify(result?.lhr.audits['mainthread-work-breakdown']?.details?.items),
          JSON.stringify(result?.lhr.audits['long-tasks']?.details?.items?.slice(0, 5)),
        );
    }
    if (scores.accessibility < TARGETS.accessibility) {
      for (const audit of Object.values(result.lhr.audits))
        if (audit.score === 0 && audit.details?.type === 'table') console.log(`  ${audit.id}: ${audit.title}`);
    }
  }
} finally {
  await browser.close();
  preview.close();
}
process.exit(failed ? 1 : 0);
