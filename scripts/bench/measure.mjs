// What the benchmark measures: a command's time and peak memory, the size of dist/, a page's weight, and the bytes
// of a first search in a browser.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BIN } from './paths.mjs';

/** Runs a command, polling the RSS of its whole process tree; returns seconds, peak MB and output. */
export function measure(cmd, args, cwd) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, args, {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peak = 0;
    const tree = (pid) => {
      const pids = [pid];
      for (let i = 0; i < pids.length; i++) {
        try {
          const children = readFileSync(`/proc/${pids[i]}/task/${pids[i]}/children`, 'utf8').trim();
          if (children) pids.push(...children.split(/\s+/).map(Number));
        } catch {
          // the process ended between listing and reading: it has no children left
        }
      }
      return pids;
    };
    const poll = setInterval(() => {
      let rss = 0;
      for (const pid of tree(child.pid)) {
        try {
          rss += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
        } catch {
          // the process ended since the tree was read: it uses no memory now
        }
      }
      peak = Math.max(peak, rss);
    }, 100);
    child.on('close', (code) => {
      clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) reject(new Error(`${cmd} ${args.join(' ')} exited ${code}\n${output.slice(-4000)}`));
      else resolve({ seconds, peakMB: peak / 1024, output });
    });
  });
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

export function distStats(dist) {
  const files = walk(dist);
  return {
    files: files.length,
    html: files.filter((f) => f.endsWith('.html')).length,
    mb: files.reduce((s, f) => s + statSync(f).size, 0) / 1048576,
  };
}

/** gzip bytes of a page's HTML, its stylesheets, scripts and the fonts those stylesheets load (no content images). */
export function pageWeight(dist, path) {
  const htmlFile = join(dist, path, 'index.html');
  if (!existsSync(htmlFile)) return undefined;
  const html = readFileSync(htmlFile);
  const gz = (buf) => gzipSync(buf, { level: 9 }).length;
  let css = 0,
    js = 0,
    fonts = 0;
  const text = html.toString();
  const local = (href) =>
    href.startsWith('/') && !href.startsWith('//') ? join(dist, decodeURIComponent(href.split(/[?#]/)[0])) : undefined;
  for (const m of text.matchAll(
    /<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"|<link[^>]+href="([^"]+)"[^>]*rel="stylesheet"/g,
  )) {
    const file = local(m[1] ?? m[2]);
    if (!file || !existsSync(file)) continue;
    const cssText = readFileSync(file);
    css += gz(cssText);
    for (const f of cssText.toString().matchAll(/url\(["']?([^"')]+\.(?:woff2?|ttf|otf))/g)) {
      const font = local(f[1]);
      if (font && existsSync(font)) fonts += gz(readFileSync(font));
    }
  }
  for (const m of text.matchAll(/<script[^>]+src="([^"]+)"/g)) {
    const file = local(m[1]);
    if (file && existsSync(file)) js += gz(readFileSync(file));
  }
  for (const m of text.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/(?:ld\+)?json)[^>]*>([\s\S]*?)<\/script>/g))
    js += gz(Buffer.from(m[1]));
  return { html: gz(html), css, js, fonts, total: gz(html) + css + js + fonts };
}

/** Bytes the browser fetches to open /tim-kiem/?q=… and show results, if the build has Pagefind. */
export async function firstSearchBytes(project, query) {
  if (!existsSync(join(project, 'dist', 'pagefind')) || !existsSync(join(project, 'dist', 'tim-kiem', 'index.html')))
    return undefined;
  const { chromium } = await import('playwright-core');
  const { createServer } = await import('node:net');
  const port = await new Promise((res) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => res(p));
    });
  });
  const server = spawn(join(BIN, 'astro'), ['preview', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: project,
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(base + '/');
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    let total = 0,
      pagefind = 0;
    const sizes = [];
    // astro preview does not compress; a real host gzips text (HTML, JS, CSS, JSON), while Pagefind's index and
    // fragments are gzip files already. So text responses count at their gzip size, the rest as served.
    const TEXT = /^(text\/|application\/(javascript|json))/;
    page.on('requestfinished', (req) =>
      sizes.push(
        (async () => {
          const response = await req.response();
          if (!response) return;
          const body = await response.body();
          const bytes = TEXT.test(response.headers()['content-type'] ?? '')
            ? gzipSync(body, { level: 6 }).length
            : body.length;
          total += bytes;
          if (req.url().includes('/pagefind/')) pagefind += bytes;
        })().catch(() => {}),
      ),
    );
    await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(1500);
    await Promise.all(sizes);
    return { total, pagefind };
  } finally {
    await browser.close();
    server.kill();
  }
}
