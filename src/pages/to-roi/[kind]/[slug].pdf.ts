/** A leaflet's PDF (two A5 pages), made at build time by src/build/leaflet-pdf.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { leafletOf, leafletTargets } from '../../../data/leaflets';

export const getStaticPaths = (async () =>
  (await leafletTargets()).map((target) => ({
    params: { kind: target.segment, slug: target.entry.id },
    props: { collection: target.collection, id: target.entry.id },
  }))) satisfies GetStaticPaths;

// Drawn for the configured `site`: the QR code points at it.
export const GET: APIRoute = async ({ props, site }) => {
  const { collection, id } = props as { collection: 'guides' | 'articles'; id: string };
  const view = await leafletOf(site!, collection, id);
  return new Response((await view!.pdf) as BodyInit, { headers: { 'Content-Type': 'application/pdf' } });
};
