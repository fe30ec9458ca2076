import { describe, expect, it } from 'vitest';
import { buildCmsConfig } from '../cms/config';
import { cmsCollectionNames, cmsWritablePaths } from '../src/lib/cms/writable-paths';
import { isAllowedCmsPath, placeOfCmsPath, writablePathsOf, type CmsWritablePath } from '../src/lib/security/cms-paths';
import { checkCmsRequest, REFUSED_PREFIX } from '../src/lib/security/cms-request';
import { devRequestProblem } from '../src/lib/security/dev-requests';
import { REFUSED_HOST_MESSAGE } from '../src/lib/security/loopback';

const allow = cmsWritablePaths();

describe('the places the local CMS may touch', () => {
  it('are every collection’s folder or file and media folder, from the CMS configuration', () => {
    const config = buildCmsConfig();
    for (const c of config.collections) {
      if (c.folder)
        expect(allow).toContainEqual(expect.objectContaining({ path: c.folder, kind: 'entries', collection: c.name }));
      for (const f of c.files ?? [])
        expect(allow).toContainEqual(expect.objectContaining({ path: f.file, kind: 'file' }));
    }
    expect(allow.filter((p) => p.kind === 'media').map((p) => [p.path, [...p.extensions].sort().join(',')])).toEqual(
      expect.arrayContaining([
        ['src/assets/images/articles', 'jpeg,jpg,png,webp'],
        ['src/assets/images/guides', 'jpeg,jpg,png,webp'],
        ['public/audio/phat-thanh', 'm4a,mp3,ogg'],
        ['src/assets/images/uploads', 'jpeg,jpg,png,webp'],
      ]),
    );
    // Nothing outside content and media.
    for (const p of allow) expect(p.path).toMatch(/^(src\/content\/|src\/assets\/images\/|public\/audio\/)/);
    expect(cmsCollectionNames()).toEqual(config.collections.map((c) => c.name));
  });

  it('follow a collection added to the configuration, with no list to update by hand', () => {
    const extra = writablePathsOf(
      [
        {
          name: 'events',
          folder: 'src/content/events',
          extension: 'mdx',
          media_folder: '/src/assets/images/events',
          fields: [{ widget: 'list', field: { widget: 'image' } }],
        },
      ],
      undefined,
    );
    expect(isAllowedCmsPath('src/content/events/hoi-nghi.mdx', extra)).toBe(true);
    expect(isAllowedCmsPath('src/assets/images/events/anh.jpg', extra, 'media')).toBe(true);
    expect(isAllowedCmsPath('src/content/articles/tin.mdx', extra)).toBe(false);
  });

  it.each([
    'src/content/articles/tin-moi.mdx',
    'src/content/laws/35-2013-qh13.json',
    'src/content/settings/site.json',
    'src/assets/images/articles/anh-1.jpg',
    'public/audio/phat-thanh/ban-tin.mp3',
  ])('allows %s', (path) => expect(isAllowedCmsPath(path, allow)).toBe(true));

  it.each([
    ['.git/config', 'ẩn'],
    ['src/content/articles/.git/config', 'ẩn'],
    ['src/assets/images/articles/.htaccess', 'ẩn'],
    ['.env', 'ẩn'],
    ['package.json', 'không nằm trong'],
    ['scripts/cms.mjs', 'không nằm trong'],
    ['src/pages/index.astro', 'không nằm trong'],
    ['src/content/articles/x.ts', 'không nằm trong'],
    ['src/content/articles/sub/tin.mdx', 'không nằm trong'],
    ['src/content/articles/../../../package.json', '..'],
    ['src/content/articles/./tin.mdx', '..'],
    ['/etc/passwd', 'tuyệt đối'],
    ['/src/content/articles/tin.mdx', 'tuyệt đối'],
    ['C:/Windows/win.ini', 'tuyệt đối'],
    ['~/.ssh/id_rsa', 'tuyệt đối'],
    ['src\\content\\articles\\tin.mdx', 'ký tự'],
    ['src/content/articles/tin.mdx\u0000.jpg', 'ký tự'],
    ['src/content/articles//tin.mdx', 'không hợp lệ'],
    ['src/content/articles/-rf.mdx', 'không nằm trong'],
    ['src/assets/images/articles/anh.svg', 'không nằm trong'],
    ['public/audio/phat-thanh/ban-tin.wav', 'không nằm trong'],
    ['', 'thiếu'],
  ])('refuses %s', (path, why) => {
    const found = placeOfCmsPath(path, allow);
    expect('problem' in found && found.problem).toContain(why);
  });

  it('keeps entries and media apart', () => {
    expect(isAllowedCmsPath('src/content/articles/tin.mdx', allow, 'media')).toBe(false);
    expect(isAllowedCmsPath('src/assets/images/articles/anh.jpg', allow, 'entry')).toBe(false);
    expect(isAllowedCmsPath('public/audio/phat-thanh/a.mp3', allow, 'media')).toBe(true);
  });
});

describe('the requests the local CMS server lets through', () => {
  const ctx = { allow, branch: 'cms-main', collections: cmsCollectionNames() };
  const check = (action: string, params: Record<string, unknown> = {}) =>
    checkCmsRequest({ action, params: { branch: 'cms-main', ...params } }, ctx);
  const refused = (verdict: ReturnType<typeof check>) => (verdict.ok ? '' : verdict.message);

  it('lets the CMS’s own requests through', () => {
    expect(check('info').ok).toBe(true);
    expect(check('entriesByFolder', { folder: 'src/content/articles', extension: 'mdx', depth: 1 }).ok).toBe(true);
    expect(check('entriesByFiles', { files: [{ path: 'src/content/settings/site.json' }] }).ok).toBe(true);
    expect(check('getMedia', { mediaFolder: 'public/audio/phat-thanh' }).ok).toBe(true);
    expect(check('unpublishedEntry', { id: 'articles/tin-moi' }).ok).toBe(true);
    expect(
      check('updateUnpublishedEntryStatus', { collection: 'laws', slug: 'x', newStatus: 'pending_publish' }).ok,
    ).toBe(true);
    const save = check('persistEntry', {
      dataFiles: [{ slug: 'tin', path: 'src/content/articles/tin.mdx', raw: '---\n---\n' }],
      assets: [{ path: 'src/assets/images/articles/anh.jpg', content: '', encoding: 'base64' }],
      options: { collectionName: 'articles', useWorkflow: true, commitMessage: 'x', status: 'draft' },
    });
    expect(save).toEqual({
      ok: true,
      action: 'persistEntry',
      paths: ['src/content/articles/tin.mdx', 'src/assets/images/articles/anh.jpg'],
    });
  });

  it.each([
    ['an unknown action', () => check('exec', { command: 'id' }), 'thao tác "exec"'],
    [
      'another branch',
      () => checkCmsRequest({ action: 'getEntry', params: { branch: 'main', path: 'src/content/laws/a.json' } }, ctx),
      'nhánh cms-main',
    ],
    ['no branch', () => checkCmsRequest({ action: 'unpublishedEntries', params: {} }, ctx), 'nhánh'],
    ['a body that is not an action', () => checkCmsRequest([1, 2], ctx), 'không đúng dạng'],
    [
      'a media path for an entry',
      () => check('getEntry', { path: 'src/assets/images/articles/a.jpg' }),
      'không nằm trong',
    ],
    [
      'a folder that is not a collection’s',
      () => check('entriesByFolder', { folder: 'src', extension: 'ts', depth: 1 }),
      'không phải thư mục nội dung',
    ],
    [
      'a deeper listing',
      () => check('entriesByFolder', { folder: 'src/content/articles', extension: 'mdx', depth: 5 }),
      'ngay trong',
    ],
    [
      'a wrong extension for the folder',
      () => check('entriesByFolder', { folder: 'src/content/articles', extension: 'json', depth: 1 }),
      '.json',
    ],
    [
      'a draft of an unknown collection',
      () => check('publishUnpublishedEntry', { collection: 'scripts', slug: 'x' }),
      'không có mục nội dung',
    ],
    [
      'a slug with a slash',
      () => check('deleteUnpublishedEntry', { collection: 'articles', slug: '../x' }),
      'không hợp lệ',
    ],
    ['an id that climbs out', () => check('unpublishedEntry', { id: 'articles/../../x' }), 'không hợp lệ'],
    [
      'an unknown status',
      () => check('updateUnpublishedEntryStatus', { collection: 'laws', slug: 'x', newStatus: 'published' }),
      'trạng thái',
    ],
    [
      'a rename',
      () =>
        check('persistEntry', {
          dataFiles: [{ slug: 'a', path: 'src/content/laws/a.json', newPath: 'src/content/laws/b.json', raw: '{}' }],
          assets: [],
          options: { collectionName: 'laws', useWorkflow: true },
        }),
      'đổi được tên',
    ],
    [
      'a save without the workflow',
      () =>
        check('persistEntry', {
          dataFiles: [{ slug: 'a', path: 'src/content/laws/a.json', raw: '{}' }],
          assets: [],
          options: { collectionName: 'laws', useWorkflow: false },
        }),
      'quy trình duyệt',
    ],
    [
      'an entry in another collection’s folder',
      () =>
        check('persistEntry', {
          dataFiles: [{ slug: 'a', path: 'src/content/articles/a.mdx', raw: '' }],
          assets: [],
          options: { collectionName: 'laws', useWorkflow: true },
        }),
      'không thuộc mục “laws”',
    ],
    [
      'an asset outside the media folders',
      () =>
        check('persistEntry', {
          dataFiles: [{ slug: 'a', path: 'src/content/laws/a.json', raw: '{}' }],
          assets: [{ path: 'public/sw-register.js' }],
          options: { collectionName: 'laws', useWorkflow: true },
        }),
      'không nằm trong',
    ],
    [
      'deleting a code file',
      () => check('deleteFiles', { paths: ['src/content/laws/a.json', 'src/middleware.ts'] }),
      'src/middleware.ts',
    ],
  ])('refuses %s, in Vietnamese', (_what, verdict, why) => {
    const message = refused(verdict());
    expect(message.startsWith(`${REFUSED_PREFIX}: `)).toBe(true);
    expect(message).toContain(why);
  });
});

describe('the dev server under npm run cms', () => {
  const root = '/home/bien-tap/antq';
  const host = '127.0.0.1:4321';
  it.each([
    '/',
    '/admin/',
    '/cms/init.ts',
    '/src/lib/text/vietnamese.ts',
    '/node_modules/.vite/deps/decap-cms-app.js?v=1',
    '/@vite/client',
    '/@fs/home/bien-tap/antq/src/styles/global.css',
    '/@fs/usr/lib/node_modules/x/index.js',
    '/tin-tuc/',
    '/.well-known/security.txt',
  ])('serves %s', (url) => expect(devRequestProblem(host, url, root)).toBeUndefined());
  it.each([
    ['/.git/config', 'ẩn'],
    ['/src/.env', 'ẩn'],
    ['/package.json', 'cấu hình'],
    ['/astro.config.mjs?import', 'cấu hình'],
    ['/scripts/cms.mjs', 'cấu hình'],
    ['/tests/helpers/scratch.ts', 'cấu hình'],
    ['/src/../package.json', '..'],
    ['/%2e%2e/%2e%2e/etc/passwd', '..'],
    ['/@fs/etc/passwd', 'tuyệt đối'],
    ['/@fs/home/bien-tap/antq/.git/config', 'ẩn'],
    ['/@fs/home/bien-tap/antq/package.json', 'cấu hình'],
  ])('refuses %s', (url, why) => expect(devRequestProblem(host, url, root)).toContain(why));
  it('refuses another Host', () =>
    expect(devRequestProblem('attacker.example:4321', '/admin/', root)).toBe(REFUSED_HOST_MESSAGE));
});

describe('an allowlist passed in', () => {
  it('is the only thing that decides', () => {
    const only: CmsWritablePath[] = [{ path: 'noi-dung', kind: 'entries', extensions: ['md'], collection: 'x' }];
    expect(isAllowedCmsPath('noi-dung/a.md', only)).toBe(true);
    expect(isAllowedCmsPath('src/content/articles/a.mdx', only)).toBe(false);
    expect(isAllowedCmsPath('noi-dung/a.md', [])).toBe(false);
  });
});

describe('the dev server’s own cache', () => {
  it('is served from the folder Vite uses, and only that hidden folder', () => {
    const root = '/tmp/ban-sao';
    expect(
      devRequestProblem('127.0.0.1', '/.cache/vite/deps/decap-cms-app.js?v=1', root, ['.cache/vite']),
    ).toBeUndefined();
    expect(devRequestProblem('127.0.0.1', '/.cache/other.json', root, ['.cache/vite'])).toContain('ẩn');
    expect(devRequestProblem('127.0.0.1', '/.cache/vite/deps/x.js', root)).toContain('ẩn');
  });
});
