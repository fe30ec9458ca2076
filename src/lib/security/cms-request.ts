/**
 * What the local CMS server lets through to decap-server: only the actions Decap CMS uses with the editorial
 * workflow, each with its paths inside the places the collections use (cms-paths.ts), on the one branch the CMS
 * works on. Anything else is refused before decap-server sees it, with a Vietnamese reason. Pure: the server
 * (scripts/cms/server.ts) parses the body and applies the verdict.
 */
import { folderPlace, placeOfCmsPath, type CmsPathUse, type CmsWritablePath } from './cms-paths';

export interface CmsRequestContext {
  /** Where the CMS may read and write. */
  allow: readonly CmsWritablePath[];
  /** The branch the CMS's configuration names; every request must be about it. */
  branch: string;
  /** The collections' names, for the editorial workflow's `cms/<collection>/<slug>` branches. */
  collections: readonly string[];
}

export type CmsRequestVerdict =
  { ok: true; action: string; paths: string[] } | { ok: false; status: 400 | 403; message: string };

/** The reply's text: every refusal starts the same way, so the editor and the tests recognise it. */
export const REFUSED_PREFIX = 'Máy chủ nội dung cục bộ từ chối';

const refuse = (message: string, status: 400 | 403 = 403): CmsRequestVerdict => ({
  ok: false,
  status,
  message: `${REFUSED_PREFIX}: ${message}.`,
});

/** An entry's slug as Decap makes it (slug rules: ASCII, no slash). */
const SLUG = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;
const STATUSES = new Set(['draft', 'pending_review', 'pending_publish']);

type Params = Record<string, unknown>;
const isObject = (value: unknown): value is Params =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

class Refusal extends Error {
  constructor(readonly verdict: CmsRequestVerdict) {
    super('refused');
  }
}

function checkPath(path: unknown, ctx: CmsRequestContext, use: CmsPathUse, collection?: string): string {
  const found = placeOfCmsPath(path, ctx.allow, use);
  if ('problem' in found) throw new Refusal(refuse(found.problem));
  if (collection && found.place.kind !== 'media' && found.place.collection !== collection)
    throw new Refusal(refuse(`${JSON.stringify(path)} không thuộc mục “${collection}”`));
  return path as string;
}

function checkEntryKey(params: Params, ctx: CmsRequestContext): { collection: string; slug: string } {
  let { collection, slug } = params;
  if (typeof params.id === 'string' && (collection === undefined || slug === undefined)) {
    const index = params.id.indexOf('/');
    collection = params.id.slice(0, index);
    slug = params.id.slice(index + 1);
  }
  if (typeof collection !== 'string' || !ctx.collections.includes(collection))
    throw new Refusal(refuse(`không có mục nội dung ${JSON.stringify(collection ?? '')}`));
  if (typeof slug !== 'string' || !SLUG.test(slug))
    throw new Refusal(refuse(`tên mục ${JSON.stringify(slug ?? '')} không hợp lệ`));
  return { collection, slug };
}

function list(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new Refusal(refuse(`thiếu danh sách ${what}`, 400));
  return value;
}

/** The paths a request touches, or throws a Refusal. */
function pathsOf(action: string, params: Params, ctx: CmsRequestContext): string[] {
  switch (action) {
    case 'info':
    case 'unpublishedEntries':
      return [];
    case 'entriesByFolder': {
      const place = folderPlace(params.folder, ctx.allow, 'entries');
      if (!place)
        throw new Refusal(refuse(`thư mục ${JSON.stringify(params.folder ?? '')} không phải thư mục nội dung`));
      if (!place.extensions.includes(String(params.extension)))
        throw new Refusal(refuse(`thư mục ${place.path} không chứa tệp .${String(params.extension)}`));
      if (params.depth !== undefined && params.depth !== 1)
        throw new Refusal(refuse('chỉ đọc được tệp nằm ngay trong thư mục nội dung'));
      return [place.path];
    }
    case 'entriesByFiles':
      return list(params.files, 'tệp').map((file) => checkPath(isObject(file) ? file.path : file, ctx, 'entry'));
    case 'getEntry':
    case 'unpublishedEntryDataFile':
      if (action === 'unpublishedEntryDataFile') checkEntryKey(params, ctx);
      return [checkPath(params.path, ctx, 'entry')];
    case 'unpublishedEntryMediaFile':
      checkEntryKey(params, ctx);
      return [checkPath(params.path, ctx, 'media')];
    case 'getMediaFile':
      return [checkPath(params.path, ctx, 'media')];
    case 'unpublishedEntry':
    case 'deleteUnpublishedEntry':
    case 'publishUnpublishedEntry':
    case 'getDeployPreview':
      checkEntryKey(params, ctx);
      return [];
    case 'updateUnpublishedEntryStatus':
      checkEntryKey(params, ctx);
      if (!STATUSES.has(String(params.newStatus)))
        throw new Refusal(
          refuse(`trạng thái ${JSON.stringify(params.newStatus ?? '')} không có trong quy trình duyệt`),
        );
      return [];
    case 'getMedia': {
      const place = folderPlace(params.mediaFolder, ctx.allow, 'media');
      if (!place)
        throw new Refusal(
          refuse(`thư mục ${JSON.stringify(params.mediaFolder ?? '')} không phải thư mục ảnh, âm thanh`),
        );
      return [place.path];
    }
    case 'persistMedia': {
      const asset = isObject(params.asset) ? params.asset : {};
      return [checkPath(asset.path, ctx, 'media')];
    }
    case 'deleteFile':
      return [checkPath(params.path, ctx, 'any')];
    case 'deleteFiles':
      return list(params.paths, 'tệp').map((path) => checkPath(path, ctx, 'any'));
    case 'persistEntry': {
      const options = isObject(params.options) ? params.options : {};
      const collection = options.collectionName;
      if (typeof collection !== 'string' || !ctx.collections.includes(collection))
        throw new Refusal(refuse(`không có mục nội dung ${JSON.stringify(collection ?? '')}`));
      // The CMS always saves through the editorial workflow: a save straight onto the branch skips review.
      if (options.useWorkflow !== true)
        throw new Refusal(refuse('lưu thẳng, không qua quy trình duyệt, không được phép'));
      const dataFiles = params.dataFiles === undefined ? [params.entry] : list(params.dataFiles, 'tệp nội dung');
      const paths = dataFiles.map((file) => {
        if (!isObject(file)) throw new Refusal(refuse('thiếu tệp nội dung', 400));
        if (file.newPath !== undefined && file.newPath !== file.path)
          throw new Refusal(
            refuse('không đổi được tên tệp (đường dẫn) của một mục đã có: các mục khác có thể đang dẫn tới nó'),
          );
        if (typeof file.raw !== 'string') throw new Refusal(refuse('tệp nội dung không phải văn bản', 400));
        if (typeof file.slug === 'string' && !SLUG.test(file.slug))
          throw new Refusal(refuse(`tên mục ${JSON.stringify(file.slug)} không hợp lệ`));
        return checkPath(file.path, ctx, 'entry', collection);
      });
      const assets = list(params.assets ?? [], 'tệp tải lên').map((asset) =>
        checkPath(isObject(asset) ? asset.path : undefined, ctx, 'media'),
      );
      return [...paths, ...assets];
    }
    default:
      throw new Refusal(refuse(`thao tác ${JSON.stringify(action).slice(0, 60)} không được phép`));
  }
}

/** The verdict on one request body (already parsed from JSON). */
export function checkCmsRequest(body: unknown, ctx: CmsRequestContext): CmsRequestVerdict {
  if (!isObject(body) || typeof body.action !== 'string') return refuse('yêu cầu không đúng dạng', 400);
  const { action } = body;
  const params = body.params === undefined ? {} : body.params;
  if (!isObject(params)) return refuse('yêu cầu không đúng dạng', 400);
  if (action !== 'info' && params.branch !== ctx.branch)
    return refuse(`chỉ làm việc trên nhánh ${ctx.branch}, không phải ${JSON.stringify(params.branch ?? '')}`);
  try {
    return { ok: true, action, paths: pathsOf(action, params, ctx) };
  } catch (error) {
    if (error instanceof Refusal) return error.verdict;
    throw error;
  }
}
