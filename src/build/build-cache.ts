/**
 * Build outputs kept between builds under a digest of everything they were made from, so unchanged work is read
 * back instead of done again: a whole step's files (scripts/build-cms.mjs: Decap's bundle changes only with the
 * code, never with the content), or one drawn file (share cards, leaflet PDFs: cachedBytes).
 *
 * Each digest gets its own folder, written under a temporary name and renamed when complete, so two builds at
 * once (the tests build scratch copies side by side) never read a half-written output.
 *
 * Only Node built-ins here: the build script imports this file directly, with Node's own TypeScript support.
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';

/** Files and folders (relative to `root`) whose content the output depends on; `skip` are folders left out. */
export interface CacheInputs {
  root: string;
  paths: string[];
  skip?: string[];
}

const posix = (path: string) => path.split(sep).join('/');

async function walk(root: string, path: string, skip: Set<string>, out: string[]): Promise<void> {
  const full = join(root, path);
  const info = await stat(full).catch(() => undefined);
  if (!info) return;
  if (info.isFile()) {
    out.push(posix(path));
    return;
  }
  if (!info.isDirectory() || skip.has(posix(path))) return;
  for (const name of (await readdir(full)).sort()) await walk(root, join(path, name), skip, out);
}

/** Every file the inputs name, relative to their root, sorted. */
export async function inputFiles(inputs: CacheInputs): Promise<string[]> {
  const out: string[] = [];
  const skip = new Set((inputs.skip ?? []).map(posix));
  for (const path of inputs.paths) await walk(inputs.root, path, skip, out);
  return [...new Set(out)].sort();
}

/**
 * Digest of the inputs: each file's path and content, plus `extra` (settings that shape the output).
 * A file added, removed, renamed or changed gives another digest.
 */
export async function inputDigest(inputs: CacheInputs, extra = ''): Promise<string> {
  const hash = createHash('sha256').update(extra).update('\0');
  for (const file of await inputFiles(inputs)) {
    hash.update(file).update('\0');
    hash
      .update(
        createHash('sha256')
          .update(await readFile(join(inputs.root, file)))
          .digest('hex'),
      )
      .update('\0');
  }
  return hash.digest('hex').slice(0, 24);
}

/** True when `file` (absolute) is one of the inputs: under a named path and not in a skipped folder. */
export function coversFile(inputs: CacheInputs, file: string): boolean {
  const path = posix(relative(inputs.root, file));
  const under = (base: string) => path === posix(base) || path.startsWith(`${posix(base)}/`);
  return inputs.paths.some(under) && !(inputs.skip ?? []).some(under);
}

export interface CachedOutput<T> {
  /** Folder holding the kept files, by their paths relative to the output folder. */
  dir: string;
  files: string[];
  data: T;
}

const MANIFEST = 'manifest.json';

/** The output kept for `digest`, or undefined when there is none (or it is incomplete). */
export async function readCached<T>(cacheDir: string, digest: string): Promise<CachedOutput<T> | undefined> {
  const dir = join(cacheDir, digest);
  try {
    const { files, data } = JSON.parse(await readFile(join(dir, MANIFEST), 'utf8')) as { files: string[]; data: T };
    for (const file of files) await stat(join(dir, 'files', file));
    return { dir, files, data };
  } catch {
    return undefined;
  }
}

/** Copies the kept files into `outDir`. */
export async function restoreCached(cached: CachedOutput<unknown>, outDir: string): Promise<void> {
  for (const file of cached.files) {
    await mkdir(dirname(join(outDir, file)), { recursive: true });
    await cp(join(cached.dir, 'files', file), join(outDir, file));
  }
}

/**
 * Keeps `files` (relative to `outDir`) and `data` under `digest`, and removes older outputs beyond `keep`,
 * oldest first, so the cache does not grow with every change of the code.
 */
export async function writeCached<T>(
  cacheDir: string,
  digest: string,
  outDir: string,
  files: string[],
  data: T,
  keep = 2,
): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  // mkdtemp picks a name nobody else has, be it another build or another call in this one.
  const temp = await mkdtemp(join(cacheDir, `${digest}.tmp-`));
  try {
    for (const file of files) {
      await mkdir(dirname(join(temp, 'files', file)), { recursive: true });
      await cp(join(outDir, file), join(temp, 'files', file));
    }
    await writeFile(join(temp, MANIFEST), JSON.stringify({ files, data }));
    await rename(temp, join(cacheDir, digest)).catch(async (error: NodeJS.ErrnoException) => {
      // Another build kept the same output first: theirs is as good as this one.
      if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
    });
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
  const kept = [];
  for (const name of await readdir(cacheDir)) {
    if (name.includes('.tmp-') || name === digest) continue;
    const info = await stat(join(cacheDir, name, MANIFEST)).catch(() => undefined);
    kept.push({ name, time: info?.mtimeMs ?? 0 });
  }
  kept.sort((a, b) => b.time - a.time);
  for (const { name } of kept.slice(Math.max(0, keep - 1)))
    await rm(join(cacheDir, name), { recursive: true, force: true });
}

/**
 * Bytes made from `key` (anything JSON can hold), kept in `dir` between builds and read back when a build asks for
 * the same key again; without `dir`, just made. Renamed into place, so a stopped build never leaves half a file.
 */
export async function cachedBytes(
  dir: string | undefined,
  key: unknown,
  extension: string,
  make: () => Promise<Uint8Array>,
): Promise<Uint8Array> {
  if (!dir) return make();
  const file = join(dir, `${createHash('sha256').update(JSON.stringify(key)).digest('hex')}.${extension}`);
  const cached = await readFile(file).catch(() => undefined);
  if (cached) return cached;
  const bytes = await make();
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await mkdir(dir, { recursive: true });
  await writeFile(partial, bytes);
  await rename(partial, file);
  return bytes;
}
