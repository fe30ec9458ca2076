/**
 * Runs at build time for every prerendered page. Only /admin/ (Decap CMS) is touched: its <meta> CSP is swapped
 * for the CMS policy, because Astro writes the same strict policy into every page and a page cannot loosen it
 * afterwards. Any page added under src/pages/admin/ gets this without doing anything itself.
 */
import { defineMiddleware } from 'astro:middleware';
import { cmsOriginsFromEnv, isAdminPath, withAdminPolicy } from './lib/csp';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!isAdminPath(context.url.pathname) || !response.headers.get('content-type')?.includes('text/html')) return response;
  const html = withAdminPolicy(await response.text(), cmsOriginsFromEnv(process.env));
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
