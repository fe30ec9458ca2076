import { describe, expect, it } from 'vitest';
import { entryCardText, entryTitle, siteCardText } from '../src/lib/reach/share-card-text';

const EMBLEM = '<svg/>';

describe('share card text', () => {
  it('titles profiles by name and the rest by title', () => {
    expect(entryTitle({ collection: 'profiles', data: { name: 'Ông Hoàng Văn Sình' } })).toBe('Ông Hoàng Văn Sình');
    expect(entryTitle({ collection: 'guides', data: { title: 'Tổ hòa giải' } })).toBe('Tổ hòa giải');
  });
  it('says the kind of page in Vietnamese, the title, the movement and the agency', () => {
    const text = entryCardText(
      { collection: 'profiles', data: { name: 'Thôn Khau Cà' } },
      'Công an tỉnh Bắc Kạn',
      EMBLEM,
    );
    expect(text).toEqual({
      eyebrow: 'Gương điển hình',
      title: 'Thôn Khau Cà',
      footer: expect.stringMatching(/an ninh Tổ quốc/),
      agency: 'Công an tỉnh Bắc Kạn',
      emblemSvg: EMBLEM,
    });
    expect(siteCardText('Cổng thông tin', 'Công an tỉnh', EMBLEM).title).toBe('Cổng thông tin');
  });
});
