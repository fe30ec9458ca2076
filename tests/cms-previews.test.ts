/** The CMS's preview of a guide or safety article shows its leaflet as it prints, and says when it is too short. */
import { fromJS } from 'immutable';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ArticlePreview, GuidePreview, type PreviewProps } from '../cms/previews';
import { readEntries } from './helpers/content-files';

const props = (data: Record<string, unknown>): PreviewProps => ({
  entry: fromJS({ data }) as unknown as PreviewProps['entry'],
  widgetFor: () => null,
  getAsset: () => '',
});
/**
 * The markup of a preview's element tree: the templates build plain elements with createElement (no components
 * inside), so their tree serializes without a renderer.
 */
function renderToStaticMarkup(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(renderToStaticMarkup).join('');
  const { type, props } = node as { type: string; props: Record<string, unknown> & { children?: ReactNode } };
  const attrs = Object.entries(props)
    .filter(([name, value]) => name !== 'children' && typeof value === 'string')
    .map(([name, value]) => ` ${name}="${String(value)}"`)
    .join('');
  return `<${type}${attrs}>${renderToStaticMarkup(props.children)}</${type}>`;
}
const guide = readEntries('guides').find((g) => g.id === 'to-hoa-giai')!.data;

describe('leaflet preview', () => {
  it('shows the guide’s leaflet as it prints: headline, lists, the emergency box, and that it can be printed', () => {
    const html = renderToStaticMarkup(GuidePreview(props(guide)));
    const leaflet = guide.leaflet as { headline: string; dos: string[] };
    expect(html).toContain('data-leaflet-preview');
    expect(html).toContain(leaflet.headline);
    for (const item of leaflet.dos) expect(html).toContain(item);
    expect(html).toContain('Khẩn cấp gọi 113');
    expect(html).toMatch(/Đủ nội dung để in: \d+ chữ \(cần ít nhất \d+\)/);
  });

  it('says a leaflet too short will not be printed, and shows none for an entry without one', () => {
    const short = {
      ...guide,
      leaflet: {
        headline: 'Ngắn',
        messages: ['Một.', 'Hai.', 'Ba.'],
        dos: ['Báo tin.'],
        donts: ['Không.'],
        whoToCall: ['Công an xã.'],
      },
    };
    expect(renderToStaticMarkup(GuidePreview(props(short)))).toContain(
      `Chưa in được tờ rơi: nhóm “Tờ rơi cho người dân” mới có`,
    );
    expect(renderToStaticMarkup(GuidePreview(props({ ...guide, leaflet: undefined })))).not.toContain(
      'data-leaflet-preview',
    );
  });

  it('shows an article’s leaflet only in a safety category', () => {
    const article = readEntries('articles').find((a) => a.id === 'cach-bao-tin-to-giac-toi-pham-an-toan')!.data;
    expect(renderToStaticMarkup(ArticlePreview(props(article)))).toContain('data-leaflet-preview');
    expect(renderToStaticMarkup(ArticlePreview(props({ ...article, category: 'su-kien' })))).not.toContain(
      'data-leaflet-preview',
    );
  });
});
