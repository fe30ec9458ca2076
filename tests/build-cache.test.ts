import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  coversFile,
  inputDigest,
  inputFiles,
  readCached,
  restoreCached,
  writeCached,
  type CacheInputs,
} from '../src/build/build-cache';

const temp = mkdtempSync(join(tmpdir(), 'antq-build-cache-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function project(name: string): CacheInputs {
  const root = join(temp, name);
  const put = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  put('cms/init.ts', 'import "./config";');
  put('cms/config.ts', 'export default {};');
  put('src/schemas/article.ts', 'export const a = 1;');
  put('src/content/articles/bai-1.mdx', '---\ntitle: Bài 1\n---');
  put('package-lock.json', '{"lockfileVersion":3}');
  return { root, paths: ['cms', 'src', 'package-lock.json'], skip: ['src/content'] };
}

describe('inputDigest', () => {
  it('lists the named files, sorted, without the skipped folders', async () => {
    expect(await inputFiles(project('list'))).toEqual([
      'cms/config.ts',
      'cms/init.ts',
      'package-lock.json',
      'src/schemas/article.ts',
    ]);
  });

  it('changes when code or packages change, or a file is added or renamed; not with content or extra unchanged', async () => {
    const inputs = project('digest');
    const first = await inputDigest(inputs, 'vite 8');
    expect(await inputDigest(inputs, 'vite 8')).toBe(first);
    writeFileSync(join(inputs.root, 'src/content/articles/bai-2.mdx'), '---\ntitle: Bài 2\n---');
    expect(await inputDigest(inputs, 'vite 8'), 'content is not an input').toBe(first);
    expect(await inputDigest(inputs, 'vite 9'), 'the extra settings count').not.toBe(first);

    const changes: [string, () => void][] = [
      ['code edited', () => writeFileSync(join(inputs.root, 'cms/config.ts'), 'export default { x: 1 };')],
      ['package updated', () => writeFileSync(join(inputs.root, 'package-lock.json'), '{"lockfileVersion":3,"x":1}')],
      ['file added', () => writeFileSync(join(inputs.root, 'src/schemas/guide.ts'), 'export const g = 1;')],
      [
        'file renamed',
        () =>
          writeFileSync(
            join(inputs.root, 'src/schemas/guide2.ts'),
            readFileSync(join(inputs.root, 'src/schemas/guide.ts')),
          ),
      ],
    ];
    const seen = new Set([first]);
    for (const [what, change] of changes) {
      change();
      if (what === 'file renamed') rmSync(join(inputs.root, 'src/schemas/guide.ts'));
      const digest = await inputDigest(inputs, 'vite 8');
      expect(seen.has(digest), what).toBe(false);
      seen.add(digest);
    }
  });

  it('tells which files the inputs cover', () => {
    const inputs = project('covers');
    expect(coversFile(inputs, join(inputs.root, 'src/schemas/article.ts'))).toBe(true);
    expect(coversFile(inputs, join(inputs.root, 'package-lock.json'))).toBe(true);
    expect(coversFile(inputs, join(inputs.root, 'src/content/articles/bai-1.mdx'))).toBe(false);
    expect(coversFile(inputs, join(inputs.root, 'srcx/a.ts'))).toBe(false);
    expect(coversFile(inputs, join(inputs.root, 'scripts/other.mjs'))).toBe(false);
  });
});

describe('kept outputs', () => {
  const out = join(temp, 'out');
  mkdirSync(join(out, 'cms'), { recursive: true });
  writeFileSync(join(out, 'cms', 'cms-abc.js'), 'console.log("cms")');
  writeFileSync(join(out, 'cms', 'mode-x.js'), 'export {}');
  const files = ['cms/cms-abc.js', 'cms/mode-x.js'];

  it('gives back exactly what was kept, for its digest only', async () => {
    const cache = join(temp, 'cache-1');
    expect(await readCached(cache, 'd1')).toBeUndefined();
    await writeCached(cache, 'd1', out, files, { entry: 'cms/cms-abc.js' });
    expect(await readCached(cache, 'd2')).toBeUndefined();
    const kept = await readCached<{ entry: string }>(cache, 'd1');
    expect(kept?.data).toEqual({ entry: 'cms/cms-abc.js' });
    const target = join(temp, 'restored');
    await restoreCached(kept!, target);
    for (const file of files)
      expect(readFileSync(join(target, file), 'utf8')).toBe(readFileSync(join(out, file), 'utf8'));
    expect(
      readdirSync(cache).filter((n) => n.includes('.tmp-')),
      'no temporary folder left',
    ).toEqual([]);
  });

  it('treats an incomplete output as missing', async () => {
    const cache = join(temp, 'cache-2');
    await writeCached(cache, 'd1', out, files, { entry: 'cms/cms-abc.js' });
    rmSync(join(cache, 'd1', 'files', 'cms', 'mode-x.js'));
    expect(await readCached(cache, 'd1')).toBeUndefined();
  });

  it('keeps the newest outputs only', async () => {
    const cache = join(temp, 'cache-3');
    for (const [i, digest] of ['d1', 'd2', 'd3'].entries()) {
      await writeCached(cache, digest, out, files, { entry: 'cms/cms-abc.js' });
      // Distinct times, oldest first, whatever the file system's clock resolution.
      const t = new Date(Date.UTC(2026, 0, 1 + i));
      utimesSync(join(cache, digest, 'manifest.json'), t, t);
    }
    expect(readdirSync(cache).sort()).toEqual(['d2', 'd3']);
    expect(existsSync(join(cache, 'd1'))).toBe(false);
  });

  it('two builds keeping the same output at once both succeed, and it stays whole', async () => {
    const cache = join(temp, 'cache-4');
    await Promise.all([
      writeCached(cache, 'd1', out, files, { entry: 'a' }),
      writeCached(cache, 'd1', out, files, { entry: 'a' }),
    ]);
    expect((await readCached(cache, 'd1'))?.files).toEqual(files);
    expect(readdirSync(cache)).toEqual(['d1']);
  });
});
