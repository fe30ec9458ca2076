/**
 * Demo or launch. A build without SITE_URL is a demonstration of the starter site: every page says so, is not
 * for search engines, and its absolute links use the address `npm start` serves. A build with SITE_URL is a
 * launch build, checked by src/lib/site/launch-check.ts before anything is built.
 */
import { t } from '../../i18n/vi';

/** Where `npm start` (astro preview --host 127.0.0.1) serves the site. */
export const DEMO_ORIGIN = 'http://127.0.0.1:4321';

export interface SiteMode {
  kind: 'demo' | 'launch';
  /** The site's public address, Astro's `site`. */
  site: string;
}

export function siteMode(env: Readonly<Record<string, string | undefined>>): SiteMode {
  const url = env.SITE_URL?.trim();
  return url ? { kind: 'launch', site: url } : { kind: 'demo', site: DEMO_ORIGIN };
}

/** Whether pages built for this address are the demonstration. */
export const isDemoSite = (site: URL | string | undefined): boolean =>
  site !== undefined && new URL(site).origin === DEMO_ORIGIN;

/**
 * Who publishes the site, as readers see it. A demonstration's settings hold starter values ("[Tên Công an tỉnh]"),
 * which must not read as an issuer: it names no agency and no unit. A launch build's settings are checked to hold
 * none (launch-check.ts), so it names them as written.
 */
export function publisher(
  settings: { agency: string; unit?: string | undefined },
  site: URL | string | undefined,
): { agency: string; unit?: string } {
  if (isDemoSite(site)) return { agency: t('demo.publisher') };
  return settings.unit ? { agency: settings.agency, unit: settings.unit } : { agency: settings.agency };
}
