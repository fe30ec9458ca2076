/**
 * Content-Security-Policy of the portal, in one place for astro.config (the <meta> Astro writes into each page
 * with hashes of its scripts and styles), the middleware that gives /admin/ its own policy, and the test that
 * checks public/_headers and deploy/nginx.conf against it.
 *
 * Pages are read with parse5 and the policy <meta> rewritten by hast-util-to-html: never a regular expression over HTML.
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

import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { parse } from 'parse5';
import { attribute, findElement } from '../html/tree';

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
 * The CSP header sent with every URL (public/_headers "/*", deploy/antq-headers.conf). Only directives that do not
 * depend on the page: script/style hashes differ per page and live in Astro's <meta>. Because a static host
 * adds this header to /admin/ as well, nothing here may restrict Decap.
 */
export const PUBLIC_HEADER_POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

/**
 * The policy of /admin/, in its <meta> only (the header files send every URL PUBLIC_HEADER_POLICY): `connectOrigins`
 * are the Git host the build is configured for (cms/backend.ts cmsConnectOrigins), so the server needs no change
 * when the host changes. A local decap-server is never in it for a production build.
 */
export function adminPolicy(connectOrigins: readonly string[] = []): string {
  const connect = [...new Set(["'self'", ...connectOrigins])];
  return [
    "default-src 'self'",
    // Decap's bundle uses new Function() (its widgets and config parsing): 'unsafe-eval' is needed here only.
    "script-src 'self' 'unsafe-eval'",
    // Decap (emotion) injects <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    // Avatars and media previews from the Git host; blob: for images being uploaded.
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    // A bulletin's recording plays in the preview from the file just chosen (a blob: URL).
    "media-src 'self' blob:",
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

/** Pages under /admin/ get the CMS policy. */
export const isAdminPath = (pathname: string) => pathname === '/admin' || pathname.startsWith('/admin/');

/**
 * The search page runs Pagefind, which compiles WebAssembly on the page when its worker cannot start. That needs
 * 'wasm-unsafe-eval' (WebAssembly only: JavaScript eval stays forbidden), on this page and nowhere else.
 */
export const isWasmPath = (pathname: string) => pathname === '/tim-kiem/' || pathname.startsWith('/tim-kiem/');

/** The page's HTML with 'wasm-unsafe-eval' added to the script-src of its <meta> policy. */
export function withWasm(html: string): string {
  const meta = policyMeta(html);
  if (!meta) return html;
  const directives = parsePolicy(meta.policy);
  const script = directives.get('script-src');
  if (!script || script.includes("'wasm-unsafe-eval'")) return html;
  const policy = [...directives]
    .map(([name, values]) =>
      [name, ...(name === 'script-src' ? [values[0]!, "'wasm-unsafe-eval'", ...values.slice(1)] : values)].join(' '),
    )
    .join('; ');
  return replaceMeta(html, meta, policy);
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

interface PolicyMeta {
  policy: string;
  start: number;
  end: number;
}

/** The page's <meta http-equiv="content-security-policy">, found by parse5 (the HTML standard's parser), with its place. */
function policyMeta(html: string): PolicyMeta | undefined {
  const meta = findElement(
    parse(html, { sourceCodeLocationInfo: true }),
    (e) => e.tagName === 'meta' && attribute(e, 'http-equiv')?.toLowerCase() === 'content-security-policy',
  );
  const where = meta?.sourceCodeLocation;
  return meta && where
    ? { policy: attribute(meta, 'content') ?? '', start: where.startOffset, end: where.endOffset }
    : undefined;
}

/** The HTML with the policy <meta> replaced by one carrying `policy`, written by hast-util-to-html. */
function replaceMeta(html: string, meta: PolicyMeta, policy: string): string {
  const element = toHtml(h('meta', { httpEquiv: 'content-security-policy', content: policy }));
  return `${html.slice(0, meta.start)}${element}${html.slice(meta.end)}`;
}

/** The CSP of a built HTML page's <meta>, or undefined. */
export function metaPolicyOf(html: string): string | undefined {
  return policyMeta(html)?.policy;
}

/**
 * The admin page's HTML with Astro's strict meta policy replaced by the admin policy (without frame-ancestors,
 * which a meta cannot carry). Hashes Astro computed for the page's own scripts are kept.
 */
export function withAdminPolicy(html: string, extraOrigins: readonly string[] = []): string {
  const meta = policyMeta(html);
  if (!meta) return html;
  const hashes = (parsePolicy(meta.policy).get('script-src') ?? []).filter((v) => /^'sha(256|384|512)-/.test(v));
  const policy = adminPolicy(extraOrigins)
    .split('; ')
    .filter((d) => !d.startsWith('frame-ancestors'))
    .map((d) => (d.startsWith('script-src') && hashes.length ? `${d} ${hashes.join(' ')}` : d))
    .join('; ');
  return replaceMeta(html, meta, policy);
}
