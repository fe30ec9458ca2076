/** Reading <head> data from built HTML without a browser. */

export function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** All <meta property|name content> pairs (a key may repeat, e.g. article:tag). */
export function metaOf(html: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of html.matchAll(/<meta\s+(?:property|name)="([^"]+)"\s+content="([^"]*)"/g)) {
    out.set(m[1]!, [...(out.get(m[1]!) ?? []), decodeEntities(m[2]!)]);
  }
  return out;
}

export function jsonLdOf(html: string): Record<string, any>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
}

export function linksOf(html: string, rel: string): { href: string; type?: string; title?: string }[] {
  return [...html.matchAll(/<link\s+([^>]*)>/g)]
    .map((m) =>
      Object.fromEntries([...m[1]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!, decodeEntities(a[2]!)])),
    )
    .filter((a) => a.rel === rel) as { href: string; type?: string; title?: string }[];
}

/** Every <script> start tag with its attributes. */
export function scriptsOf(html: string): Record<string, string>[] {
  return [...html.matchAll(/<script\b([^>]*)>/g)].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map((a) => [a[1]!, a[2] ?? ''])),
  );
}

/**
 * Markup the HTML parser has to move back into <body>: anything after </body> or </html>. html-validate
 * accepts it (a browser does too, with a parse error), so the HTML sweep checks for it itself.
 */
export function outsideBody(html: string): string {
  const end = html.search(/<\/body\s*>/i);
  return end < 0
    ? ''
    : html
        .slice(end)
        .replace(/<\/body\s*>|<\/html\s*>/gi, '')
        .trim();
}
