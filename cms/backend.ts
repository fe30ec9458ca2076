/**
 * The Git host the CMS saves to, chosen when building from the CMS_* environment variables (see README): GitHub
 * through an OAuth proxy, GitLab, Gitea or Forgejo with PKCE. Commit messages are in Vietnamese.
 */

export interface CmsBackend {
  name: string;
  repo?: string;
  branch?: string;
  base_url?: string;
  api_root?: string;
  auth_endpoint?: string;
  auth_type?: string;
  app_id?: string;
  [option: string]: unknown;
}

/** Commit messages in Vietnamese, naming the kind of entry and its file name (Decap's are English). */
export const COMMIT_MESSAGES = {
  create: 'Tạo {{collection}} “{{slug}}”',
  update: 'Sửa {{collection}} “{{slug}}”',
  delete: 'Xóa {{collection}} “{{slug}}”',
  uploadMedia: 'Tải lên “{{path}}”',
  deleteMedia: 'Xóa tệp “{{path}}”',
  openAuthoring: '{{message}}',
} as const;

/** Build-time settings for the Git host; every value comes from the environment (see README). */
export interface CmsEnv {
  /** github | gitlab | gitea | forgejo */
  CMS_BACKEND?: string | undefined;
  /** owner/name of the content repository. */
  CMS_REPO?: string | undefined;
  CMS_BRANCH?: string | undefined;
  /** OAuth proxy (GitHub) or root URL of a self-hosted GitLab/Gitea/Forgejo. */
  CMS_BASE_URL?: string | undefined;
  CMS_API_ROOT?: string | undefined;
  CMS_AUTH_ENDPOINT?: string | undefined;
  /** OAuth application id (GitLab, Gitea, Forgejo: PKCE, no secret in the browser). */
  CMS_APP_ID?: string | undefined;
  /** URL of a decap-server (`npm run cms`), e.g. http://127.0.0.1:8081/api/v1. */
  CMS_LOCAL_BACKEND?: string | undefined;
  SITE_URL?: string | undefined;
}

const BACKENDS = ['github', 'gitlab', 'gitea', 'forgejo'] as const;

/** decap-server as `npm run cms` starts it; the dev server's CMS uses it when CMS_LOCAL_BACKEND names no other. */
export const DEFAULT_LOCAL_BACKEND = 'http://127.0.0.1:8081/api/v1';

/** The CMS settings a page is built with: in `astro dev` the local decap-server is the default backend. */
export const cmsEnvFor = (env: CmsEnv, dev: boolean): CmsEnv =>
  dev && !env.CMS_LOCAL_BACKEND ? { ...env, CMS_LOCAL_BACKEND: DEFAULT_LOCAL_BACKEND } : env;

/** CMS_BACKEND=none: the site is built without the CMS, no /admin/ at all (content edited in the repository). */
export const NO_CMS = 'none';

/** The repository a demonstration build's CMS points at; never a real one, refused by a launch build. */
export const PLACEHOLDER_REPO = 'cong-an-tinh/antq-portal';

/** The backend name as set, lowercased; GitHub when unset (demonstration builds). */
export const backendName = (env: CmsEnv) => (env.CMS_BACKEND ?? 'github').trim().toLowerCase();

/** Whether the build makes the /admin/ page: always, unless CMS_BACKEND=none. */
export const cmsEnabled = (env: CmsEnv) => backendName(env) !== NO_CMS;

/** What each backend needs besides CMS_REPO, with what it is for. */
const NEEDS: Record<(typeof BACKENDS)[number], [keyof CmsEnv, string][]> = {
  github: [['CMS_BASE_URL', 'địa chỉ máy chủ OAuth trung gian (OAuth proxy) cho GitHub']],
  gitlab: [['CMS_APP_ID', 'mã ứng dụng OAuth (Application ID) đăng ký trên GitLab']],
  gitea: [
    ['CMS_BASE_URL', 'địa chỉ máy chủ Gitea'],
    ['CMS_APP_ID', 'mã ứng dụng OAuth2 đăng ký trên Gitea'],
  ],
  forgejo: [
    ['CMS_BASE_URL', 'địa chỉ máy chủ Forgejo'],
    ['CMS_APP_ID', 'mã ứng dụng OAuth2 đăng ký trên Forgejo'],
  ],
};

/**
 * Why a launch build cannot publish this CMS configuration: CMS_BACKEND must be set (or `none`, which builds no
 * /admin/), with CMS_REPO (not the placeholder) and what the chosen backend needs; the Git host's addresses must be
 * public https addresses (`publicUrl` is the launch check's rule for them); a local decap-server has no place in it.
 */
export function cmsLaunchProblems(env: CmsEnv, publicUrl: (value: string, field: string) => string[]): string[] {
  const set = (name: keyof CmsEnv) => (env[name] ?? '').trim() !== '';
  const problems: string[] = [];
  if (set('CMS_LOCAL_BACKEND'))
    problems.push(
      'CMS_LOCAL_BACKEND: máy chủ nội dung cục bộ chỉ dùng khi biên tập trên máy (npm run cms), không dùng khi phát hành',
    );
  if (!set('CMS_BACKEND'))
    return [
      ...problems,
      `CMS_BACKEND: chưa đặt; chọn ${BACKENDS.join(', ')} cùng CMS_REPO, hoặc CMS_BACKEND=${NO_CMS} để không dựng trang biên tập /admin/`,
    ];
  const name = backendName(env);
  if (name === NO_CMS) return problems;
  if (!(BACKENDS as readonly string[]).includes(name))
    return [...problems, `CMS_BACKEND="${name}" không được hỗ trợ; chọn một trong: ${BACKENDS.join(', ')}, ${NO_CMS}`];
  const repo = (env.CMS_REPO ?? '').trim();
  if (!repo) problems.push('CMS_REPO: chưa đặt kho nội dung (dạng chủ-sở-hữu/tên-kho)');
  else if (repo === PLACEHOLDER_REPO)
    problems.push(`CMS_REPO: "${repo}" là kho mẫu của bản trình diễn; đặt kho nội dung thật của cơ quan`);
  else if (!/^[\w.-]+(\/[\w.-]+)+$/.test(repo)) problems.push(`CMS_REPO: "${repo}" phải có dạng chủ-sở-hữu/tên-kho`);
  for (const [variable, what] of NEEDS[name as (typeof BACKENDS)[number]])
    if (!set(variable)) problems.push(`${variable}: CMS_BACKEND=${name} cần ${what}`);
  for (const variable of ['CMS_BASE_URL', 'CMS_API_ROOT', 'CMS_AUTH_ENDPOINT'] as const)
    if (set(variable)) problems.push(...publicUrl(env[variable]!.trim(), variable));
  return problems;
}

/**
 * The origins the /admin/ page must reach from the browser for this configuration: the Git host's API, its login
 * and token endpoints (GitLab, Gitea and Forgejo exchange the PKCE code there) and the OAuth proxy, plus a local
 * decap-server when CMS_LOCAL_BACKEND names one (`npm run cms`). Nothing else: a production build allows its own
 * Git host, never localhost.
 */
export function cmsConnectOrigins(env: CmsEnv): string[] {
  if (!cmsEnabled(env)) return [];
  const backend = backendFromEnv(env);
  const urls = [backend.api_root, backend.base_url, backend.auth_endpoint, env.CMS_LOCAL_BACKEND];
  if (backend.name === 'github' && !backend.api_root) urls.push('https://api.github.com');
  return [
    ...new Set(urls.filter((u): u is string => typeof u === 'string' && URL.canParse(u)).map((u) => new URL(u).origin)),
  ];
}

export function backendFromEnv(env: CmsEnv): CmsBackend {
  const name = backendName(env);
  if (!(BACKENDS as readonly string[]).includes(name)) {
    throw new Error(`CMS_BACKEND="${name}" không được hỗ trợ; chọn một trong: ${BACKENDS.join(', ')}`);
  }
  const base = env.CMS_BASE_URL?.replace(/\/+$/, '');
  const backend: CmsBackend = {
    name,
    // A demonstration build without CMS settings points at the placeholder; a launch build refuses it (cmsLaunchProblems).
    repo: env.CMS_REPO?.trim() || PLACEHOLDER_REPO,
    branch: env.CMS_BRANCH ?? 'main',
    commit_messages: { ...COMMIT_MESSAGES },
  };
  if (name === 'github') {
    if (base) backend.base_url = base;
    if (env.CMS_AUTH_ENDPOINT) backend.auth_endpoint = env.CMS_AUTH_ENDPOINT;
    if (env.CMS_API_ROOT) backend.api_root = env.CMS_API_ROOT;
  } else if (name === 'gitlab') {
    backend.auth_type = 'pkce';
    if (env.CMS_APP_ID) backend.app_id = env.CMS_APP_ID;
    if (base) backend.base_url = base;
    backend.api_root = env.CMS_API_ROOT ?? `${base ?? 'https://gitlab.com'}/api/v4`;
    if (env.CMS_AUTH_ENDPOINT) backend.auth_endpoint = env.CMS_AUTH_ENDPOINT;
  } else {
    // Gitea and Forgejo log in with PKCE against the instance itself.
    if (!base) throw new Error(`CMS_BACKEND=${name} cần CMS_BASE_URL (địa chỉ máy chủ ${name}).`);
    if (env.CMS_APP_ID) backend.app_id = env.CMS_APP_ID;
    backend.base_url = base;
    backend.api_root = env.CMS_API_ROOT ?? `${base}/api/v1`;
    backend.auth_endpoint = env.CMS_AUTH_ENDPOINT ?? `${base}/login/oauth/authorize`;
  }
  return backend;
}
