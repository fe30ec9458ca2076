/** The CMS's preview of a guide or safety article shows its leaflet as it prints, and says when it is too short. */
import { fromJS } from 'immutable';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ArticlePreview, GuidePreview, type PreviewProps } from '../cms/previews';
import { readEntries } from './helpers/content-files';

const props = (data: Record<string, unknown>): PreviewProps => ({
  entry: fromJS({ data }) as unknown as PreviewProps['entry'],
  widgetFor: () => null,
  getAsset: () => '',
});
const guide = readEntries('guides').find((g) => g.id === 'to-hoa-giai')!.data;

describe('leaflet preview', () => {
  it('shows the guide’s leaflet as it prints: headline, lists, the emergency box, and that it can be printed', () => {
    const html = renderToStaticMarkup(GuidePreview(props(guide)) as React.ReactElement);
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
    expect(renderToStaticMarkup(GuidePreview(props(short)) as React.ReactElement)).toContain(
      `Chưa in được tờ rơi: nhóm “Tờ rơi cho người dân” mới có`,
    );
    expect(
      renderToStaticMarkup(GuidePreview(props({ ...guide, leaflet: undefined })) as React.ReactElement),
    ).not.toContain('data-leaflet-preview');
  });

  it('shows an article’s leaflet only in a safety category', () => {
    const article = readEntries('articles').find((a) => a.id === 'cach-bao-tin-to-giac-toi-pham-an-toan')!.data;
    expect(renderToStaticMarkup(ArticlePreview(props(article)) as React.ReactElement)).toContain(
      'data-leaflet-preview',
    );
    expect(
      renderToStaticMarkup(ArticlePreview(props({ ...article, category: 'su-kien' })) as React.ReactElement),
    ).not.toContain('data-leaflet-preview');
  });
});
