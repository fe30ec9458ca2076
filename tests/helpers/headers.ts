/**
 * Reading the two deployment header files the way their servers do, so a test can compare them:
 * public/_headers (Netlify / Cloudflare Pages: every matching rule applies, same names accumulate) and
 * deploy/nginx.conf (longest matching prefix location; its add_header lines replace the server's).
 */

/** Header name (lower case) → values in order; a header sent twice has two values. */
export type HeaderSet = Map<string, string[]>;

function add(set: HeaderSet, name: string, value: string) {
  const key = name.toLowerCase();
  set.set(key, [...(set.get(key) ?? []), value]);
}

/** Rules of a _headers file: URL pattern and its headers. */
export function parseHeadersFile(text: string): { pattern: string; headers: [string, string][] }[] {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const m = /^\s+([^:\s]+):\s*(.*)$/.exec(line);
      if (!m || rules.length === 0) throw new Error(`_headers: dòng không hiểu được: ${line}`);
      rules.at(-1)!.headers.push([m[1]!, m[2]!.trim()]);
    }
  }
  return rules;
}

const matchesPattern = (pattern: string, path: string) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path);

export function headersFromHeadersFile(text: string, path: string): HeaderSet {
  const set: HeaderSet = new Map();
  for (const rule of parseHeadersFile(text))
    if (matchesPattern(rule.pattern, path)) for (const [n, v] of rule.headers) add(set, n, v);
  return set;
}

interface NginxBlock {
  location?: { exact: boolean; path: string };
  headers: [string, string][];
}

/** The HTTPS server block's add_header lines, at server level and per location (prefix and exact only). */
export function parseNginx(text: string): NginxBlock[] {
  const lines = text.split('\n').map((l) => l.replace(/#.*$/, '').trim());
  const blocks: NginxBlock[] = [];
  let server: NginxBlock | undefined;
  let current: NginxBlock | undefined;
  for (const line of lines) {
    if (!line) continue;
    const location = /^location\s+(=\s*)?(\S+)\s*\{$/.exec(line);
    if (/^location\b/.test(line) && !location)
      throw new Error(`nginx.conf: chỉ hỗ trợ location tiền tố hoặc "=": ${line}`);
    if (/^server\s*\{$/.test(line)) {
      server = { headers: [] };
      blocks.length = 0; // the last server block (HTTPS) is the one that serves pages
      blocks.push(server);
      current = server;
      continue;
    }
    if (location) {
      current = { location: { exact: Boolean(location[1]), path: location[2]! }, headers: [] };
      blocks.push(current);
      continue;
    }
    if (line === '}') {
      current = server;
      continue;
    }
    const header = /^add_header\s+(\S+)\s+"([^"]*)"(?:\s+always)?;$/.exec(line);
    if (header && current) current.headers.push([header[1]!, header[2]!]);
    else if (/^add_header\b/.test(line)) throw new Error(`nginx.conf: add_header không hiểu được: ${line}`);
  }
  return blocks;
}

export function headersFromNginx(text: string, path: string): HeaderSet {
  const blocks = parseNginx(text);
  const server = blocks.find((b) => !b.location)!;
  const exact = blocks.find((b) => b.location?.exact && b.location.path === path);
  const prefix = blocks
    .filter((b) => b.location && !b.location.exact && path.startsWith(b.location.path))
    .sort((a, b) => b.location!.path.length - a.location!.path.length)[0];
  const chosen = exact ?? prefix;
  const set: HeaderSet = new Map();
  for (const [n, v] of chosen && chosen.headers.length > 0 ? chosen.headers : server.headers) add(set, n, v);
  return set;
}
