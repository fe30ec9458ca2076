/** Every built HTML file passes html-validate (rules and their commented exceptions: .htmlvalidate.json). */
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtHtmlFiles } from '../helpers/dist';
import { DIST } from '../helpers/preview';
import { outsideBody } from '../helpers/html';
import { readFileSync } from 'node:fs';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const text = formatterFactory('text');

describe('valid HTML', () => {
  // Strings are validated as if they were a file in dist/, so the project configuration applies.
  const probe = (html: string) => validator.validateString(html, join(DIST, 'probe.html'));
  const page = (body: string, title = 'Trang') => `<!DOCTYPE html><html lang="vi"><head><title>${title}</title></head><body>${body}</body></html>`;

  it('catches invalid markup (the validator works on this setup)', async () => {
    expect((await probe(page('<p><div></div></p>'))).valid).toBe(false);
    expect((await probe(page('<footer role="contentinfo">x</footer>'))).valid).toBe(false);
  });

  it('applies only the documented exceptions', async () => {
    expect((await probe(page('<h1 id="45-loai-mo-hinh">45 loại mô hình</h1>', 'T'.repeat(90)))).valid).toBe(true);
    expect((await probe(page('<h1 id="45 loai">x</h1>'))).valid).toBe(false);
  });

  it('catches content after </body> or </html>', () => {
    expect(outsideBody('<html><body><p>x</p></body></html><script src="/a.js"></script>')).toBe('<script src="/a.js"></script>');
    expect(outsideBody('<html><body><p>x</p></body><p>y</p></html>\n')).toBe('<p>y</p>');
    expect(outsideBody('<html><body><p>x</p></body></html>\n')).toBe('');
  });

  it.each(builtHtmlFiles())('%s', async (file) => {
    const report = await validator.validateFile(join(DIST, file));
    expect(report.errorCount, text(report.results)).toBe(0);
    expect(outsideBody(readFileSync(join(DIST, file), 'utf8')), 'markup after </body>').toBe('');
  });
});
