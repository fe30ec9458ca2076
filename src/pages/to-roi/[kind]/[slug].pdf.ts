/** A leaflet's PDF (two A5 pages), made at build time by src/build/leaflet-pdf.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { leafletEntries, leafletOf } from '../../../data/leaflets';
import { LEAFLET_SEGMENTS } from '../../../lib/site/urls';

export const getStaticPaths = (async () =>
  (await leafletEntries()).map(({ collection, entry }) => ({
    params: { kind: LEAFLET_SEGMENTS[collection], slug: entry.id },
    props: { collection },
  }))) satisfies GetStaticPaths;

// The configured `site` (astro.config.mjs), never the environment: the QR codes point at it.
export const GET: APIRoute = async ({ props, params, site }) => {
  const view = await leafletOf(site!, (props as { collection: 'guides' | 'articles' }).collection, params.slug!);
  return new Response((await view!.pdf) as BodyInit, { headers: { 'Content-Type': 'application/pdf' } });
};
