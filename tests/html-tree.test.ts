import { parse, parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { attribute, childElements, elements, findElement, hasClass, textOf } from '../src/lib/html/tree';

describe('walking parsed HTML', () => {
  const page = parse(
    '<main class="a  panel"><dl><dt>Tình trạng</dt><dd>Còn&nbsp;hiệu lực &amp; <b>đã</b>xác minh</dd></dl>' +
      '<script>var ngày = "ngày";</script><style>p{}</style><p id="x" class="relation">Một</p><p id="y">Hai</p></main>',
  );

  it('reads text as a reader does: a space at each element edge, references decoded, script and style left out', () => {
    // &nbsp; decoded, then counted as white space like any other.
    expect(textOf(findElement(page, (e) => e.tagName === 'dl')!)).toBe('Tình trạng Còn hiệu lực & đã xác minh');
    expect(textOf(page)).not.toContain('var');
    expect(textOf(page)).not.toContain('p{}');
  });

  it('leaves out what the caller skips, with everything inside it', () => {
    expect(
      textOf(
        findElement(page, (e) => e.tagName === 'main')!,
        (e) => e.tagName === 'dd' || e.tagName === 'script',
      ),
    ).toBe('Tình trạng p{} Một Hai');
  });

  it('finds the first match in document order, and reads attributes and classes', () => {
    expect(
      attribute(
        findElement(page, (e) => e.tagName === 'p')!,
        'id',
      ),
    ).toBe('x');
    expect(findElement(page, (e) => e.tagName === 'table')).toBeUndefined();
    const main = findElement(page, (e) => e.tagName === 'main')!;
    expect(hasClass(main, 'panel')).toBe(true);
    expect(hasClass(main, 'pan')).toBe(false);
    expect(childElements(main).map((e) => e.tagName)).toEqual(['dl', 'script', 'style', 'p', 'p']);
    expect([...elements(main)].map((e) => e.tagName)).toEqual(['dl', 'dt', 'dd', 'b', 'script', 'style', 'p', 'p']);
  });

  it('reads markup a regular expression would misread: a slash for a space, unquoted values, a comment', () => {
    const tricky = parseFragment('<a/href=/x title=y>in</a><!-- <a href="/z">out</a> -->');
    expect([...elements(tricky)].map((e) => attribute(e, 'href'))).toEqual(['/x']);
    expect(textOf(tricky)).toBe('in');
  });
});
