/**
 * Where the local CMS server (`npm run cms`) may read and write: the collections' entry folders and files and
 * their media folders, nothing else. A path from a request is checked as text, never resolved on disk first: no
 * absolute path, no `..`, no hidden file or folder (`.git`, `.env`), no file whose name or extension the collection
 * does not use. The list of places comes from the collection registry; this module only applies it.
 */

/** A place the CMS may touch, with the file extensions it holds (lower case, no dot). */
export interface CmsWritablePath {
  /** From the repository root, no leading slash: "src/content/articles" or "src/content/settings/site.json". */
  path: string;
  /** `entries`: a collection's folder (files directly in it); `file`: one file; `media`: an upload folder. */
  kind: 'entries' | 'file' | 'media';
  extensions: readonly string[];
  /** The collection the place belongs to (`*` for the site-wide upload folder). */
  collection: string;
}

/** The parts of a Decap collection the allowlist is read from. */
export interface CollectionPlaces {
  name: string;
  folder?: string | undefined;
  extension?: string | undefined;
  files?: readonly { file: string }[] | undefined;
  media_folder?: string | undefined;
  fields?: readonly FieldPlaces[] | undefined;
}
interface FieldPlaces {
  widget: string;
  fields?: readonly FieldPlaces[] | undefined;
  field?: FieldPlaces | undefined;
  /** Extensions a file field accepts (the CMS's own option, see src/schemas/bulletin.ts). */
  accept?: readonly string[] | undefined;
  [option: string]: unknown;
}

/** Images the site optimises (astro:assets). SVG is left out: it can carry script. */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp'] as const;

const trimSlashes = (path: string) => path.replace(/^\/+|\/+$/g, '');
const extensionOf = (path: string) => /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';

function mediaExtensions(fields: readonly FieldPlaces[] = []): string[] {
  const found = new Set<string>();
  const visit = (field: FieldPlaces) => {
    if (field.widget === 'image') IMAGE_EXTENSIONS.forEach((e) => found.add(e));
    if (field.widget === 'file') (field.accept ?? []).forEach((e) => found.add(e.toLowerCase()));
    field.fields?.forEach(visit);
    if (field.field) visit(field.field);
  };
  fields.forEach(visit);
  return [...found];
}

/**
 * Every place the CMS's collections use: each folder with its entries' extension, each single file, each media
 * folder with the types its fields upload (images; the audio a file field accepts), and the site-wide upload
 * folder (`mediaFolder`, images) that Decap uses for a collection without one of its own.
 */
export function writablePathsOf(collections: readonly CollectionPlaces[], mediaFolder?: string): CmsWritablePath[] {
  const places: CmsWritablePath[] = [];
  for (const c of collections) {
    if (c.folder)
      places.push({
        path: trimSlashes(c.folder),
        kind: 'entries',
        extensions: [c.extension ?? 'md'],
        collection: c.name,
      });
    for (const f of c.files ?? [])
      places.push({ path: trimSlashes(f.file), kind: 'file', extensions: [extensionOf(f.file)], collection: c.name });
    const extensions = mediaExtensions(c.fields ?? []);
    if (c.media_folder && extensions.length)
      places.push({ path: trimSlashes(c.media_folder), kind: 'media', extensions, collection: c.name });
  }
  if (mediaFolder)
    places.push({ path: trimSlashes(mediaFolder), kind: 'media', extensions: [...IMAGE_EXTENSIONS], collection: '*' });
  return places;
}

/** A file name the CMS writes: ASCII letters, digits, `.`, `_`, `-`, starting with a letter or digit. */
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,159}$/;

export type CmsPathUse = 'entry' | 'media' | 'any';

/** The place a path lies in, or why it lies in none (a Vietnamese sentence naming the path). */
export function placeOfCmsPath(
  path: unknown,
  allow: readonly CmsWritablePath[],
  use: CmsPathUse = 'any',
): { place: CmsWritablePath } | { problem: string } {
  if (typeof path !== 'string' || path.length === 0) return { problem: 'thiếu đường dẫn tệp' };
  const shown = JSON.stringify(path.length > 120 ? `${path.slice(0, 120)}…` : path);
  if (path.length > 300) return { problem: `đường dẫn ${shown} quá dài` };
  // Control characters and backslashes: a name meant to look like one path and act as another.
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  if (/[\u0000-\u001f\u007f\\]/.test(path)) return { problem: `đường dẫn ${shown} có ký tự không được phép` };
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.startsWith('~'))
    return { problem: `đường dẫn tuyệt đối ${shown} không được phép` };
  const segments = path.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return { problem: `đường dẫn ${shown} đi ra ngoài thư mục (..)` };
  if (segments.some((s) => s === '')) return { problem: `đường dẫn ${shown} không hợp lệ` };
  if (segments.some((s) => s.startsWith('.')))
    return { problem: `tệp hoặc thư mục ẩn ${shown} (như .git) không được phép` };
  const name = segments.at(-1)!;
  const folder = segments.slice(0, -1).join('/');
  const extension = extensionOf(name);
  for (const place of allow) {
    if (use === 'entry' && place.kind === 'media') continue;
    if (use === 'media' && place.kind !== 'media') continue;
    const inside = place.kind === 'file' ? path === place.path : folder === place.path && FILE_NAME.test(name);
    if (inside && place.extensions.includes(extension)) return { place };
  }
  const what =
    use === 'media'
      ? 'thư mục ảnh, âm thanh'
      : use === 'entry'
        ? 'thư mục nội dung'
        : 'thư mục nội dung, ảnh, âm thanh';
  return { problem: `${shown} không nằm trong ${what} mà trang biên tập được phép dùng` };
}

/** True when the CMS may read or write `path` (see placeOfCmsPath). */
export function isAllowedCmsPath(path: unknown, allow: readonly CmsWritablePath[], use: CmsPathUse = 'any'): boolean {
  return 'place' in placeOfCmsPath(path, allow, use);
}

/** The entries folder or media folder named exactly, for listing requests. */
export function folderPlace(
  folder: unknown,
  allow: readonly CmsWritablePath[],
  kind: 'entries' | 'media',
): CmsWritablePath | undefined {
  return typeof folder === 'string' ? allow.find((p) => p.kind === kind && p.path === folder) : undefined;
}
