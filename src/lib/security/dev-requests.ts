/**
 * The dev server's port under `npm run cms` is the second port the local CMS opens. It serves the site and the
 * CMS's own modules, and nothing else it need not: no request for another Host (DNS rebinding), nothing hidden
 * (`.git`, `.env`), no path that climbs out (`..`), no absolute path outside the project and its packages, and none
 * of the project's own configuration or tooling (package.json, astro.config.mjs, scripts/, tests/). Pure: the check
 * is on the request's text; src/integrations/cms-dev-guard.ts applies it in front of Vite.
 */
import { isLoopbackHost, REFUSED_HOST_MESSAGE } from './loopback';

/** Files and folders at the project's root that are tooling, not site or CMS. */
const PROJECT_FILES =
  /^(package(-lock)?\.json|(astro|vitest|eslint|vite)\.config\.[cm]?[jt]s|tsconfig\.json|README\.md|CONTRIBUTING\.md)$/i;
const PROJECT_FOLDERS = new Set(['scripts', 'tests', 'deploy', 'docs', 'dist']);

export const REFUSED_DEV_PREFIX = 'Máy chủ trang (npm run cms) từ chối';

/**
 * Why the dev server refuses the request, or undefined. `root` is the project's absolute path; `served` are folders
 * inside it that Vite itself serves from (its cache of optimised packages, when that is not under node_modules).
 */
export function devRequestProblem(
  host: string | undefined,
  url: string,
  root: string,
  served: readonly string[] = [],
): string | undefined {
  if (!isLoopbackHost(host)) return REFUSED_HOST_MESSAGE;
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return `${REFUSED_DEV_PREFIX}: địa chỉ không đọc được.`;
  }
  // The raw text too: URL parsing folds "/a/../b" away before anyone sees it.
  if (
    /%2e/i.test(url) ||
    /(^|[/\\])\.\.([/\\]|$)/.test(url) ||
    /(^|[/\\])\.\.([/\\]|$)/.test(path) ||
    path.includes('\0')
  )
    return `${REFUSED_DEV_PREFIX}: đường dẫn đi ra ngoài thư mục (..).`;
  let relative = path.replace(/^\/+/, '');
  if (path.startsWith('/@fs/')) {
    const absolute = path.slice('/@fs'.length);
    const base = root.replace(/\/+$/, '');
    // Packages may live outside the project (a linked node_modules); anything else outside is refused.
    if (absolute.startsWith(`${base}/`)) relative = absolute.slice(base.length + 1);
    else if (absolute.split('/').includes('node_modules')) return undefined;
    else return `${REFUSED_DEV_PREFIX}: đường dẫn tuyệt đối ngoài dự án.`;
  }
  const segments = relative.split('/');
  const inPackages = segments[0] === 'node_modules' || served.some((folder) => relative.startsWith(`${folder}/`));
  if (!inPackages && segments.some((s) => s.startsWith('.') && s !== '.well-known'))
    return `${REFUSED_DEV_PREFIX}: tệp hoặc thư mục ẩn (như .git) không được phép.`;
  if (
    (segments.length === 1 && PROJECT_FILES.test(segments[0]!)) ||
    (segments.length > 1 && PROJECT_FOLDERS.has(segments[0]!))
  )
    return `${REFUSED_DEV_PREFIX}: tệp cấu hình, công cụ của dự án không được phục vụ.`;
  return undefined;
}
