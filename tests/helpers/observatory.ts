/**
 * The MDN HTTP Observatory's grade of one response, computed here from its published rules ("HTTP Observatory
 * Tests & Scoring", developer.mozilla.org/en-US/observatory/docs/tests_and_scoring): every site starts at 100,
 * penalties are taken off, bonuses are added only when the result is 90 or more, and the grade is read from
 * the chart (100 and up: A+).
 *
 * Only the rules this portal can meet are implemented; a response that would need another one (cookies, a
 * 'strict-dynamic' policy) throws, so the test fails instead of guessing. Where the documentation says what a
 * result means but not how to combine several policies, the browser's rule is used: a response's header
 * policies and its <meta> policies all apply, so a source counts only if every policy restricting that
 * directive allows it (frame-ancestors only from headers, which is the only place a browser reads it).
 */

export interface ObservedResponse {
  /** The address scanned, https://… */
  url: string;
  /** Response headers, names in lower case, every value of a repeated header. */
  headers: Map<string, string[]>;
  /** `<meta http-equiv>` values of the page, names in lower case. */
  httpEquiv: Map<string, string[]>;
  /** The page's `<script src>` elements. */
  scripts: { src: string; integrity?: string }[];
  /** The addresses a request for http://<host>/ was redirected through, in order, ending with the final one. */
  redirects: string[];
}

export interface TestResult {
  test: string;
  result: string;
  modifier: number;
}

export interface Grade {
  score: number;
  grade: string;
  results: TestResult[];
}

const MODIFIERS: Record<string, number> = {
  'csp-implemented-with-no-unsafe-default-src-none': 10,
  'csp-implemented-with-no-unsafe': 5,
  'csp-implemented-with-unsafe-inline-in-style-src-only': 0,
  'csp-implemented-with-insecure-scheme-in-passive-content-only': -10,
  'csp-implemented-with-unsafe-eval': -10,
  'csp-implemented-with-unsafe-inline': -20,
  'csp-implemented-with-insecure-scheme': -20,
  'csp-header-invalid': -25,
  'csp-not-implemented': -25,
  'cookies-not-found': 0,
  'cross-origin-resource-sharing-not-implemented': 0,
  'cross-origin-resource-sharing-implemented-with-public-access': 0,
  'cross-origin-resource-sharing-implemented-with-restricted-access': 0,
  'cross-origin-resource-sharing-implemented-with-universal-access': -50,
  'redirection-to-https': 0,
  'redirection-off-host-from-http': -5,
  'redirection-not-to-https-on-initial-redirection': -10,
  'redirection-not-to-https': -20,
  'redirection-missing': -20,
  'referrer-policy-private': 5,
  'referrer-policy-not-implemented': 0,
  'referrer-policy-unsafe': -5,
  'referrer-policy-header-invalid': -5,
  'hsts-implemented-max-age-at-least-six-months': 0,
  'hsts-implemented-max-age-less-than-six-months': -10,
  'hsts-not-implemented': -20,
  'hsts-header-invalid': -20,
  'sri-implemented-and-all-scripts-loaded-securely': 5,
  'sri-implemented-and-external-scripts-loaded-securely': 5,
  'sri-not-implemented-but-no-scripts-loaded': 0,
  'sri-not-implemented-but-all-scripts-loaded-from-secure-origin': 0,
  'sri-not-implemented-but-external-scripts-loaded-securely': -5,
  'sri-implemented-but-external-scripts-not-loaded-securely': -20,
  'sri-not-implemented-and-external-scripts-not-loaded-securely': -50,
  'x-content-type-options-nosniff': 0,
  'x-content-type-options-not-implemented': -5,
  'x-content-type-options-header-invalid': -5,
  'x-frame-options-implemented-via-csp': 5,
  'x-frame-options-sameorigin-or-deny': 0,
  'x-frame-options-allow-from-origin': 0,
  'x-frame-options-not-implemented': -20,
  'x-frame-options-header-invalid': -20,
  'corp-not-implemented': 0,
  'corp-implemented-with-same-origin': 10,
  'corp-implemented-with-same-site': 10,
  'corp-implemented-with-cross-origin': 0,
  'corp-header-invalid': -5,
};

const GRADES: [number, string][] = [
  [100, 'A+'],
  [90, 'A'],
  [85, 'A-'],
  [80, 'B+'],
  [70, 'B'],
  [65, 'B-'],
  [60, 'C+'],
  [50, 'C'],
  [45, 'C-'],
  [40, 'D+'],
  [30, 'D'],
  [25, 'D-'],
  [0, 'F'],
];

export function gradeFor(score: number): string {
  return GRADES.find(([min]) => score >= min)![1];
}

// ------------------------------------------------------------------------------------------------ CSP

type Policy = Map<string, string[]>;

/** A policy's directives; a directive given twice makes the policy unparseable ("csp-header-invalid"). */
export function parseCsp(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const directive = name.toLowerCase();
    if (policy.has(directive)) throw new Error(`directive ${directive} twice`);
    // A source list with nothing in it allows nothing.
    policy.set(directive, sources.length ? sources.map((s) => s.toLowerCase()) : ["'none'"]);
  }
  if (policy.size === 0) throw new Error('empty policy');
  return policy;
}

/** Sources too broad to restrict anything. */
const BROAD = new Set(['*', 'http:', 'https:', 'ftp:', 'http://*', 'https://*', 'http://*.*', 'https://*.*']);
const INLINE = new Set(["'unsafe-inline'", 'data:']);
const FALLS_BACK_TO_DEFAULT = new Set([
  'script-src',
  'style-src',
  'object-src',
  'img-src',
  'media-src',
  'connect-src',
  'font-src',
  'frame-src',
  'worker-src',
  'manifest-src',
]);
const PASSIVE = new Set(['img-src', 'media-src']);
const hasHashOrNonce = (sources: string[]) => sources.some((s) => /^'(sha256|sha384|sha512|nonce)-/.test(s));

/** What one policy allows for a directive, after its fallback to default-src; undefined: it does not restrict it. */
function sourcesIn(policy: Policy, directive: string): string[] | undefined {
  const own = policy.get(directive) ?? (FALLS_BACK_TO_DEFAULT.has(directive) ? policy.get('default-src') : undefined);
  if (!own) return undefined;
  // Browsers ignore 'unsafe-inline' beside a hash or nonce.
  if ((directive === 'script-src' || directive === 'style-src') && hasHashOrNonce(own))
    return own.filter((s) => s !== "'unsafe-inline'");
  return own;
}

/** What every policy lets through for a directive: ["*"] when none restricts it. */
function effective(policies: Policy[], directive: string): string[] {
  const lists = policies.map((p) => sourcesIn(p, directive)).filter((l): l is string[] => l !== undefined);
  if (lists.length === 0) return ['*'];
  return lists.reduce((a, b) => a.filter((s) => b.includes(s)));
}

export function cspResult(response: ObservedResponse): string {
  const headerTexts = (response.headers.get('content-security-policy') ?? []).flatMap((v) => v.split(','));
  const metaTexts = (response.httpEquiv.get('content-security-policy') ?? []).flatMap((v) => v.split(','));
  if (headerTexts.length + metaTexts.length === 0) return 'csp-not-implemented';
  let headers: Policy[];
  let metas: Policy[];
  try {
    headers = headerTexts.map(parseCsp);
    // A <meta> policy cannot carry these: browsers drop them.
    metas = metaTexts
      .map(parseCsp)
      .map((p) => new Map([...p].filter(([d]) => !['frame-ancestors', 'report-uri', 'sandbox'].includes(d))));
  } catch {
    return 'csp-header-invalid';
  }
  const all = [...headers, ...metas];
  if (all.some((p) => [...p.values()].some((s) => s.includes("'strict-dynamic'"))))
    throw new Error("'strict-dynamic': this scorer does not implement the Observatory's rules for it");
  const https = new URL(response.url).protocol === 'https:';
  const script = effective(all, 'script-src');
  const style = effective(all, 'style-src');
  const object = effective(all, 'object-src');
  const directives = new Set(all.flatMap((p) => [...p.keys()]));
  const active = [...directives].filter((d) => !PASSIVE.has(d)).flatMap((d) => effective(all, d));
  const passive = [...PASSIVE].flatMap((d) => effective(all, d));
  const insecure = (s: string) => s.startsWith('http:') || s.startsWith('ftp:');

  // Worst first: a response gets the one result that describes its most serious weakness.
  if (script.some((s) => BROAD.has(s) || INLINE.has(s)) || object.some((s) => BROAD.has(s)))
    return 'csp-implemented-with-unsafe-inline';
  if (https && active.some(insecure)) return 'csp-implemented-with-insecure-scheme';
  if ([...script, ...style].includes("'unsafe-eval'")) return 'csp-implemented-with-unsafe-eval';
  if (https && passive.some(insecure)) return 'csp-implemented-with-insecure-scheme-in-passive-content-only';
  if (style.some((s) => BROAD.has(s) || INLINE.has(s))) return 'csp-implemented-with-unsafe-inline-in-style-src-only';
  const defaultSrc = effective(all, 'default-src');
  const formAction = effective(all, 'form-action');
  if (
    defaultSrc.length === 1 &&
    defaultSrc[0] === "'none'" &&
    formAction.every((s) => s === "'none'" || s === "'self'")
  )
    return 'csp-implemented-with-no-unsafe-default-src-none';
  return 'csp-implemented-with-no-unsafe';
}

/** frame-ancestors is read from header policies only. */
function frameAncestorsFromHeaders(response: ObservedResponse): string[] | undefined {
  try {
    const policies = (response.headers.get('content-security-policy') ?? []).flatMap((v) => v.split(',')).map(parseCsp);
    const lists = policies.map((p) => p.get('frame-ancestors')).filter((l): l is string[] => l !== undefined);
    return lists.length ? lists.reduce((a, b) => a.filter((s) => b.includes(s))) : undefined;
  } catch {
    return undefined;
  }
}

// ------------------------------------------------------------------------------------------------ the other tests

const first = (response: ObservedResponse, name: string) => response.headers.get(name)?.[0];

function xFrameOptionsResult(response: ObservedResponse): string {
  const ancestors = frameAncestorsFromHeaders(response);
  if (ancestors && !ancestors.some((s) => BROAD.has(s))) return 'x-frame-options-implemented-via-csp';
  const value = first(response, 'x-frame-options')?.trim().toLowerCase();
  if (value === undefined) return 'x-frame-options-not-implemented';
  if (value === 'deny' || value === 'sameorigin') return 'x-frame-options-sameorigin-or-deny';
  if (value.startsWith('allow-from')) return 'x-frame-options-allow-from-origin';
  return 'x-frame-options-header-invalid';
}

function hstsResult(response: ObservedResponse): string {
  const value = first(response, 'strict-transport-security');
  if (value === undefined) return 'hsts-not-implemented';
  const maxAge = /(?:^|;)\s*max-age\s*=\s*"?(\d+)"?\s*(?:;|$)/i.exec(value);
  if (!maxAge) return 'hsts-header-invalid';
  return Number(maxAge[1]) >= 15_768_000
    ? 'hsts-implemented-max-age-at-least-six-months'
    : 'hsts-implemented-max-age-less-than-six-months';
}

function referrerPolicyResult(response: ObservedResponse): string {
  const values = [...(response.headers.get('referrer-policy') ?? []), ...(response.httpEquiv.get('referrer') ?? [])];
  if (values.length === 0) return 'referrer-policy-not-implemented';
  // Browsers use the last value they recognise.
  const tokens = values.flatMap((v) => v.split(',')).map((t) => t.trim().toLowerCase());
  const PRIVATE = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'];
  const UNSAFE = ['origin', 'origin-when-cross-origin', 'unsafe-url', 'no-referrer-when-downgrade'];
  const known = tokens.filter((t) => PRIVATE.includes(t) || UNSAFE.includes(t));
  if (known.length === 0) return 'referrer-policy-header-invalid';
  return PRIVATE.includes(known.at(-1)!) ? 'referrer-policy-private' : 'referrer-policy-unsafe';
}

function contentTypeOptionsResult(response: ObservedResponse): string {
  const value = first(response, 'x-content-type-options');
  if (value === undefined) return 'x-content-type-options-not-implemented';
  return value.trim().toLowerCase() === 'nosniff'
    ? 'x-content-type-options-nosniff'
    : 'x-content-type-options-header-invalid';
}

function cookiesResult(response: ObservedResponse): string {
  if (response.headers.has('set-cookie'))
    throw new Error('cookies: this scorer does not implement the Observatory rules for cookies');
  return 'cookies-not-found';
}

function corsResult(response: ObservedResponse): string {
  const origin = first(response, 'access-control-allow-origin')?.trim();
  if (origin === undefined) return 'cross-origin-resource-sharing-not-implemented';
  if (first(response, 'access-control-allow-credentials')?.trim().toLowerCase() === 'true')
    return 'cross-origin-resource-sharing-implemented-with-universal-access';
  return origin === '*'
    ? 'cross-origin-resource-sharing-implemented-with-public-access'
    : 'cross-origin-resource-sharing-implemented-with-restricted-access';
}

function redirectionResult(response: ObservedResponse): string {
  const [start, next, ...rest] = response.redirects.map((u) => new URL(u));
  if (!start || !next) return 'redirection-missing';
  const last = rest.at(-1) ?? next;
  if (last.protocol !== 'https:') return 'redirection-not-to-https';
  if (next.protocol !== 'https:') return 'redirection-not-to-https-on-initial-redirection';
  if (next.hostname !== start.hostname) return 'redirection-off-host-from-http';
  return 'redirection-to-https';
}

function sriResult(response: ObservedResponse): string {
  if (response.scripts.length === 0) return 'sri-not-implemented-but-no-scripts-loaded';
  const page = new URL(response.url);
  const scripts = response.scripts.map((s) => ({
    url: new URL(s.src, page),
    relative: s.src.startsWith('//') ? 'protocol' : '',
    integrity: Boolean(s.integrity),
  }));
  const external = scripts.filter((s) => s.url.origin !== page.origin);
  const insecure = external.some((s) => s.url.protocol !== 'https:' || s.relative === 'protocol');
  const allWithIntegrity = scripts.every((s) => s.integrity);
  if (external.length === 0)
    return allWithIntegrity
      ? 'sri-implemented-and-all-scripts-loaded-securely'
      : 'sri-not-implemented-but-all-scripts-loaded-from-secure-origin';
  if (allWithIntegrity)
    return insecure
      ? 'sri-implemented-but-external-scripts-not-loaded-securely'
      : 'sri-implemented-and-external-scripts-loaded-securely';
  return insecure
    ? 'sri-not-implemented-and-external-scripts-not-loaded-securely'
    : 'sri-not-implemented-but-external-scripts-loaded-securely';
}

function corpResult(response: ObservedResponse): string {
  const value = first(response, 'cross-origin-resource-policy')?.trim().toLowerCase();
  if (value === undefined) return 'corp-not-implemented';
  if (value === 'same-origin') return 'corp-implemented-with-same-origin';
  if (value === 'same-site') return 'corp-implemented-with-same-site';
  if (value === 'cross-origin') return 'corp-implemented-with-cross-origin';
  return 'corp-header-invalid';
}

/** The response's score and grade, with each test's result. */
export function observatoryGrade(response: ObservedResponse): Grade {
  const tests: [string, (r: ObservedResponse) => string][] = [
    ['content-security-policy', cspResult],
    ['cookies', cookiesResult],
    ['cross-origin-resource-sharing', corsResult],
    ['redirection', redirectionResult],
    ['referrer-policy', referrerPolicyResult],
    ['strict-transport-security', hstsResult],
    ['subresource-integrity', sriResult],
    ['x-content-type-options', contentTypeOptionsResult],
    ['x-frame-options', xFrameOptionsResult],
    ['cross-origin-resource-policy', corpResult],
  ];
  const results = tests.map(([test, run]) => {
    const result = run(response);
    const modifier = MODIFIERS[result];
    if (modifier === undefined) throw new Error(`no modifier for ${result}`);
    return { test, result, modifier };
  });
  const penalties = results.reduce((sum, r) => sum + Math.min(r.modifier, 0), 0);
  const bonuses = results.reduce((sum, r) => sum + Math.max(r.modifier, 0), 0);
  const base = Math.max(0, 100 + penalties);
  const score = base >= 90 ? base + bonuses : base;
  return { score, grade: gradeFor(score), results };
}
