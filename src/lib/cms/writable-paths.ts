/**
 * The places the local CMS server may read and write, from the CMS configuration the collections are derived
 * into (cms/config.ts): each collection's folder or files and its media folder, and the site-wide upload folder.
 */
import { buildCmsConfig } from '../../../cms/config';
import { writablePathsOf, type CmsWritablePath } from '../security/cms-paths';

export function cmsWritablePaths(): CmsWritablePath[] {
  const config = buildCmsConfig();
  return writablePathsOf(config.collections, config.media_folder);
}

/** The collections' names, for the editorial workflow's branches. */
export function cmsCollectionNames(): string[] {
  return buildCmsConfig().collections.map((c) => c.name);
}
