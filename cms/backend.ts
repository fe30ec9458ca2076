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

export function backendFromEnv(env: CmsEnv): CmsBackend {
  const name = (env.CMS_BACKEND ?? 'github').trim().toLowerCase();
  if (!(BACKENDS as readonly string[]).includes(name)) {
    throw new Error(`CMS_BACKEND="${name}" không được hỗ trợ; chọn một trong: ${BACKENDS.join(', ')}`);
  }
  const base = env.CMS_BASE_URL?.replace(/\/+$/, '');
  const backend: CmsBackend = {
    name,
    repo: env.CMS_REPO ?? 'cong-an-tinh/antq-portal',
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
