/**
 * The collection registry: every content collection, listed once, with everything the rest of the project needs to
 * know about it. Nothing else lists collections; each consumer derives its list from here:
 *
 * - src/content.config.ts: Astro's collections (loader folder and pattern, id, schema);
 * - src/schemas/index.ts: SCHEMA_FACTORIES, the schemas the CMS and the content check build;
 * - the content check (src/integrations/content-check.ts, src/build/content-files.ts): the files it reads, with
 *   Astro's own glob library and these patterns, so it reads exactly what Astro loads;
 * - cms/config.ts: the CMS collections, labels, media folders; cms/checks.ts: which collections have a body;
 * - src/build/lastmod.ts: the sitemap's dates, for every collection with pages;
 * - src/lib/search/page-index.ts: the search page's kinds of pages;
 * - the MDX rules (mdxRulesApply): every .md/.mdx file under src/content, unless its collection is exempted here,
 *   with the reason written next to the exemption;
 * - the privacy rules (src/lib/content/privacy.ts): every text field of every collection, except the public
 *   contacts named here, each with the field that holds its source;
 * - the URL rule: every field of kind `url` in the field definitions (fields.ts), found by walking them;
 * - cmsWritablePaths(): the only folders and files the local CMS server may write.
 *
 * Pure: no astro:* import, no file system, so the CMS bundle, Vitest and Node all import it.
 */
import type { z } from 'astro/zod';
import { paths } from '../lib/site/urls';
import { slugify } from '../lib/text/vietnamese';
import { articleFields, articleSchema } from './article';
import { AUDIO_FOLDER, bulletinFields, bulletinSchema } from './bulletin';
import type { Field, FieldMap, SchemaTools } from './fields';
import { guideFields, guideSchema } from './guide';
import { lawFields, lawSchema } from './law';
import { localityFields, localitySchema } from './locality';
import { pageFields, pageSchema } from './page';
import { profileFields, profileSchema } from './profile';
import { settingsFields, settingsSchema } from './settings';
import { statsFields, statsSchema } from './stats';

/** Where content lives, from the repository root. */
export const CONTENT_ROOT = 'src/content';

/**
 * Glob patterns, relative to a collection's folder, read by Astro's glob loader (tinyglobby) and by the content
 * check alike. A file or folder whose name starts with "_" (`_drafts/`, `_note.mdx`) is kept aside and is not
 * content; files whose name starts with "." are never read (tinyglobby's default).
 */
export const ASIDE_PATTERNS = ['!**/_*', '!**/_*/**'] as const;
export const MDX_PATTERN = ['**/*.{md,mdx}', ...ASIDE_PATTERNS] as const;
export const JSON_PATTERN = ['**/*.json', ...ASIDE_PATTERNS] as const;

/** Extensions Astro treats as entries of a collection with a body; every such file gets the MDX rules. */
export const BODY_EXTENSIONS = ['.md', '.mdx'] as const;

/** A field published as a contact: exempt from the privacy rules only while its `source` field is filled in. */
export interface PublicContact {
  /** Path of the field, lists written as `[]`: "contacts[].number". */
  field: string;
  /** Path of the group that records where it was published: "contacts[].source". */
  source: string;
  /** Why this field may hold a phone number or an address. */
  reason: string;
}

/** The editor's words for a collection in the CMS. */
export interface CmsLabels {
  label: string;
  labelSingular: string;
  description: string;
  /** The field that names an entry, whose slug is the file name. */
  identifier: string;
  /** Decap's slug template; `{{<identifier>}}` unless given. */
  slug?: string;
  sortBy?: readonly string[];
  /** False: editors change the entries, they do not add or delete them (standing pages). */
  create?: boolean;
  /** A collection of one file (the settings): its name and label in the CMS, and its file name in the folder. */
  file?: { name: string; label: string; file: string };
}

/** Where the CMS uploads a collection's media, and the path written into the entry. */
export interface MediaFolder {
  /** From the repository root, without a leading slash. */
  folder: string;
  /** What the entry stores: relative to the entry file (images, for astro:assets) or a URL on the site (audio). */
  public: string;
}

export interface CollectionSpec<F extends FieldMap = FieldMap, S extends z.ZodType = z.ZodType> {
  /** The collection's folder from the repository root. */
  folder: string;
  /** mdx: front matter and a body (MDX or Markdown); json: data only. */
  format: 'mdx' | 'json';
  /** Glob patterns under `folder`, Astro's loader's and the content check's. */
  pattern: readonly string[];
  fields: F;
  schema: (tools: SchemaTools) => S;
  /** The public page of an entry, when entries have one; `data` for pages made from part of an entry. */
  pages?: (id: string, data: Record<string, unknown>) => string[];
  /** The front matter keys `pages` and the sitemap's dates read. */
  pageKeys?: readonly string[];
  /** The kind and type filter value of its pages in search. */
  search?: { kind: string; type: string };
  cms: CmsLabels;
  media?: readonly MediaFolder[];
  /** MDX collections only: the reason its bodies may skip the MDX rules. None is exempt. */
  mdxExempt?: string;
  publicContacts?: readonly PublicContact[];
}

/** Images go to src/assets/images/<collection>/, written into the entry relative to it (what image() resolves). */
const images = (name: string): MediaFolder => ({
  folder: `src/assets/images/${name}`,
  public: `../../assets/images/${name}`,
});

/** Keeps the literal types of one collection's spec while checking it against CollectionSpec. */
const spec = <const T extends CollectionSpec>(s: T): T => s;

const DATED = ['publishedAt', 'updatedAt', 'draft'] as const;

export const REGISTRY = {
  articles: spec({
    folder: `${CONTENT_ROOT}/articles`,
    format: 'mdx',
    pattern: MDX_PATTERN,
    fields: articleFields,
    schema: articleSchema,
    pages: (id) => [paths.article(id)],
    pageKeys: DATED,
    search: { kind: 'article', type: 'tin-tuc' },
    cms: {
      label: 'Tin bài',
      labelSingular: 'tin bài',
      description: 'Tin tức, bài viết về phong trào.',
      identifier: 'title',
    },
    media: [images('articles')],
  }),
  profiles: spec({
    folder: `${CONTENT_ROOT}/profiles`,
    format: 'mdx',
    pattern: MDX_PATTERN,
    fields: profileFields,
    schema: profileSchema,
    pages: (id) => [paths.profile(id)],
    pageKeys: DATED,
    search: { kind: 'profile', type: 'guong-dien-hinh' },
    cms: {
      label: 'Gương điển hình',
      labelSingular: 'gương điển hình',
      description: 'Cá nhân, tập thể tiêu biểu. Hồ sơ cá nhân phải có thông tin đồng ý đăng tải.',
      identifier: 'name',
    },
    media: [images('profiles')],
  }),
  guides: spec({
    folder: `${CONTENT_ROOT}/guides`,
    format: 'mdx',
    pattern: MDX_PATTERN,
    fields: guideFields,
    schema: guideSchema,
    // A guide with a school lesson also has a lesson page, made from the same file.
    pages: (id, data) => [paths.guide(id), ...(data.lesson ? [paths.lesson(id)] : [])],
    pageKeys: [...DATED, 'lesson'],
    search: { kind: 'guide', type: 'mo-hinh' },
    cms: {
      label: 'Mô hình',
      labelSingular: 'mô hình',
      description: 'Hướng dẫn xây dựng các mô hình tự quản.',
      identifier: 'title',
    },
    media: [images('guides')],
  }),
  // Standing pages have their own routes (/gioi-thieu/, /lien-he/): editors change the text, not the set of pages.
  pages: spec({
    folder: `${CONTENT_ROOT}/pages`,
    format: 'mdx',
    pattern: MDX_PATTERN,
    fields: pageFields,
    schema: pageSchema,
    pages: (id) => [`/${id}/`],
    pageKeys: DATED,
    cms: {
      label: 'Trang cố định',
      labelSingular: 'trang',
      description: 'Giới thiệu, liên hệ: sửa nội dung, không thêm hoặc xóa trang.',
      identifier: 'title',
      create: false,
      sortBy: ['title'],
    },
    media: [images('pages')],
  }),
  bulletins: spec({
    folder: `${CONTENT_ROOT}/bulletins`,
    format: 'mdx',
    pattern: MDX_PATTERN,
    fields: bulletinFields,
    schema: bulletinSchema,
    pages: (id) => [paths.bulletin(id)],
    pageKeys: DATED,
    search: { kind: 'material', type: 'tai-lieu' },
    cms: {
      label: 'Bản tin phát thanh',
      labelSingular: 'bản tin',
      description: 'Bài đọc trên loa truyền thanh cơ sở: câu ngắn, 250–700 chữ; có thể kèm tệp âm thanh.',
      identifier: 'title',
      sortBy: ['title', 'airFrom', 'publishedAt'],
    },
    // Audio goes to public/ as it is (no optimisation), so the path in the entry is the URL it is served at.
    media: [{ folder: AUDIO_FOLDER.media.slice(1), public: AUDIO_FOLDER.public }],
  }),
  localities: spec({
    folder: `${CONTENT_ROOT}/localities`,
    format: 'json',
    pattern: JSON_PATTERN,
    fields: localityFields,
    schema: localitySchema,
    pages: (id) => [paths.place(id)],
    search: { kind: 'place', type: 'dia-ban' },
    cms: {
      label: 'Địa bàn',
      labelSingular: 'địa bàn',
      description: 'Đơn vị hành chính. Tên tệp ghép từ cấp và tên, ví dụ "xa-cao-son".',
      identifier: 'title',
      slug: '{{kind}}-{{title}}',
    },
  }),
  stats: spec({
    folder: `${CONTENT_ROOT}/stats`,
    format: 'json',
    pattern: JSON_PATTERN,
    fields: statsFields,
    schema: statsSchema,
    cms: {
      label: 'Số liệu',
      labelSingular: 'bộ số liệu',
      description: 'Số liệu phong trào theo thời kỳ và địa bàn, kèm nguồn.',
      identifier: 'title',
      slug: '{{locality}}-{{period}}',
    },
  }),
  laws: spec({
    folder: `${CONTENT_ROOT}/laws`,
    format: 'json',
    pattern: JSON_PATTERN,
    fields: lawFields,
    schema: lawSchema,
    cms: {
      label: 'Văn bản pháp luật',
      labelSingular: 'văn bản',
      description:
        'Văn bản được trích dẫn. Tên tệp lấy từ số, ký hiệu, ví dụ "35-2013-qh13". Kiểm tra tên và hiệu lực trên văn bản chính thức.',
      identifier: 'title',
      slug: '{{number}}',
    },
  }),
  settings: spec({
    folder: `${CONTENT_ROOT}/settings`,
    format: 'json',
    pattern: JSON_PATTERN,
    fields: settingsFields,
    schema: settingsSchema,
    cms: {
      label: 'Cài đặt chung',
      labelSingular: 'cài đặt',
      description: 'Tên trang, số điện thoại liên hệ và thông báo khẩn.',
      identifier: 'title',
      file: { name: 'site', label: 'Cài đặt trang', file: 'site.json' },
    },
    // The portal's own contacts are published on purpose, each with the document that published it.
    publicContacts: [
      {
        field: 'contacts[].number',
        source: 'contacts[].source',
        reason: 'số liên hệ chính thức của cơ quan, hiện cho người dân gọi',
      },
      { field: 'address.text', source: 'address.source', reason: 'địa chỉ trụ sở cơ quan, không phải nhà riêng' },
      { field: 'email.address', source: 'email.source', reason: 'thư điện tử tiếp nhận thông tin của cơ quan' },
    ],
  }),
};

export type Registry = typeof REGISTRY;
export type CollectionName = keyof Registry;

/** Every collection's name, in the registry's order. */
export const COLLECTION_NAMES = Object.keys(REGISTRY) as CollectionName[];

/** [name, spec] of every collection, or of the registry given (tests pass a registry with one more collection). */
export const registryEntries = (registry: Readonly<Record<string, CollectionSpec>> = REGISTRY) =>
  Object.entries(registry) as [string, CollectionSpec][];

/** The spec of a collection, or undefined for a name the registry does not have. */
export function collectionSpec(
  name: string,
  registry: Readonly<Record<string, CollectionSpec>> = REGISTRY,
): CollectionSpec | undefined {
  return Object.hasOwn(registry, name) ? registry[name] : undefined;
}

/** The id Astro gives an entry (content.config.ts): the slug of its path in the folder, without the extension. */
export const entryId = (name: string) => slugify(name.replace(/\.(mdx?|json|ya?ml)$/, ''));

/** Collections whose entries have a body (MDX or Markdown after the front matter). */
export const bodyCollections = (registry: Readonly<Record<string, CollectionSpec>> = REGISTRY): string[] =>
  registryEntries(registry)
    .filter(([, s]) => s.format === 'mdx')
    .map(([name]) => name);

const normalizePath = (path: string) => path.replace(/\\/g, '/').replace(/[?#].*$/, '');

/**
 * Whether the MDX rules apply to a file (an absolute or repository-relative path): every .md/.mdx file under
 * src/content does, wherever it is and whatever collection it belongs to, unless it is in the folder of a
 * collection the registry exempts (with its reason). Safe by default: a new folder is checked without asking.
 */
export function mdxRulesApply(path: string, registry: Readonly<Record<string, CollectionSpec>> = REGISTRY): boolean {
  const file = normalizePath(path);
  if (!BODY_EXTENSIONS.some((ext) => file.toLowerCase().endsWith(ext))) return false;
  const within = (folder: string) => file.startsWith(`${folder}/`) || file.includes(`/${folder}/`);
  if (!within(CONTENT_ROOT)) return false;
  return !registryEntries(registry).some(([, s]) => s.mdxExempt && within(s.folder));
}

/** The CMS's own upload folder for media not tied to a collection (Decap's `media_folder`). */
export const CMS_UPLOADS: MediaFolder = {
  folder: 'src/assets/images/uploads',
  public: '../../assets/images/uploads',
};

/**
 * The repository paths the local CMS server (`npm run cms`) may write, from the repository root, without a
 * leading or trailing slash: each collection's content folder (a file collection: its one file) and each media
 * folder, plus the CMS's upload folder. A write anywhere else (src/pages/, astro.config.mjs, .github/) must be
 * refused. A path is allowed when it equals an entry or lies inside a folder entry; `kind` says which.
 */
export function cmsWritablePaths(
  registry: Readonly<Record<string, CollectionSpec>> = REGISTRY,
): { path: string; kind: 'folder' | 'file' }[] {
  const out: { path: string; kind: 'folder' | 'file' }[] = [];
  for (const [, s] of registryEntries(registry)) {
    out.push(
      s.cms.file ? { path: `${s.folder}/${s.cms.file.file}`, kind: 'file' } : { path: s.folder, kind: 'folder' },
    );
    for (const media of s.media ?? []) out.push({ path: media.folder, kind: 'folder' });
  }
  out.push({ path: CMS_UPLOADS.folder, kind: 'folder' });
  return out;
}

/** Whether the local CMS server may write `path` (repository-relative, "/" separated), by cmsWritablePaths. */
export function isCmsWritable(path: string, registry: Readonly<Record<string, CollectionSpec>> = REGISTRY): boolean {
  const file = normalizePath(path).replace(/^\/+/, '');
  if (file.split('/').some((part) => part === '..' || part === '.' || part === '')) return false;
  return cmsWritablePaths(registry).some(({ path: allowed, kind }) =>
    kind === 'file' ? file === allowed : file.startsWith(`${allowed}/`),
  );
}

/** Every field of a field map with its path ("sources[].url"), nested groups and lists included. */
export function walkFields(fields: FieldMap, prefix = ''): { path: string; field: Field }[] {
  return Object.entries(fields).flatMap(([name, field]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const inner = field.fields ? walkFields(field.fields, field.kind === 'objectList' ? `${path}[]` : path) : [];
    return [{ path, field }, ...inner];
  });
}

/** The URL fields of a collection (kind `url`), by path: what the URL rule applies to, found in the fields. */
export const urlFields = (name: string, registry: Readonly<Record<string, CollectionSpec>> = REGISTRY): string[] =>
  walkFields(collectionSpec(name, registry)?.fields ?? {})
    .filter(({ field }) => field.kind === 'url')
    .map(({ path }) => path);

/** The public contacts of a collection (privacy rule exemptions); none for most. */
export const publicContacts = (
  name: string,
  registry: Readonly<Record<string, CollectionSpec>> = REGISTRY,
): readonly PublicContact[] => collectionSpec(name, registry)?.publicContacts ?? [];

/** The search kind of each collection with pages in search, and its type filter value. */
export function searchKinds(registry: Readonly<Record<string, CollectionSpec>> = REGISTRY): Record<string, string> {
  return Object.fromEntries(
    registryEntries(registry).flatMap(([, s]) => (s.search ? [[s.search.kind, s.search.type]] : [])),
  );
}

/**
 * A reference field pointing at a collection the registry does not have is a mistake in the schemas; said when
 * the registry loads, not when an editor first picks a value.
 */
export function unknownReferences(registry: Readonly<Record<string, CollectionSpec>> = REGISTRY): string[] {
  return registryEntries(registry).flatMap(([name, s]) =>
    walkFields(s.fields)
      .filter(({ field }) => field.collection !== undefined && !Object.hasOwn(registry, field.collection))
      .map(({ path, field }) => `${name}.${path} → ${field.collection}`),
  );
}
const unknown = unknownReferences();
if (unknown.length > 0) throw new Error(`Tham chiếu tới bộ sưu tập không có trong registry: ${unknown.join('; ')}`);
