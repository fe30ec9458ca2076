/**
 * The Decap CMS configuration, derived from the same field definitions as the content schemas
 * (src/schemas/*.ts), so the editor and the build can never disagree about a field.
 *
 * Pure data: no Decap import, so Vitest checks it against the Zod schemas (tests/cms-config.test.ts)
 * and the admin page builds it with the backend chosen at build time (backendFromEnv, cms/backend.ts).
 */
import { articleFields } from '../src/schemas/article';
import { type CmsField, type FieldMap } from '../src/schemas/fields';
import { cmsFields } from '../src/schemas/field-groups';
import { guideFields } from '../src/schemas/guide';
import { localityFields } from '../src/schemas/locality';
import { pageFields } from '../src/schemas/page';
import { profileFields } from '../src/schemas/profile';
import { settingsFields } from '../src/schemas/settings';
import { lawFields } from '../src/schemas/law';
import { statsFields } from '../src/schemas/stats';
import { AUDIO_FOLDER, bulletinFields } from '../src/schemas/bulletin';
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

/** Collections whose entries are MDX documents with a body; the others are JSON data. */
export const MDX_COLLECTIONS = ['articles', 'profiles', 'guides', 'pages', 'bulletins'] as const;

/** The body of MDX entries: not part of the frontmatter schema (Astro keeps it as entry.body). */
export function bodyField(): CmsField {
  return {
    name: 'body',
    label: 'Nội dung',
    widget: 'markdown',
    required: true,
    hint: 'Chỉ dùng định dạng có sẵn và các khối "Hộp lưu ý", "Các bước", "Ảnh có chú thích". Muốn gõ mã Markdown, bấm chữ "Mã Markdown".',
    // Decap's preview pane had a stored XSS (CVE-2025-57520): render bodies through its sanitizer.
    sanitize_preview: true,
    // Only the site's own MDX components; the built-in image button would write a path Astro cannot optimise.
    editor_components: [...EDITOR_COMPONENT_IDS],
    modes: ['rich_text', 'raw'],
    buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
  };
}

/**
 * Images go to src/assets/images/<collection>/ where astro:assets optimises them; the path written into
 * the entry is relative to the entry file (src/content/<collection>/x.mdx), which is what `image()` resolves.
 */
export function mediaFolders(collection: string): Pick<CmsCollection, 'media_folder' | 'public_folder'> {
  return { media_folder: `/src/assets/images/${collection}`, public_folder: `../../assets/images/${collection}` };
}

const mdxCollection = (
  name: (typeof MDX_COLLECTIONS)[number],
  label: string,
  labelSingular: string,
  fields: FieldMap,
  identifier: string,
  description: string,
  options: { create?: boolean; sortBy?: string[] } = {},
): CmsCollection => ({
  name,
  label,
  label_singular: labelSingular,
  description,
  folder: `src/content/${name}`,
  create: options.create ?? true,
  ...(options.create === false ? { delete: false } : {}),
  extension: 'mdx',
  format: FRONTMATTER_FORMAT,
  // The file name is the entry's id and URL: ASCII, đ→d (the preSave hook makes the text NFC first).
  slug: `{{${identifier}}}`,
  identifier_field: identifier,
  summary: `{{${identifier}}}`,
  sortable_fields: options.sortBy ?? [identifier, 'publishedAt'],
  ...mediaFolders(name),
  fields: [...cmsFields(fields), bodyField()],
});

const dataCollection = (
  name: string,
  label: string,
  labelSingular: string,
  fields: FieldMap,
  slug: string,
  description: string,
): CmsCollection => ({
  name,
  label,
  label_singular: labelSingular,
  description,
  folder: `src/content/${name}`,
  create: true,
  extension: 'json',
  format: JSON_FORMAT,
  slug,
  identifier_field: 'title',
  summary: '{{title}}',
  fields: cmsFields(fields),
});

export const collections: CmsCollection[] = [
  mdxCollection('articles', 'Tin bài', 'tin bài', articleFields, 'title', 'Tin tức, bài viết về phong trào.'),
  mdxCollection(
    'profiles',
    'Gương điển hình',
    'gương điển hình',
    profileFields,
    'name',
    'Cá nhân, tập thể tiêu biểu. Hồ sơ cá nhân phải có thông tin đồng ý đăng tải.',
  ),
  mdxCollection('guides', 'Mô hình', 'mô hình', guideFields, 'title', 'Hướng dẫn xây dựng các mô hình tự quản.'),
  // Standing pages have their own routes (/gioi-thieu/, /lien-he/): editors change the text, not the set of pages.
  mdxCollection(
    'pages',
    'Trang cố định',
    'trang',
    pageFields,
    'title',
    'Giới thiệu, liên hệ: sửa nội dung, không thêm hoặc xóa trang.',
    { create: false, sortBy: ['title'] },
  ),
  // Audio goes to public/ as it is (no optimisation), so the path in the entry is the URL it is served at.
  {
    ...mdxCollection(
      'bulletins',
      'Bản tin phát thanh',
      'bản tin',
      bulletinFields,
      'title',
      'Bài đọc trên loa truyền thanh cơ sở: câu ngắn, 250–700 chữ; có thể kèm tệp âm thanh.',
      { sortBy: ['title', 'airFrom', 'publishedAt'] },
    ),
    media_folder: AUDIO_FOLDER.media,
    public_folder: AUDIO_FOLDER.public,
  },
  dataCollection(
    'localities',
    'Địa bàn',
    'địa bàn',
    localityFields,
    '{{kind}}-{{title}}',
    'Đơn vị hành chính. Tên tệp ghép từ cấp và tên, ví dụ "xa-cao-son".',
  ),
  dataCollection(
    'stats',
    'Số liệu',
    'bộ số liệu',
    statsFields,
    '{{locality}}-{{period}}',
    'Số liệu phong trào theo thời kỳ và địa bàn, kèm nguồn.',
  ),
  dataCollection(
    'laws',
    'Văn bản pháp luật',
    'văn bản',
    lawFields,
    '{{number}}',
    'Văn bản được trích dẫn. Tên tệp lấy từ số, ký hiệu, ví dụ "35-2013-qh13". Kiểm tra tên và hiệu lực trên văn bản chính thức.',
  ),
  {
    name: 'settings',
    label: 'Cài đặt chung',
    description: 'Tên trang, số điện thoại liên hệ và thông báo khẩn.',
    delete: false,
    format: JSON_FORMAT,
    extension: 'json',
    files: [
      {
        name: 'site',
        label: 'Cài đặt trang',
        file: 'src/content/settings/site.json',
        fields: cmsFields(settingsFields),
      },
    ],
  },
];

export function buildCmsConfig(env: CmsEnv = {}): CmsConfig {
  const config: CmsConfig = {
    backend: backendFromEnv(env),
    // Draft → review → ready, on every backend (the local decap-server needs MODE=git for it).
    publish_mode: 'editorial_workflow',
    locale: 'vi',
    load_config_file: false,
    media_folder: 'src/assets/images/uploads',
    public_folder: '../../assets/images/uploads',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections,
  };
  if (env.SITE_URL) config.site_url = config.display_url = env.SITE_URL;
  if (env.CMS_LOCAL_BACKEND)
    config.local_backend = { url: env.CMS_LOCAL_BACKEND, allowed_hosts: ['127.0.0.1', 'localhost'] };
  return config;
}
