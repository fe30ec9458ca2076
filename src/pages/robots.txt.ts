/**
 * Launch builds: everything may be indexed except the editors' CMS, and the sitemap lists every public page.
 * Demo builds: nothing is for search engines.
 */
import type { APIRoute } from 'astro';
import { isDemoSite } from '../lib/site/site-mode';

export const GET: APIRoute = ({ site }) => {
  const rules = isDemoSite(site)
    ? ['User-agent: *', 'Disallow: /']
    : ['User-agent: *', 'Disallow: /admin/', '', `Sitemap: ${new URL('/sitemap-index.xml', site).href}`];
  return new Response([...rules, ''].join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
