/**
 * Runs at build time for every prerendered page. Only /admin/ (Decap CMS) and the search page are touched: the
 * admin page's <meta> CSP is swapped for the CMS policy, because Astro writes the same strict policy into every page and a page cannot loosen it
 * afterwards. Any page under /admin/ gets this without doing anything itself.
 */
import { defineMiddleware } from 'astro:middleware';
import { cmsConnectOrigins, cmsEnvFor } from '../cms/backend';
import { isAdminPath, isWasmPath, withAdminPolicy, withWasm } from './lib/security/csp';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const { pathname } = context.url;
  if (!(isAdminPath(pathname) || isWasmPath(pathname)) || !response.headers.get('content-type')?.includes('text/html'))
    return response;
  const page = await response.text();
  // The search page (Pagefind) may compile WebAssembly: 'wasm-unsafe-eval' there and only there.
  const html = isAdminPath(pathname)
    ? withAdminPolicy(page, cmsConnectOrigins(cmsEnvFor(process.env, import.meta.env.DEV)))
    : withWasm(page);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
