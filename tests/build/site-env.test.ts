/**
 * An environment variable SITE changes nothing: the site's address comes from SITE_URL through astro.config.mjs
 * (Astro.site, an endpoint's `site`), never from import.meta.env.SITE, which Astro fills from the environment. A copy
 * of the project is built as `npm run build` builds it, without SITE and with SITE=https://wrong.example, and the
 * two dist/ folders are compared byte for byte.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeScratchCopy, type Scratch } from '../helpers/scratch';

let scratch: Scratch;
beforeAll(() => {
  scratch = makeScratchCopy();
});
afterAll(() => scratch?.remove());

/** `npm run build`'s three steps, in the copy. */
async function build(env: Record<string, string>): Promise<void> {
  for (const step of [
    () => scratch.run(['build'], env),
    () => scratch.node(['scripts/build-cms.mjs'], env),
    () => scratch.node(['scripts/search-index.mjs'], env),
  ]) {
    const { code, output } = await step();
    expect(code, output).toBe(0);
  }
}

/** Every file of a folder, by path, with the digest of its bytes. */
function digests(dir: string): Map<string, string> {
  const entries = readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile());
  return new Map(
    entries
      .map((e) => join(e.parentPath, e.name))
      .map((file) => [relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

describe('the environment variable SITE', () => {
  it('changes nothing in dist/', async () => {
    await build({});
    renameSync(join(scratch.dir, 'dist'), join(scratch.dir, 'dist-without-site'));
    await build({ SITE: 'https://wrong.example' });
    const without = digests(join(scratch.dir, 'dist-without-site'));
    const withSite = digests(join(scratch.dir, 'dist'));
    expect([...withSite.keys()]).toEqual([...without.keys()]);
    const differing = [...without].filter(([file, digest]) => withSite.get(file) !== digest).map(([file]) => file);
    expect(differing).toEqual([]);
    // Pages and leaflets print the configured address, not the variable's.
    const leaflet = readFileSync(join(scratch.dir, 'dist/to-roi/mo-hinh/to-hoa-giai/index.html'), 'utf8');
    expect(leaflet).not.toContain('wrong.example');
    expect(without.size).toBeGreaterThan(100);
  });
});
