/**
 * The local CMS server as an attacker on the same machine meets it: `npm run cms` itself, in a scratch repository,
 * sent real attack payloads on both ports it opens (the content server and the dev server). Every one is refused,
 * in Vietnamese, and nothing in the repository changes. Then saves and publications, each in a copy of its own:
 * a save commits only its entry and media, whatever else is modified in the editor's folder.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REFUSED_PREFIX } from '../../src/lib/security/cms-request';
import { REFUSED_DEV_PREFIX } from '../../src/lib/security/dev-requests';
import { REFUSED_HOST_MESSAGE } from '../../src/lib/security/loopback';
import { silentMp3 } from '../helpers/audio-fixture';
import { startLocalCms, type LocalCms } from '../helpers/local-cms';

const BRANCH = 'cms-main';
const base64 = (data: string | Buffer) => Buffer.from(data).toString('base64');

/** A raw HTTP request: fetch() does not let a test choose the Host header. */
function send(
  port: number,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string | undefined },
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path ?? '/', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('the local CMS server refuses attacks on every port, and nothing changes', () => {
  let cms: LocalCms;
  let pwned: string;
  beforeAll(async () => {
    cms = await startLocalCms();
    pwned = join(mkdtempSync(join(tmpdir(), 'antq-pwned-')), 'ran');
  });
  afterAll(async () => {
    await cms?.stop();
    if (pwned) rmSync(join(pwned, '..'), { recursive: true, force: true });
  });

  /** Every branch, every file state and the repository's config: a refused request leaves all of them as they were. */
  const state = () => {
    const dir = cms.scratch.dir;
    return {
      refs: cms.git('for-each-ref', '--format=%(refname) %(objectname)'),
      folder: cms.git('status', '--porcelain', '--untracked-files=all'),
      config: createHash('sha256')
        .update(readFileSync(join(dir, '.git', 'config')))
        .digest('hex'),
      hooks: readdirSync(join(dir, '.git', 'hooks')).sort(),
    };
  };
  let before: ReturnType<typeof state>;
  beforeEach(() => {
    before = state();
  });

  const hook = () => `[core]\n\tfsmonitor = "touch ${pwned}"\n`;
  const attacks: { name: string; body: () => unknown }[] = [
    {
      name: 'reading .git/config',
      body: () => ({ action: 'getEntry', params: { branch: BRANCH, path: '.git/config' } }),
    },
    {
      name: 'writing .git/config (a core.fsmonitor command)',
      body: () => ({
        action: 'persistMedia',
        params: {
          branch: BRANCH,
          asset: { path: '.git/config', content: base64(hook()), encoding: 'base64' },
          options: { commitMessage: 'x' },
        },
      }),
    },
    {
      name: 'writing a git hook through a media folder and ..',
      body: () => ({
        action: 'persistMedia',
        params: {
          branch: BRANCH,
          asset: {
            path: 'src/assets/images/articles/../../../../.git/hooks/pre-commit',
            content: base64(`#!/bin/sh\ntouch ${pwned}\n`),
            encoding: 'base64',
          },
          options: { commitMessage: 'x' },
        },
      }),
    },
    {
      name: 'writing package.json',
      body: () => ({
        action: 'persistMedia',
        params: {
          branch: BRANCH,
          asset: { path: 'package.json', content: base64('{"scripts":{"cms":"touch x"}}'), encoding: 'base64' },
          options: { commitMessage: 'x' },
        },
      }),
    },
    {
      name: 'saving a code file as an entry (scripts/)',
      body: () => persistEntry('articles', 'scripts/cms.mjs', 'console.log(1)'),
    },
    {
      name: 'saving a page component as an entry (src/pages/)',
      body: () => persistEntry('articles', 'src/pages/admin/index.astro', '<script>alert(1)</script>'),
    },
    {
      name: 'saving a TypeScript file into a content folder',
      body: () => persistEntry('articles', 'src/content/articles/x.ts', 'export {}'),
    },
    {
      name: 'saving an entry into another collection’s folder',
      body: () => persistEntry('laws', 'src/content/articles/tin-gia.mdx', '---\ntitle: x\n---\n'),
    },
    {
      name: 'reading through .. (traversal)',
      body: () => ({
        action: 'getEntry',
        params: { branch: BRANCH, path: 'src/content/articles/../../../package.json' },
      }),
    },
    {
      name: 'reading an absolute path',
      body: () => ({ action: 'getEntry', params: { branch: BRANCH, path: '/etc/passwd' } }),
    },
    {
      name: 'uploading to an absolute path',
      body: () => ({
        action: 'persistMedia',
        params: {
          branch: BRANCH,
          asset: { path: '/tmp/anh.jpg', content: base64('x'), encoding: 'base64' },
          options: { commitMessage: 'x' },
        },
      }),
    },
    {
      name: 'listing the root as a media folder',
      body: () => ({ action: 'getMedia', params: { branch: BRANCH, mediaFolder: '/' } }),
    },
    {
      name: 'listing .git as a collection',
      body: () => ({
        action: 'entriesByFolder',
        params: { branch: BRANCH, folder: '.git', extension: 'mdx', depth: 1 },
      }),
    },
    {
      name: 'listing src/ for code',
      body: () => ({ action: 'entriesByFolder', params: { branch: BRANCH, folder: 'src', extension: 'ts', depth: 9 } }),
    },
    {
      name: 'deleting astro.config.mjs',
      body: () => ({
        action: 'deleteFile',
        params: { branch: BRANCH, path: 'astro.config.mjs', options: { commitMessage: 'x' } },
      }),
    },
    {
      name: 'deleting package.json among content',
      body: () => ({
        action: 'deleteFiles',
        params: {
          branch: BRANCH,
          paths: ['src/content/laws/35-2013-qh13.json', 'package.json'],
          options: { commitMessage: 'x' },
        },
      }),
    },
    {
      name: 'working on another branch (main)',
      body: () => ({ action: 'getEntry', params: { branch: 'main', path: 'src/content/laws/35-2013-qh13.json' } }),
    },
    {
      name: 'a draft branch outside the collections',
      body: () => ({ action: 'deleteUnpublishedEntry', params: { branch: BRANCH, collection: '..', slug: 'x' } }),
    },
    {
      name: 'an action the CMS never sends',
      body: () => ({ action: 'exec', params: { branch: BRANCH, command: 'id' } }),
    },
    {
      name: 'renaming an entry (others may cite it)',
      body: () => {
        const body = persistEntry('laws', 'src/content/laws/35-2013-qh13.json', '{}') as {
          params: { dataFiles: { newPath?: string }[] };
        };
        body.params.dataFiles[0]!.newPath = 'src/content/laws/luat-khac.json';
        return body;
      },
    },
    {
      name: 'saving straight onto the branch, without the editorial workflow',
      body: () => {
        const body = persistEntry('laws', 'src/content/laws/moi.json', '{}') as {
          params: { options: { useWorkflow: boolean } };
        };
        body.params.options.useWorkflow = false;
        return body;
      },
    },
    {
      name: 'a page disguised as an MP3',
      body: () =>
        persistEntry('bulletins', 'src/content/bulletins/ban-tin.mdx', '---\ntitle: x\n---\n', [
          { path: 'public/audio/phat-thanh/ban-tin.mp3', content: base64('<html><script>alert(1)</script>') },
        ]),
    },
    {
      name: 'a WAV recording',
      body: () =>
        persistEntry('bulletins', 'src/content/bulletins/ban-tin.mdx', '---\ntitle: x\n---\n', [
          { path: 'public/audio/phat-thanh/ban-tin.wav', content: base64('RIFF\0\0\0\0WAVEfmt ') },
        ]),
    },
  ];

  it.each(attacks)('content server: refuses $name with 403, in Vietnamese', async ({ body }) => {
    const { status, json } = await cms.call(body());
    expect(status).toBe(403);
    expect(String(json.error).startsWith(`${REFUSED_PREFIX}: `), String(json.error)).toBe(true);
    expect(state()).toEqual(before);
    expect(existsSync(pwned)).toBe(false);
  });

  it('content server: refuses a photo over 4,000 px, naming the limit', async () => {
    const photo = await sharp({ create: { width: 4500, height: 300, channels: 3, background: '#246' } })
      .jpeg()
      .toBuffer();
    const { status, json } = await cms.call(
      persistEntry('articles', 'src/content/articles/anh-lon.mdx', '---\ntitle: x\n---\n', [
        { path: 'src/assets/images/articles/anh-lon.jpg', content: photo.toString('base64') },
      ]),
    );
    expect(status).toBe(403);
    expect(String(json.error)).toContain('4.500 điểm ảnh, quá giới hạn 4.000 điểm ảnh');
    expect(state()).toEqual(before);
  });

  it.each(['sitePort', 'serverPort'] as const)(
    '%s: refuses a foreign Host (DNS rebinding), in Vietnamese',
    async (which) => {
      const port = cms[which];
      for (const host of [`attacker.example:${port}`, `127.0.0.1.attacker.example:${port}`]) {
        const answer = await send(port, {
          method: which === 'serverPort' ? 'POST' : 'GET',
          path: which === 'serverPort' ? '/api/v1' : '/admin/',
          headers: { host, origin: cms.origin, 'content-type': 'application/json' },
          body: which === 'serverPort' ? '{"action":"info"}' : undefined,
        });
        expect(answer.status, host).toBe(403);
        expect(answer.body).toContain(REFUSED_HOST_MESSAGE);
      }
      expect(state()).toEqual(before);
    },
  );

  it('content server: answers only the admin page’s origin, and says so to no other', async () => {
    const info = JSON.stringify({ action: 'info' });
    const headers = (origin?: string) => ({
      'content-type': 'application/json',
      ...(origin ? { origin } : {}),
    });
    const own = await send(cms.serverPort, {
      method: 'POST',
      path: '/api/v1',
      headers: headers(cms.origin),
      body: info,
    });
    expect(own.status).toBe(200);
    expect(own.headers['access-control-allow-origin']).toBe(cms.origin);
    for (const origin of [
      `http://127.0.0.1:${cms.serverPort}`,
      'http://localhost:1',
      'http://attacker.example',
      'null',
      undefined,
    ]) {
      const answer = await send(cms.serverPort, {
        method: 'POST',
        path: '/api/v1',
        headers: headers(origin),
        body: info,
      });
      expect(answer.status, String(origin)).toBe(403);
      expect(answer.body).toContain(REFUSED_PREFIX);
      expect(answer.headers['access-control-allow-origin']).toBeUndefined();
      const preflight = await send(cms.serverPort, {
        method: 'OPTIONS',
        path: '/api/v1',
        headers: { ...(origin ? { origin } : {}), 'access-control-request-method': 'POST' },
      });
      expect(preflight.status).toBe(403);
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    }
    const preflight = await send(cms.serverPort, {
      method: 'OPTIONS',
      path: '/api/v1',
      headers: { origin: cms.origin, 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(cms.origin);
  });

  it.each([
    '/.git/config',
    '/.git/antq-cms/worktree/package.json',
    '/package.json',
    '/package.json?raw',
    '/astro.config.mjs',
    '/scripts/cms.mjs',
    '/scripts/cms/server.ts?import',
    '/src/../package.json',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/@fs/etc/passwd',
  ])('dev server: refuses GET %s with 403, in Vietnamese', async (path) => {
    const answer = await send(cms.sitePort, { path, headers: { host: `127.0.0.1:${cms.sitePort}` } });
    expect(answer.status).toBe(403);
    expect(answer.body.startsWith(`${REFUSED_DEV_PREFIX}: `), answer.body).toBe(true);
  });

  it('dev server: refuses the project’s own files by absolute path too', async () => {
    for (const file of ['.git/config', 'package.json']) {
      const answer = await send(cms.sitePort, { path: `/@fs${cms.scratch.dir}/${file}` });
      expect(answer.status, file).toBe(403);
    }
    // While the admin page and the site are served.
    expect((await send(cms.sitePort, { path: '/admin/' })).status).toBe(200);
  });
});

/** A save as Decap sends it with the editorial workflow. */
function persistEntry(
  collection: string,
  path: string,
  raw: string,
  assets: { path: string; content: string }[] = [],
): unknown {
  const slug = path
    .split('/')
    .pop()!
    .replace(/\.\w+$/, '');
  return {
    action: 'persistEntry',
    params: {
      branch: BRANCH,
      dataFiles: [{ slug, path, raw }],
      assets: assets.map((a) => ({ ...a, encoding: 'base64' })),
      options: {
        collectionName: collection,
        commitMessage: `Tạo ${collection} “${slug}”`,
        useWorkflow: true,
        status: 'draft',
      },
    },
  };
}

describe('saving and publishing through the local CMS server', () => {
  const ARTICLE = 'src/content/articles/tin-moi.mdx';
  const PHOTO = 'src/assets/images/articles/tin-moi.jpg';
  let cms: LocalCms | undefined;
  afterAll(async () => cms?.stop());
  beforeEach(async () => {
    await cms?.stop();
    cms = await startLocalCms({ serverOnly: true });
  });

  /** Another file edited by hand and one added, neither committed: the editor's own work in progress. */
  function editByHand(c: LocalCms): string {
    const guide = join(c.scratch.dir, 'src/content/guides/to-hoa-giai.mdx');
    writeFileSync(guide, `${readFileSync(guide, 'utf8')}\nĐoạn đang viết dở.\n`);
    writeFileSync(join(c.scratch.dir, 'src/content/articles/nhap-tay.mdx'), '---\ntitle: Nháp tay\n---\n');
    return c.git('status', '--porcelain', '--untracked-files=all');
  }

  async function saveArticle(c: LocalCms) {
    const photo = await sharp({ create: { width: 640, height: 400, channels: 3, background: '#363' } })
      .jpeg()
      .toBuffer();
    const raw = readFileSync(join(c.scratch.dir, 'src/content/articles/nguoi-dan-tu-giac-giao-nop-vu-khi.mdx'), 'utf8');
    return c.call(persistEntry('articles', ARTICLE, raw, [{ path: PHOTO, content: photo.toString('base64') }]));
  }

  it('a save commits only its entry and its photo, while other files in the editor’s folder are modified', async () => {
    const c = cms!;
    const folder = editByHand(c);
    const saved = await saveArticle(c);
    expect(saved.status, JSON.stringify(saved.json)).toBe(200);
    const draft = 'cms/articles/tin-moi';
    expect(c.git('rev-list', '--count', `${BRANCH}..${draft}`)).toBe('1');
    expect(c.git('diff', '--name-only', BRANCH, draft).split('\n').sort()).toEqual([PHOTO, ARTICLE]);
    // The editor's folder is as it was: same branch, same uncommitted work, no draft files in it.
    expect(c.git('symbolic-ref', '--short', 'HEAD')).toBe('main');
    expect(c.git('status', '--porcelain', '--untracked-files=all')).toBe(folder);
    expect(existsSync(join(c.scratch.dir, ARTICLE))).toBe(false);
  });

  it('publishing merges the entry into the editor’s branch and folder, says so, and leaves the editor’s work alone', async () => {
    const c = cms!;
    const folder = editByHand(c);
    expect((await saveArticle(c)).status).toBe(200);
    const published = await c.call({
      action: 'publishUnpublishedEntry',
      params: { branch: BRANCH, collection: 'articles', slug: 'tin-moi' },
    });
    expect(published.status, JSON.stringify(published.json)).toBe(200);
    expect(c.git('log', '-1', '--format=%s', 'main', '--', ARTICLE)).toBe('Tạo articles “tin-moi”');
    expect(existsSync(join(c.scratch.dir, ARTICLE))).toBe(true);
    expect(existsSync(join(c.scratch.dir, PHOTO))).toBe(true);
    expect(c.git('status', '--porcelain', '--untracked-files=all')).toBe(folder);
    await expect.poll(c.output).toMatch(/Đã công bố articles\/tin-moi: đã gộp nhánh cms-main vào main/);
  });

  it('publishing is refused, with the reason, when the editor has uncommitted changes to the same file', async () => {
    const c = cms!;
    expect((await saveArticle(c)).status).toBe(200);
    writeFileSync(join(c.scratch.dir, ARTICLE), '---\ntitle: Viết tay cùng tên\n---\n');
    const mainBefore = c.git('rev-parse', 'main');
    const published = await c.call({
      action: 'publishUnpublishedEntry',
      params: { branch: BRANCH, collection: 'articles', slug: 'tin-moi' },
    });
    expect(published.status).toBe(409);
    expect(String(published.json.error)).toContain(`${ARTICLE} đang có thay đổi chưa commit`);
    expect(c.git('rev-parse', 'main')).toBe(mainBefore);
    expect(c.git('branch', '--list', 'cms/articles/tin-moi')).toContain('tin-moi');
    expect(readFileSync(join(c.scratch.dir, ARTICLE), 'utf8')).toContain('Viết tay cùng tên');
  });

  it('the editor’s own commits reach the CMS before its next request', async () => {
    const c = cms!;
    const law = 'src/content/laws/35-2013-qh13.json';
    const text = readFileSync(join(c.scratch.dir, law), 'utf8').replace(
      'Luật Hòa giải ở cơ sở',
      'Luật Hòa giải ở cơ sở (sửa tay)',
    );
    writeFileSync(join(c.scratch.dir, law), text);
    c.git('commit', '-qam', 'Sửa tay');
    const read = await c.call({ action: 'getEntry', params: { branch: BRANCH, path: law } });
    expect(read.status).toBe(200);
    expect(String((read.json as { data: string }).data)).toContain('(sửa tay)');
  });

  it('an MP3 is saved with its bulletin', async () => {
    const c = cms!;
    const raw = readFileSync(join(c.scratch.dir, 'src/content/bulletins/tu-giac-giao-nop-vu-khi.mdx'), 'utf8');
    const audio = 'public/audio/phat-thanh/ban-tin-thu.mp3';
    const saved = await c.call(
      persistEntry('bulletins', 'src/content/bulletins/ban-tin-thu.mdx', raw, [
        { path: audio, content: silentMp3(2).toString('base64') },
      ]),
    );
    expect(saved.status, JSON.stringify(saved.json)).toBe(200);
    expect(c.git('diff', '--name-only', BRANCH, 'cms/bulletins/ban-tin-thu').split('\n').sort()).toEqual([
      audio,
      'src/content/bulletins/ban-tin-thu.mdx',
    ]);
  });
});
