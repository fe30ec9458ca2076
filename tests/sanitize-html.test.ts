/**
 * Feed HTML is cleaned on a parsed tree (src/lib/security/sanitize-html.ts). Held to a published list of filter-
 * evasion payloads, OWASP's XSS Filter Evasion Cheat Sheet (tests/fixtures/xss/filter-evasion.json says where each
 * comes from), and to the attacks tried on this portal: whatever goes in, what comes out parses (as a browser
 * parses it) into allowed elements only, without event handlers or styles, and with every URL within the rule.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { FEED_HTML_SCHEMA, sanitizeHtml } from '../src/lib/security/sanitize-html';
import { isAllowedUrl } from '../src/lib/security/url-safety';

const FIXTURE = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/xss/filter-evasion.json'), 'utf8')) as {
  owasp: string[];
  extra: string[];
};
const SITE = 'https://antq.congan-thunghiem.vn';
const ALLOWED = new Set(FEED_HTML_SCHEMA.tagNames);

/** What a browser builds from the cleaned HTML, and every way it could still run code. */
function dangers(html: string): string[] {
  const found: string[] = [];
  const tree: Root = fromHtml(html, { fragment: true });
  visit(tree, (node) => {
    if (node.type === 'comment') found.push('comment');
    if (node.type !== 'element') return;
    const element = node as Element;
    if (!ALLOWED.has(element.tagName)) found.push(`<${element.tagName}>`);
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name)) found.push(`${element.tagName}.${name}`);
      if (['style', 'className', 'id', 'background', 'dynsrc', 'lowsrc', 'formAction', 'action'].includes(name))
        found.push(`${element.tagName}.${name}`);
      if (['href', 'src', 'cite', 'poster'].includes(name) && !isAllowedUrl(String(value), { fragments: true }))
        found.push(`${element.tagName}.${name}=${String(value)}`);
      if (name === 'srcSet')
        for (const candidate of String(value).split(','))
          if (!isAllowedUrl(candidate.trim().split(/\s+/)[0] ?? '')) found.push(`${element.tagName}.srcset=${value}`);
    }
  });
  return found;
}

describe('the sanitizer against published filter-evasion payloads', () => {
  it('has the list to test', () => expect(FIXTURE.owasp.length).toBeGreaterThanOrEqual(80));

  it.each(FIXTURE.owasp.map((p, i) => [i, p]))('OWASP vector %i leaves nothing that runs', (_, payload) => {
    for (const wrapped of [payload, `<p>${payload}</p>`, `<div><ul><li>${payload}</li></ul></div>`]) {
      const clean = sanitizeHtml(wrapped, SITE);
      expect(dangers(clean), clean).toEqual([]);
      expect(clean).not.toMatch(/<(script|style|iframe|object|embed|meta|link|base|svg|frame|body|xml)\b/i);
      // Stable: cleaning the result again changes nothing, so there is no second-pass mutation.
      expect(sanitizeHtml(clean, SITE)).toBe(clean);
    }
  });

  it.each(FIXTURE.extra.map((p, i) => [i, p]))('attack %i on this portal leaves nothing that runs', (_, payload) => {
    const clean = sanitizeHtml(payload, SITE);
    expect(dangers(clean), clean).toEqual([]);
    expect(clean).not.toMatch(/javascript|data:|\/\/evil|onerror|<svg|<math|<form|<button/i);
  });

  it('removes the attribute, not the text: the reader still reads the link text', () => {
    expect(sanitizeHtml('<p><a/href="javascript:alert(1)">Đọc tiếp</a></p>', SITE)).toBe('<p><a>Đọc tiếp</a></p>');
  });
});

describe('what the sanitizer keeps', () => {
  it('makes site paths absolute in href, src and srcset, and keeps other safe addresses as they are', () => {
    const html =
      '<p><img src="/_astro/a.webp" srcset="/_astro/a-360.webp 360w, /_astro/a-720.webp 720w" alt="Ảnh" width="720" height="405">' +
      '<a href=\'/tin-tuc/\'>Tin</a> <a href="https://zalo.me/">Zalo</a> <a href="#muc-2">Mục 2</a></p>';
    const clean = sanitizeHtml(html, SITE);
    expect(clean).toContain(`src="${SITE}/_astro/a.webp"`);
    expect(clean).toContain(`srcset="${SITE}/_astro/a-360.webp 360w, ${SITE}/_astro/a-720.webp 720w"`);
    expect(clean).toContain(`href="${SITE}/tin-tuc/"`);
    expect(clean).toContain('href="https://zalo.me/"');
    expect(clean).toContain('href="#muc-2"');
    expect(clean).toContain('alt="Ảnh" width="720" height="405"');
  });

  it('keeps the structure of a rendered body: headings, lists, tables, figures, quotes, emphasis', () => {
    const html =
      '<h2 id="cac-buoc">Các bước</h2><ol><li><strong>Một</strong></li><li><em>Hai</em></li></ol>' +
      '<table><thead><tr><th scope="col">A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>' +
      '<figure><img src="https://a.vn/x.jpg" alt="x"><figcaption>Chú thích</figcaption></figure>' +
      '<blockquote><p>Trích</p></blockquote><aside class="notice"><p>Lưu ý</p></aside>';
    const clean = sanitizeHtml(html, SITE);
    for (const tag of ['<h2>', '<ol>', '<li><strong>', '<th scope="col">', '<figure>', '<figcaption>', '<blockquote>'])
      expect(clean).toContain(tag);
    // Classes, ids and styles mean nothing in a feed reader and can clobber its page: dropped.
    expect(clean).toContain('<aside><p>Lưu ý</p></aside>');
    expect(clean).not.toMatch(/class=|id=/);
  });

  it('drops a protocol-relative or relative address, which would leave the site', () => {
    expect(sanitizeHtml('<a href="//cdn.example/x">c</a><a href="../x">d</a>', SITE)).toBe('<a>c</a><a>d</a>');
  });
});
