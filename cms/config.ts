/**
 * The Decap CMS configuration, derived from the same field definitions as the content schemas
 * (src/schemas/*.ts), so the editor and the build can never disagree about a field.
 *
 * Pure data: no Decap import, so Vitest checks it against the Zod schemas (tests/cms-config.test.ts)
 * and the admin page builds it with the backend chosen at build time (backendFromEnv, cms/backend.ts).
 */
import type { CmsField } from '../src/schemas/fields';
import { cmsFields } from '../src/schemas/field-groups';
import {
  bodyCollections,
  CMS_UPLOADS,
  REGISTRY,
  registryEntries,
  type CollectionSpec,
  type MediaFolder,
} from '../src/schemas/registry';
import { EDITOR_COMPONENT_IDS } from './editor-components';
import { backendFromEnv, type CmsBackend, type CmsEnv } from './backend';

export interface CmsCollection {
  name: string;
  label: string;
  label_singular?: string;
  description?: string;
  folder?: string;
  files?: { name: string; label: string; file: string; fields: CmsField[] }[];
  create?: boolean;
  delete?: boolean;
  extension?: string;
  format?: string;
  slug?: string;
  identifier_field?: string;
  summary?: string;
  sortable_fields?: string[];
  media_folder?: string;
  public_folder?: string;
  fields?: CmsField[];
  editor?: { preview: boolean };
}

export interface CmsConfig {
  backend: CmsBackend;
  local_backend?: boolean | { url: string; allowed_hosts?: string[] };
  publish_mode: 'editorial_workflow' | 'simple';
  locale: string;
  load_config_file: false;
  site_url?: string;
  display_url?: string;
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii' | 'unicode'; clean_accents: boolean; sanitize_replacement: string };
  collections: CmsCollection[];
}

/**
 * The MDX files' format: YAML frontmatter rewritten only where a field changed (src/lib/content/frontmatter-format.ts,
 * registered by cms/init.ts); Decap's own `frontmatter` rewrites the whole block on every save.
 */
export const FRONTMATTER_FORMAT = 'antq-frontmatter';

/**
 * The JSON files' format: only changed values replaced in the original text (src/lib/content/json-format.ts);
 * Decap's own `json` rewrites the file and drops its final newline.
 */
export const JSON_FORMAT = 'antq-json';

/** Collections whose entries are MDX documents with a body; the others are JSON data (from the registry). */
export const MDX_COLLECTIONS: readonly string[] = bodyCollections();

/** The body of MDX entries: not part of the frontmatter schema (Astro keeps it as entry.body). */
export function bodyField(): CmsField {
  return {
    name: 'body',
    label: 'Nội dung',
    widget: 'markdown',
    required: true,
    hint: 'Chỉ dùng định dạng có sẵn và các khối "Hộp lưu ý", "Các bước", "Ảnh có chú thích". Không dùng dấu ngoặc nhọn { }.',
    // Decap's preview pane had a stored XSS (CVE-2025-57520): render bodies through its sanitizer.
    sanitize_preview: true,
    // Only the site's own MDX components; the built-in image button would write a path Astro cannot optimise.
    editor_components: [...EDITOR_COMPONENT_IDS],
    modes: ['rich_text', 'raw'],
    buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
  };
}

/**
 * Decap's media folder of a collection: images go to src/assets/images/<collection>/ where astro:assets optimises
 * them, the path written into the entry relative to the entry file; audio to public/ (the registry says which).
 */
export function mediaFolders(media: MediaFolder): Pick<CmsCollection, 'media_folder' | 'public_folder'> {
  return { media_folder: `/${media.folder}`, public_folder: media.public };
}

/** One collection of the registry as Decap reads it. */
export function cmsCollection(name: string, spec: CollectionSpec): CmsCollection {
  const { cms } = spec;
  const fields = [...cmsFields(spec.fields), ...(spec.format === 'mdx' ? [bodyField()] : [])];
  const format = spec.format === 'mdx' ? FRONTMATTER_FORMAT : JSON_FORMAT;
  const extension = spec.format === 'mdx' ? 'mdx' : 'json';
  const media = spec.media?.[0] ? mediaFolders(spec.media[0]) : {};
  if (cms.file) {
    return {
      name,
      label: cms.label,
      description: cms.description,
      delete: false,
      format,
      extension,
      ...media,
      files: [{ name: cms.file.name, label: cms.file.label, file: `${spec.folder}/${cms.file.file}`, fields }],
    };
  }
  const create = cms.create ?? true;
  return {
    name,
    label: cms.label,
    label_singular: cms.labelSingular,
    description: cms.description,
    folder: spec.folder,
    create,
    ...(create ? {} : { delete: false }),
    extension,
    format,
    // The file name is the entry's id and URL: ASCII, đ→d (the preSave hook makes the text NFC first).
    slug: cms.slug ?? `{{${cms.identifier}}}`,
    identifier_field: cms.identifier,
    summary: `{{${cms.identifier}}}`,
    ...(spec.format === 'mdx' ? { sortable_fields: [...(cms.sortBy ?? [cms.identifier, 'publishedAt'])] } : {}),
    ...media,
    fields,
  };
}

/** Every collection of the registry, in its order. */
export function cmsCollections(registry: Readonly<Record<string, CollectionSpec>> = REGISTRY): CmsCollection[] {
  return registryEntries(registry).map(([name, spec]) => cmsCollection(name, spec));
}

export const collections: CmsCollection[] = cmsCollections();

export function buildCmsConfig(env: CmsEnv = {}): CmsConfig {
  const config: CmsConfig = {
    backend: backendFromEnv(env),
    // Draft → review → ready, on every backend (the local decap-server needs MODE=git for it).
    publish_mode: 'editorial_workflow',
    locale: 'vi',
    load_config_file: false,
    media_folder: CMS_UPLOADS.folder,
    public_folder: CMS_UPLOADS.public,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections,
  };
  if (env.SITE_URL) config.site_url = config.display_url = env.SITE_URL;
  if (env.CMS_LOCAL_BACKEND)
    config.local_backend = { url: env.CMS_LOCAL_BACKEND, allowed_hosts: ['127.0.0.1', 'localhost'] };
  return config;
}
