/**
 * deploy/antq-release on small stand-in builds: each build in a release folder of its own behind a symlink
 * switched in one step, unchanged files kept as they were (same inode and time, so the same ETag), hashed
 * files of earlier releases kept for ANTQ_KEEP_DAYS, rollback in one command, old releases pruned, and a bad
 * source or a second deploy at the same time refused without touching the live site.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SCRIPT = join(import.meta.dirname, '..', 'deploy', 'antq-release');

let work: string;
let base: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'antq-release-'));
  base = join(work, 'www');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}, input?: Buffer) {
  const result = spawnSync(SCRIPT, args, { env: { ...process.env, ANTQ_BASE: base, ...env }, encoding: 'utf8', input });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}
function ok(args: string[], env: Record<string, string> = {}, input?: Buffer) {
  const result = run(args, env, input);
  expect(result.status, result.out).toBe(0);
  return result.out;
}

/** A stand-in for `npm run build`'s output: the files the script requires, plus the given ones. */
function build(name: string, files: Record<string, string>): string {
  const dir = join(work, name);
  const all = {
    'index.html': '<!doctype html><title>Trang chủ</title>',
    '404.html': '<!doctype html><title>404</title>',
    'sw.js': '/* worker */',
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const live = () => readlinkSync(join(base, 'current'));
const served = (path: string) => readFileSync(join(base, 'current', path), 'utf8');
const releases = () => readdirSync(join(base, 'releases')).sort();

// Each test runs the script several times: seconds on a loaded machine.
describe('antq-release install', { timeout: 60_000 }, () => {
  it('puts a build in a release folder and points current at it', () => {
    const out = ok(['install', build('a', { '_astro/a.111.css': 'a{}', 'tin-tuc/index.html': 'tin A' })]);
    expect(out).toMatch(/release \d{8}T\d{6}\.\d{3}Z đang phục vụ/);
    expect(lstatSync(join(base, 'current')).isSymbolicLink()).toBe(true);
    expect(live()).toMatch(/^releases\/\d{8}T\d{6}\.\d{3}Z$/);
    expect(served('tin-tuc/index.html')).toBe('tin A');
    expect(ok(['list'])).toMatch(/^\* \d{8}T\d{6}\.\d{3}Z$/m);
  });

  it('keeps unchanged files as they were (same inode, same ETag), replaces changed ones, and keeps recent hashed files', async () => {
    ok([
      'install',
      build('a', {
        '_astro/a.111.css': 'a{}',
        'tin-tuc/index.html': 'tin A',
        'gioi-thieu/index.html': 'giới thiệu',
        'cu/index.html': 'cũ',
      }),
    ]);
    const first = live();
    const before = statSync(join(base, first, 'gioi-thieu/index.html'));
    ok([
      'install',
      build('b', {
        '_astro/b.222.css': 'b{}',
        'tin-tuc/index.html': 'tin B',
        'gioi-thieu/index.html': 'giới thiệu',
        'moi/trang/index.html': 'mới',
      }),
    ]);
    expect(live()).not.toBe(first);
    const after = statSync(join(base, live(), 'gioi-thieu/index.html'));
    expect(after.ino).toBe(before.ino);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(statSync(join(base, live(), 'tin-tuc/index.html')).ino).not.toBe(
      statSync(join(base, first, 'tin-tuc/index.html')).ino,
    );
    expect(served('tin-tuc/index.html')).toBe('tin B');
    // The changed file replaced the link: the first release's copy is untouched, for a rollback.
    expect(readFileSync(join(base, first, 'tin-tuc/index.html'), 'utf8')).toBe('tin A');
    // A page the new build no longer has is gone; a folder only the new build has is there.
    expect(existsSync(join(base, 'current', 'cu/index.html'))).toBe(false);
    expect(served('moi/trang/index.html')).toBe('mới');
    // A page of the first release still open somewhere finds its stylesheet.
    expect(served('_astro/a.111.css')).toBe('a{}');
    expect(served('_astro/b.222.css')).toBe('b{}');
  });

  it('lets hashed files of a release go once it has been retired for longer than ANTQ_KEEP_DAYS', async () => {
    ok([
      'install',
      build('a', {
        '_astro/a.111.css': 'a{}',
        'pagefind/fragment/vi_a.pf_fragment': 'fa',
        'admin/cms/cms-a.js': 'cms a',
      }),
    ]);
    const first = live().replace('releases/', '');
    ok(['install', build('b', { '_astro/b.222.css': 'b{}' })]);
    for (const path of ['_astro/a.111.css', 'pagefind/fragment/vi_a.pf_fragment', 'admin/cms/cms-a.js'])
      expect(existsSync(join(base, 'current', path)), path).toBe(true);
    // The first release stopped being live 15 days ago.
    writeFileSync(join(base, 'meta', first, 'retired'), String(Math.floor(Date.now() / 1000) - 15 * 86400));
    ok(['install', build('c', { '_astro/c.333.css': 'c{}' })], { ANTQ_KEEP_DAYS: '14' });
    expect(existsSync(join(base, 'current', '_astro/a.111.css'))).toBe(false);
    expect(existsSync(join(base, 'current', 'pagefind/fragment/vi_a.pf_fragment'))).toBe(false);
    // The second release's files, retired just now, stay.
    expect(served('_astro/b.222.css')).toBe('b{}');
  });

  it('installs from a .tar.gz and from a tarball on standard input (tar over ssh, no rsync)', async () => {
    const dir = build('a', { 'tin-tuc/index.html': 'từ tệp nén' });
    const tarball = join(work, 'dist.tar.gz');
    execFileSync('tar', ['-C', dir, '-czf', tarball, '.']);
    ok(['install', tarball]);
    expect(served('tin-tuc/index.html')).toBe('từ tệp nén');
    const stream = execFileSync('tar', ['-C', build('b', { 'tin-tuc/index.html': 'từ đầu vào' }), '-czf', '-', '.']);
    ok(['install', '-'], {}, stream);
    expect(served('tin-tuc/index.html')).toBe('từ đầu vào');
  });

  it('refuses a folder that is not a build, leaving the live release and no half-copied folder', async () => {
    ok(['install', build('a', {})]);
    const current = live();
    const broken = join(work, 'not-a-build');
    mkdirSync(broken);
    writeFileSync(join(broken, 'index.html'), 'chỉ một trang');
    const result = run(['install', broken]);
    expect(result.status).not.toBe(0);
    expect(result.out).toContain('không phải một bản dựng của cổng');
    expect(live()).toBe(current);
    expect(releases().filter((r) => r.startsWith('.'))).toEqual([]);
    expect(run(['install', join(work, 'khong-co')]).out).toContain('không thấy bản dựng');
  });

  it('gives two deploys made one right after the other two releases in their order, and rolls back between them', () => {
    ok(['install', build('a', { 'tin-tuc/index.html': 'một' })]);
    ok(['install', build('b', { 'tin-tuc/index.html': 'hai' })]);
    expect(releases()).toHaveLength(2);
    expect(served('tin-tuc/index.html')).toBe('hai');
    ok(['rollback']);
    expect(served('tin-tuc/index.html')).toBe('một');
  });

  it('keeps ANTQ_KEEP_RELEASES releases, the live one among them', async () => {
    for (const name of ['a', 'b', 'c', 'd']) {
      ok(['install', build(name, { 'tin-tuc/index.html': name })], { ANTQ_KEEP_RELEASES: '2' });
    }
    expect(releases()).toHaveLength(2);
    expect(served('tin-tuc/index.html')).toBe('d');
    // The one kept beside the live release is the one deployed before it.
    ok(['rollback']);
    expect(served('tin-tuc/index.html')).toBe('c');
  });

  it('refuses a second deploy while one is running', async () => {
    ok(['install', build('a', {})]);
    const holder = spawn('flock', [join(base, '.lock'), 'sleep', '5']);
    try {
      await new Promise((r) => setTimeout(r, 300));
      const result = run(['install', build('b', {})]);
      expect(result.status).not.toBe(0);
      expect(result.out).toContain('một lần triển khai khác đang chạy');
    } finally {
      holder.kill();
    }
  });
});

describe('antq-release rollback', { timeout: 60_000 }, () => {
  it('goes back to the release before the live one in one command, and forward again by name', async () => {
    ok(['install', build('a', { '_astro/a.111.css': 'a{}', 'tin-tuc/index.html': 'tin A' })]);
    const first = live().replace('releases/', '');
    ok(['install', build('b', { '_astro/b.222.css': 'b{}', 'tin-tuc/index.html': 'tin B' })]);
    const second = live().replace('releases/', '');
    expect(ok(['rollback'])).toContain(`đã quay lại ${first}`);
    expect(served('tin-tuc/index.html')).toBe('tin A');
    // Pages of the release rolled back from still find their files.
    expect(served('_astro/b.222.css')).toBe('b{}');
    expect(ok(['list'])).toContain(`* ${first}`);
    ok(['rollback', second]);
    expect(served('tin-tuc/index.html')).toBe('tin B');
  });

  it('says so when there is nothing to go back to, and refuses names that are not releases', () => {
    expect(run(['rollback']).out).toContain('chưa có release nào');
    ok(['install', build('a', {})]);
    expect(run(['rollback']).out).toContain('không có release nào trước');
    for (const name of ['../../etc', '20261205T120000Z; rm -rf /', 'current']) {
      const result = run(['rollback', name]);
      expect(result.status, name).not.toBe(0);
    }
    expect(existsSync(join(base, 'current', 'index.html'))).toBe(true);
  });
});
