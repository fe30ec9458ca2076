/**
 * The content files of every collection, found exactly as Astro's glob loader finds them: the same library
 * (tinyglobby, Astro's own dependency), the same options and the registry's patterns (src/schemas/registry.ts).
 * The content check and the sitemap's dates read these, so neither can see a file Astro does not load, or miss
 * one it does (`_drafts/`, sub-folders).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import type { ContentFile } from '../lib/content/content-check';
import { REGISTRY, registryEntries, type CollectionSpec } from '../schemas/registry';

export interface ContentPath {
  collection: string;
  /** Path inside the collection's folder, which gives the entry's id. */
  name: string;
  /** Path from the project root, "/" separated. */
  file: string;
}

/** Every content file's path, collection by collection in the registry's order, sorted by name within one. */
export function contentPaths(
  root: string,
  registry: Readonly<Record<string, CollectionSpec>> = REGISTRY,
): ContentPath[] {
  return registryEntries(registry).flatMap(([collection, spec]) =>
    // As Astro's glob loader calls it (node_modules/astro/dist/content/loaders/glob.js).
    globSync([...spec.pattern], { cwd: join(root, spec.folder), expandDirectories: false })
      .map((name) => name.replace(/\\/g, '/'))
      .sort()
      .map((name) => ({ collection, name, file: `${spec.folder}/${name}` })),
  );
}

/** The same files with their text. */
export function readContentFiles(
  root: string,
  registry: Readonly<Record<string, CollectionSpec>> = REGISTRY,
): ContentFile[] {
  return contentPaths(root, registry).map((p) => ({ ...p, text: readFileSync(join(root, p.file), 'utf8') }));
}
