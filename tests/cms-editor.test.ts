/**
 * What the CMS writes: editor components round-trip without mangling, saved data is NFC with no empty
 * leftovers, and file names made by Decap's slug options equal the site's slugify.
 */
import { fromJS } from 'immutable';
import { describe, expect, it } from 'vitest';
import { sanitizeSlug } from 'decap-cms-core/dist/esm/lib/urlHelper.js';
import { buildCmsConfig } from '../cms/config';
import {
  attributeText,
  EDITOR_COMPONENTS,
  figure,
  notice,
  steps,
  type EditorComponent,
} from '../cms/editor-components';
import { cleanEntryData, isBlank } from '../cms/normalize';
import { findMdxProblems } from '../src/build/mdx-parse-satteri';
import { slugify } from '../src/lib/text/vietnamese';

/** Decap's block tokenizer: the pattern anchored at the start of the remaining Markdown. */
function parseBlock<D extends Record<string, unknown>>(
  component: EditorComponent<D>,
  markdown: string,
): { data: D; rest: string } | undefined {
  const match = component.pattern.exec(markdown);
  if (!match || match.index !== 0) return undefined;
  return { data: component.fromBlock(match), rest: markdown.slice(match[0].length) };
}

describe('editor components', () => {
  it("follow Decap's pattern rules (anchored, no multiline flag)", () => {
    for (const c of EDITOR_COMPONENTS) {
      expect(c.pattern.source.startsWith('^'), c.id).toBe(true);
      expect(c.pattern.flags, c.id).not.toMatch(/[mgy]/);
    }
  });

  const CASES: [EditorComponent<Record<string, unknown>>, Record<string, unknown>][] = [
    [
      notice as unknown as EditorComponent<Record<string, unknown>>,
      {
        kind: 'warning',
        title: 'Cảnh giác lừa đảo',
        body: 'Công an **không** yêu cầu chuyển tiền.\n\n- Gác máy\n- Báo 113',
      },
    ],
    [notice as unknown as EditorComponent<Record<string, unknown>>, { kind: 'info', title: '', body: 'Gọi 113.' }],
    [
      steps as unknown as EditorComponent<Record<string, unknown>>,
      { items: ['**Khẩn cấp:** gọi 113.', 'Đến trụ sở Công an xã.', 'Viết đơn trình báo.'] },
    ],
    [
      figure as unknown as EditorComponent<Record<string, unknown>>,
      {
        src: '../../assets/images/articles/ngay-hoi-toan-dan.jpg',
        alt: 'Người dân dự Ngày hội',
        caption: 'Ảnh: Công an xã {Cao Sơn}',
      },
    ],
    [
      figure as unknown as EditorComponent<Record<string, unknown>>,
      { src: '../../assets/images/guides/to-hoa-giai.jpg', alt: 'Tổ hòa giải', caption: '' },
    ],
  ];

  it.each(CASES)('%# round-trips: data → block → data → same block', (component, data) => {
    const block = component.toBlock(data);
    const parsed = parseBlock(component, `${block}\n\nĐoạn sau.`);
    expect(parsed?.data).toEqual(data);
    expect(parsed?.rest).toBe('\n\nĐoạn sau.');
    expect(component.toBlock(parsed!.data)).toBe(block);
    // What the CMS writes passes the build's safety rule.
    expect(findMdxProblems(block)).toEqual([]);
  });

  it("reads the blocks already in the site's content, and writes them back canonically", () => {
    const existing = '<Notice kind="warning">\nĐạn dược cũ rất dễ phát nổ.\n</Notice>';
    expect(parseBlock(notice, existing)?.data).toEqual({
      kind: 'warning',
      title: '',
      body: 'Đạn dược cũ rất dễ phát nổ.',
    });
    expect(notice.toBlock(parseBlock(notice, existing)!.data)).toBe(
      '<Notice kind="warning">\n\nĐạn dược cũ rất dễ phát nổ.\n\n</Notice>',
    );
    const list = '<Steps>\n\n1. Liên hệ trước.\n2. Làm theo hướng dẫn:\n   mang đến trụ sở.\n\n</Steps>';
    expect(parseBlock(steps, list)?.data).toEqual({
      items: ['Liên hệ trước.', 'Làm theo hướng dẫn: mang đến trụ sở.'],
    });
  });

  it('only matches its own block at the start', () => {
    expect(parseBlock(notice, 'Chữ trước\n\n<Notice kind="info">\n\nX\n\n</Notice>')).toBeUndefined();
    expect(parseBlock(steps, '<Notice kind="info">\n\nX\n\n</Notice>')).toBeUndefined();
    expect(parseBlock(figure, '<Figure src="a.jpg" alt="x" onload="y" />')).toBeUndefined();
  });

  it('writes attribute text that cannot break out of its quotes', () => {
    expect(attributeText('Khẩu hiệu "An toàn"\nthôn bản')).toBe('Khẩu hiệu “An toàn” thôn bản');
    const block = figure.toBlock({ src: '../../assets/images/a.jpg', alt: 'x" onload="alert(1)', caption: '' });
    expect(findMdxProblems(block)).toEqual([]);
    expect(parseBlock(figure, block)?.data.alt).toBe('x“ onload=”alert(1)');
  });

  it('previews escape editor text', () => {
    expect(notice.toPreview({ kind: 'info', body: '<img src=x onerror=alert(1)>' })).not.toContain('<img');
    expect(steps.toPreview({ items: ['<script>'] })).toContain('&lt;script&gt;');
  });
});

describe('data saved by the CMS', () => {
  it('is NFC, and drops blank optional values but keeps lists', () => {
    const nfd = 'Hòa giải ở cơ sở'.normalize('NFD');
    const cleaned = cleanEntryData({
      title: nfd,
      updatedAt: '',
      cover: { src: '', alt: '  ' },
      topics: [nfd, ''],
      localities: [],
      honours: [{ award: 'Bằng khen', issuer: '', year: 2024 }],
      featured: false,
      body: `Nội dung ${nfd}`,
    });
    expect(cleaned).toEqual({
      title: 'Hòa giải ở cơ sở',
      topics: ['Hòa giải ở cơ sở'],
      localities: [],
      honours: [{ award: 'Bằng khen', year: 2024 }],
      featured: false,
      body: 'Nội dung Hòa giải ở cơ sở',
    });
  });

  it('treats Immutable values like plain ones', () => {
    expect(isBlank(fromJS({ src: '', alt: '' }))).toBe(true);
    expect(isBlank(fromJS({ src: 'a.jpg', alt: '' }))).toBe(false);
    expect(isBlank(0)).toBe(false);
    expect(isBlank(false)).toBe(false);
  });
});

describe('file names from the CMS', () => {
  const { slug } = buildCmsConfig();
  // Decap's prepareSlug (lib/formatters.js, which needs a browser to import): trim, lower-case, drop ', . → -.
  const prepareSlug = (text: string) => text.trim().toLocaleLowerCase().replace(/[']/g, '').replace(/[.]/g, '-');
  // The preSave hook has made the text NFC before Decap computes the slug.
  const decapSlug = (title: string) => sanitizeSlug(prepareSlug(title.normalize('NFC')), slug);

  it.each([
    'Đảng ủy xã Cao Sơn khen thưởng tổ hòa giải',
    'Hộ an toàn, thôn bản bình yên',
    'Ngày hội “Toàn dân bảo vệ an ninh Tổ quốc” năm 2026',
    'Cảnh báo: lừa đảo qua mạng xã hội (Zalo, Facebook)!',
    'Tổ tự quản số 3 – phường Đức Xuân',
    'Tái hòa nhập cộng đồng / giúp người lầm lỗi',
    'ĐƯỜNG DÂY NÓNG 113',
  ])('"%s" gets the site\'s slug, typed NFC or NFD', (title) => {
    expect(decapSlug(title)).toBe(slugify(title));
    expect(decapSlug(title.normalize('NFD'))).toBe(slugify(title));
  });

  it('the example from the brief', () => {
    expect(decapSlug('Đảng ủy xã Cao Sơn khen thưởng tổ hòa giải'.normalize('NFD'))).toBe(
      'dang-uy-xa-cao-son-khen-thuong-to-hoa-giai',
    );
  });
});
