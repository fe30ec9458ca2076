/** A bulletin's script as plain text, to download and print or read from any device. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadBulletins } from '../../data/bulletins';
import { scriptText } from '../../lib/materials/bulletin';

export const getStaticPaths = (async () =>
  (await loadBulletins()).map(({ entry }) => ({
    params: { slug: entry.id },
    props: { text: scriptText(entry.data.title, entry.body ?? '') },
  }))) satisfies GetStaticPaths;

// The byte-order mark lets a browser or a text editor that is not told the encoding still read it as UTF-8.
export const GET: APIRoute = ({ props }) =>
  new Response(`\uFEFF${(props as { text: string }).text}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
