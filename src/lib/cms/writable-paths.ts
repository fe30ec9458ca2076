/**
 * The places the local CMS server may read and write: the collection registry's list (`cmsWritablePaths()` in
 * src/schemas/registry.ts: each collection's folder or file, its media folders, the CMS's upload folder), each with
 * the file extensions it holds, read from the same registry as the CMS sees it (cms/config.ts): a collection's
 * format for its entries, its image and file fields for its media folders. A place whose fields upload nothing
 * holds no extension, so nothing can be written there.
 */
import { cmsCollections } from '../../../cms/config';
import { CMS_UPLOADS, REGISTRY, cmsWritablePaths as registryPlaces, type CollectionSpec } from '../../schemas/registry';
import { writablePathsOf, type CmsWritablePath } from '../security/cms-paths';

export function cmsWritablePaths(registry: Readonly<Record<string, CollectionSpec>> = REGISTRY): CmsWritablePath[] {
  const described = writablePathsOf(cmsCollections(registry), CMS_UPLOADS.folder);
  return registryPlaces(registry).map(
    ({ path, kind }) =>
      described.find((place) => place.path === path) ?? {
        path,
        kind: kind === 'file' ? 'file' : 'media',
        extensions: [],
        collection: '',
      },
  );
}

/** The collections' names, for the editorial workflow's `cms/<collection>/<slug>` branches. */
export function cmsCollectionNames(registry: Readonly<Record<string, CollectionSpec>> = REGISTRY): string[] {
  return cmsCollections(registry).map((c) => c.name);
}
