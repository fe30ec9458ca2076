/**
 * Reading public/_headers the way Netlify and Cloudflare Pages do (every matching rule applies, same names
 * accumulate), so a test can compare it with what Debian's nginx sends with deploy/nginx.conf.
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
