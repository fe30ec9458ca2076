/** A leaflet's PDF (two A5 pages), made at build time by src/build/leaflet-pdf.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadLeaflets } from '../../../data/leaflets';

export const getStaticPaths = (async () => {
  // The configured `site` (astro.config.mjs): the QR codes point at it.
  const leaflets = await loadLeaflets(new URL(import.meta.env.SITE));
  return leaflets.map((l) => ({ params: { kind: l.segment, slug: l.entry.id }, props: { pdf: l.pdf } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response((await (props as { pdf: Promise<Uint8Array> }).pdf) as BodyInit, {
    headers: { 'Content-Type': 'application/pdf' },
  });
