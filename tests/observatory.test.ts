/**
 * The MDN Observatory's scoring as tests/helpers/observatory.ts writes it out, on responses whose grade the
 * published rules settle: so the A+ that tests/dist/nginx.test.ts asks of the portal is one the rules give.
 */
import { describe, expect, it } from 'vitest';
import { adminPolicy, PUBLIC_HEADER_POLICY } from '../src/lib/security/csp';
import { cspResult, gradeFor, observatoryGrade, type ObservedResponse } from './helpers/observatory';

const URL_ = 'https://portal.example.vn/';

function response(
  headers: Record<string, string | string[]>,
  meta: Record<string, string> = {},
  extra: Partial<ObservedResponse> = {},
): ObservedResponse {
  return {
    url: URL_,
    headers: new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v : [v]])),
    httpEquiv: new Map(Object.entries(meta).map(([k, v]) => [k.toLowerCase(), [v]])),
    scripts: [],
    redirects: ['http://portal.example.vn/', URL_],
    ...extra,
  };
}

const GOOD = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'same-origin',
  'Content-Security-Policy': PUBLIC_HEADER_POLICY,
};
const PAGE_META =
  "default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self' 'sha256-def='; img-src 'self' data:; object-src 'none'";

describe('the grade chart', () => {
  it('reads grades as the chart gives them', () => {
    expect([135, 100, 99, 90, 89, 85, 80, 79, 70, 65, 60, 50, 45, 40, 30, 25, 24, 0].map(gradeFor)).toEqual([
      'A+',
      'A+',
      'A',
      'A',
      'A-',
      'A-',
      'B+',
      'B',
      'B',
      'B-',
      'C+',
      'C',
      'C-',
      'D+',
      'D',
      'D-',
      'F',
      'F',
    ]);
  });
});

describe('Content Security Policy', () => {
  it('reads header and <meta> together, frame-ancestors from headers only', () => {
    expect(cspResult(response({}))).toBe('csp-not-implemented');
    expect(
      cspResult(
        response({ 'Content-Security-Policy': PUBLIC_HEADER_POLICY }, { 'Content-Security-Policy': PAGE_META }),
      ),
    ).toBe('csp-implemented-with-no-unsafe');
    // The header alone leaves scripts unrestricted.
    expect(cspResult(response({ 'Content-Security-Policy': PUBLIC_HEADER_POLICY }))).toBe(
      'csp-implemented-with-unsafe-inline',
    );
    expect(cspResult(response({}, { 'Content-Security-Policy': "default-src 'none'; form-action 'self'" }))).toBe(
      'csp-implemented-with-no-unsafe-default-src-none',
    );
  });

  it('takes the most serious weakness', () => {
    const with_ = (policy: string) => cspResult(response({}, { 'Content-Security-Policy': policy }));
    expect(with_("default-src 'self'; script-src 'self' 'unsafe-inline'")).toBe('csp-implemented-with-unsafe-inline');
    expect(with_("default-src 'self'; script-src 'self' https:")).toBe('csp-implemented-with-unsafe-inline');
    expect(with_("default-src 'self'; object-src *")).toBe('csp-implemented-with-unsafe-inline');
    expect(with_("default-src 'self'; connect-src 'self' http://127.0.0.1:8081")).toBe(
      'csp-implemented-with-insecure-scheme',
    );
    expect(with_("default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'")).toBe(
      'csp-implemented-with-unsafe-eval',
    );
    expect(with_("default-src 'self'; img-src 'self' http://cdn.example")).toBe(
      'csp-implemented-with-insecure-scheme-in-passive-content-only',
    );
    expect(with_("default-src 'self'; style-src 'self' 'unsafe-inline'")).toBe(
      'csp-implemented-with-unsafe-inline-in-style-src-only',
    );
    // 'unsafe-inline' beside a hash is ignored by browsers, so by the scoring too.
    expect(with_("default-src 'self'; script-src 'self' 'unsafe-inline' 'sha256-abc='")).toBe(
      'csp-implemented-with-no-unsafe',
    );
  });

  it('finds a directive given twice invalid, and refuses to guess about strict-dynamic', () => {
    expect(cspResult(response({ 'Content-Security-Policy': "default-src 'self'; default-src 'none'" }))).toBe(
      'csp-header-invalid',
    );
    expect(() => cspResult(response({ 'Content-Security-Policy': "script-src 'strict-dynamic' 'nonce-x'" }))).toThrow(
      /strict-dynamic/,
    );
  });
});

describe('the score', () => {
  it('of a response without any security header: F', () => {
    const grade = observatoryGrade(response({}, {}, { redirects: ['http://portal.example.vn/'] }));
    // CSP −25, no redirection to HTTPS −20, HSTS −20, X-Content-Type-Options −5, X-Frame-Options −20.
    expect(grade).toMatchObject({ score: 10, grade: 'F' });
  });

  it('adds bonuses only from 90 up', () => {
    // The portal's headers with HSTS missing: 80, and the referrer and frame-ancestors bonuses not given.
    const { 'Strict-Transport-Security': _, ...noHsts } = GOOD;
    expect(observatoryGrade(response(noHsts, { 'Content-Security-Policy': PAGE_META }))).toMatchObject({
      score: 80,
      grade: 'B+',
    });
    expect(observatoryGrade(response(GOOD, { 'Content-Security-Policy': PAGE_META }))).toMatchObject({
      score: 115,
      grade: 'A+',
    });
  });

  it('of the CMS page served with the local decap-server in its policy, as the admin page was built before: not A+', () => {
    const withLocal = adminPolicy().replace('connect-src ', 'connect-src http://127.0.0.1:8081 ');
    // Two policies in headers, the meta a third: the insecure local origin costs 20 points.
    const grade = observatoryGrade(
      response(
        { ...GOOD, 'Content-Security-Policy': [PUBLIC_HEADER_POLICY, withLocal] },
        { 'Content-Security-Policy': withLocal },
      ),
    );
    expect(grade.results[0]).toMatchObject({ result: 'csp-implemented-with-insecure-scheme', modifier: -20 });
    expect(grade).toMatchObject({ score: 80, grade: 'B+' });
  });

  it('counts Subresource Integrity and Cross-Origin-Resource-Policy as the rules say', () => {
    const page = (scripts: ObservedResponse['scripts'], corp?: string) =>
      observatoryGrade(
        response(
          { ...GOOD, ...(corp ? { 'Cross-Origin-Resource-Policy': corp } : {}) },
          { 'Content-Security-Policy': PAGE_META },
          { scripts },
        ),
      );
    expect(page([{ src: '/sw-register.js' }]).score).toBe(115);
    expect(
      page([{ src: 'https://cdn.example/x.js' }]).results.find((r) => r.test === 'subresource-integrity'),
    ).toMatchObject({ modifier: -5 });
    expect(page([{ src: '//cdn.example/x.js' }]).results.find((r) => r.test === 'subresource-integrity')).toMatchObject(
      { modifier: -50 },
    );
    expect(page([{ src: '/sw-register.js' }], 'same-origin').score).toBe(125);
    expect(page([{ src: '/sw-register.js' }], 'bogus').score).toBe(110);
  });

  it('refuses to guess about cookies, which this portal does not set', () => {
    expect(() => observatoryGrade(response({ ...GOOD, 'Set-Cookie': 'a=b' }))).toThrow(/cookies/);
  });
});
