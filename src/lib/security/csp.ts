/**
 * Content-Security-Policy of the portal, in one place for astro.config (the <meta> Astro writes into each page
 * with hashes of its scripts and styles), the middleware that gives /admin/ its own policy, and the test that
 * checks public/_headers and deploy/nginx.conf against it.
 *
 * Two policies:
 * - public pages: Astro computes script-src and style-src from hashes ('self' plus the sha256 of each inline
 *   <style>/<script>); never 'unsafe-inline' or 'unsafe-eval'. Everything else comes from 'self' only.
 * - /admin/ (Decap CMS): Decap compiles code at run time and injects its styles, so it needs
 *   script-src 'unsafe-eval' and style-src 'unsafe-inline', and it talks to the Git host's API. That looser
 *   policy must never leak to reading pages, and a <meta> policy can only be tightened by a header, never
 *   loosened, so the admin page's meta is replaced (src/middleware.ts); the header, the same for every URL, only
 *   adds what a meta cannot carry.
 */

/** Directives Astro adds to every page's <meta> besides script-src/style-src (frame-ancestors has no effect in a meta). */
export const PUBLIC_META_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * The CSP header sent with every URL (public/_headers "/*", nginx server level). Only directives that do not
 * depend on the page: script/style hashes differ per page and live in Astro's <meta>. Because a static host
 * adds this header to /admin/ as well, nothing here may restrict Decap.
 */
export const PUBLIC_HEADER_POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

/**
 * Git hosts whose APIs Decap calls from the browser (GitHub, GitLab.com). A local decap-server comes only from
 * CMS_LOCAL_BACKEND, which `npm run cms` sets, never into a production build's policy.
 */
export const CMS_CONNECT_SOURCES = ["'self'", 'https://api.github.com', 'https://gitlab.com'] as const;

/**
 * The policy of /admin/, in its meta. `extraOrigins`: a self-hosted Gitea/Forgejo/GitLab given to the build by
 * CMS_BASE_URL / CMS_API_ROOT.
 */
export function adminPolicy(extraOrigins: readonly string[] = []): string {
  const connect = [...new Set([...CMS_CONNECT_SOURCES, ...extraOrigins])];
  return [
    "default-src 'self'",
    // Decap's bundle uses new Function() (its widgets and config parsing): 'unsafe-eval' is needed here only.
    "script-src 'self' 'unsafe-eval'",
    // Decap (emotion) injects <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    // Avatars and media previews from the Git host; blob: for images being uploaded.
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    // Decap reads an uploaded file back through a blob: URL before saving it.
    `connect-src ${connect.join(' ')} blob:`,
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Origins of CMS_BASE_URL / CMS_API_ROOT (a self-hosted Git server) and CMS_LOCAL_BACKEND (decap-server elsewhere than :8081). */
export function cmsOriginsFromEnv(env: Record<string, string | undefined>): string[] {
  return [env.CMS_BASE_URL, env.CMS_API_ROOT, env.CMS_LOCAL_BACKEND]
    .filter((u): u is string => Boolean(u && URL.canParse(u)))
    .map((u) => new URL(u).origin);
}

/** Pages under /admin/ get the CMS policy. */
export const isAdminPath = (pathname: string) => pathname === '/admin' || pathname.startsWith('/admin/');

/**
 * The search page runs Pagefind, which compiles WebAssembly on the page when its worker cannot start. That needs
 * 'wasm-unsafe-eval' (WebAssembly only: JavaScript eval stays forbidden), on this page and nowhere else.
 */
export const isWasmPath = (pathname: string) => pathname === '/tim-kiem/' || pathname.startsWith('/tim-kiem/');

/** The page's HTML with 'wasm-unsafe-eval' added to the script-src of its <meta> policy. */
export function withWasm(html: string): string {
  const current = metaPolicyOf(html);
  if (current === undefined || /'wasm-unsafe-eval'/.test(current)) return html;
  const policy = current.replace(/(^|;)(\s*script-src\s+'self')/, "$1$2 'wasm-unsafe-eval'");
  return html.replace(META, `<meta http-equiv="content-security-policy" content="${policy.replace(/"/g, '&quot;')}">`);
}

/** Directives of a policy by name: "script-src 'self' 'sha256-x'" → { 'script-src': ["'self'", "'sha256-x'"] }. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/).filter(Boolean);
    if (name && !out.has(name.toLowerCase())) out.set(name.toLowerCase(), values);
  }
  return out;
}

const META = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"\s*\/?>/i;

/** The CSP of a built HTML page's <meta>, or undefined. */
export function metaPolicyOf(html: string): string | undefined {
  return META.exec(html)?.[1]
    ?.replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/**
 * The admin page's HTML with Astro's strict meta policy replaced by the admin policy (without frame-ancestors,
 * which a meta cannot carry). Hashes Astro computed for the page's own scripts are kept.
 */
export function withAdminPolicy(html: string, extraOrigins: readonly string[] = []): string {
  const current = metaPolicyOf(html);
  if (current === undefined) return html;
  const hashes = (parsePolicy(current).get('script-src') ?? []).filter((v) => /^'sha(256|384|512)-/.test(v));
  const policy = adminPolicy(extraOrigins)
    .split('; ')
    .filter((d) => !d.startsWith('frame-ancestors'))
    .map((d) => (d.startsWith('script-src') && hashes.length ? `${d} ${hashes.join(' ')}` : d))
    .join('; ');
  return html.replace(META, `<meta http-equiv="content-security-policy" content="${policy.replace(/"/g, '&quot;')}">`);
}
