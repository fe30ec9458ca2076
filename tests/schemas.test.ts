/**
 * The schemas on their own: valid entries pass, each rule rejects what it should with a Vietnamese message at the
 * right path. Astro's image() and reference() are replaced by equivalents that need no build: an image path stays
 * a string, a reference becomes { collection, id } as Astro's does.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../src/schemas/article';
import { guideSchema } from '../src/schemas/guide';
import { profileSchema } from '../src/schemas/profile';
import { settingsSchema } from '../src/schemas/settings';
import { lawSchema } from '../src/schemas/law';
import { localitySchema } from '../src/schemas/locality';
import type { SchemaTools } from '../src/schemas/fields';

const tools: SchemaTools = {
  image: () => z.string().min(1),
  reference: (collection) => z.string().transform((id) => ({ collection, id })),
};

const article = {
  title: 'Khau Cà giữ bình yên',
  lead: 'Tóm tắt.',
  publishedAt: '2022-05-18',
  author: 'Phòng Xây dựng phong trào',
  category: 'tin-phong-trao',
  localities: ['thon-khau-ca'],
  sources: [{ title: 'Xây dựng mô hình tự quản, bảo đảm an ninh trật tự từ cơ sở' }],
};

function issues(schema: z.ZodType, data: unknown) {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('article schema', () => {
  it('accepts a valid article and fills defaults', () => {
    const data = articleSchema(tools).parse(article);
    expect(data.publishedAt).toBeInstanceOf(Date);
    expect(data.localities).toEqual([{ collection: 'localities', id: 'thon-khau-ca' }]);
    expect(data).toMatchObject({ topics: [], relatedGuides: [], featured: false, draft: false });
  });

  it('rejects a misspelt field, naming it', () => {
    expect(issues(articleSchema(tools), { ...article, titel: 'x' })).toEqual([
      { path: '', message: 'Trường không có trong lược đồ (gõ nhầm tên?): titel' },
    ]);
  });

  it.each([
    ['an unknown category', { ...article, category: 'tin-vui' }, 'category'],
    ['an impossible date', { ...article, publishedAt: 'hôm qua' }, 'publishedAt'],
    ['an empty title', { ...article, title: '  ' }, 'title'],
    ['an image without alt', { ...article, cover: { src: 'a.jpg' } }, 'cover.alt'],
    ['an image with empty alt', { ...article, cover: { src: 'a.jpg', alt: '' } }, 'cover.alt'],
    ['no sources', { ...article, sources: [] }, 'sources'],
    ['a source without a title', { ...article, sources: [{ publisher: 'Báo' }] }, 'sources.0.title'],
  ])('rejects %s', (_, data, path) => {
    const found = issues(articleSchema(tools), data);
    expect(found.map((i) => i.path)).toContain(path);
  });

  it('explains errors in Vietnamese', () => {
    const [issue] = issues(articleSchema(tools), { ...article, category: 'tin-vui' });
    expect(issue?.message).toContain('Chuyên mục');
    expect(issue?.message).toContain('tin-vui');
  });
});

describe('profile schema', () => {
  const collective = {
    name: 'Xã Cao Sơn',
    kind: 'tap-the',
    role: 'Tập thể xã',
    locality: 'xa-cao-son',
    summary: 'Tóm tắt.',
    achievements: ['Không có tội phạm ma túy'],
    publishedAt: '2022-05-10',
    sources: [{ title: 'Nguồn' }],
  };
  it('accepts a collective without consent', () => expect(issues(profileSchema(tools), collective)).toEqual([]));
  it('requires consent for an individual', () => {
    const individual = { ...collective, name: 'Nguyễn Văn A', kind: 'ca-nhan' };
    expect(issues(profileSchema(tools), individual)).toEqual([
      { path: 'consent', message: expect.stringContaining('bắt buộc') },
    ]);
    expect(
      issues(profileSchema(tools), { ...individual, consent: { givenBy: 'Nguyễn Văn A', date: '2024-01-02' } }),
    ).toEqual([]);
  });
  it('requires at least one achievement', () => {
    expect(issues(profileSchema(tools), { ...collective, achievements: [] }).map((i) => i.path)).toEqual([
      'achievements',
    ]);
  });
});

describe('guide schema', () => {
  it('checks nested lists item by item', () => {
    const guide = {
      title: 'Tổ hòa giải',
      summary: 'Tóm tắt.',
      field: 'hoa-giai',
      participants: [{ role: 'Tổ trưởng' }],
      steps: [{ title: 'Thành lập', detail: 'Bầu tổ viên' }],
      successSigns: ['Ít mâu thuẫn kéo dài'],
      deployments: [{ locality: 'xa-cao-son', since: 1800 }],
      publishedAt: '2022-01-01',
      sources: [{ title: 'Nguồn' }],
    };
    expect(
      issues(guideSchema(tools), guide)
        .map((i) => i.path)
        .sort(),
    ).toEqual(['deployments.0.since', 'participants.0.duties']);
  });
});

describe('settings schema', () => {
  it('rejects an alert with an unknown severity', () => {
    const settings = {
      title: 'a',
      shortTitle: 'a',
      description: 'a',
      agency: 'a',
      emergencyNumber: '113',
      alert: { active: true, severity: 'red', message: 'x' },
    };
    expect(issues(settingsSchema(tools), settings).map((i) => i.path)).toEqual(['alert.severity']);
  });
});

describe('settings: contacts carry their source', () => {
  const base = { title: 'a', shortTitle: 'a', description: 'a', agency: 'Công an tỉnh', emergencyNumber: '113' };
  it('accepts a contact with a source and one without (hidden, not invalid)', () => {
    const data = settingsSchema(tools).parse({
      ...base,
      contacts: [
        {
          label: 'Đường dây nóng',
          number: '0123',
          hotline: true,
          source: { title: 'Thông báo', url: 'https://x.gov.vn/a' },
        },
        { label: 'Khác', number: '0456' },
      ],
    });
    expect(data.contacts[0]?.source?.title).toBe('Thông báo');
    expect(data.contacts[1]?.source).toBeUndefined();
    expect(data.social).toEqual([]);
  });
  it('rejects a source without a title and the old single "hotline" field', () => {
    expect(
      issues(settingsSchema(tools), {
        ...base,
        contacts: [{ label: 'a', number: '1', source: { url: 'https://a' } }],
      }).map((i) => i.path),
    ).toEqual(['contacts.0.source.title']);
    expect(issues(settingsSchema(tools), { ...base, hotline: '069 2593 113' })[0]?.message).toContain('hotline');
  });
});

describe('law schema', () => {
  const law = {
    number: '35/2013/QH13',
    type: 'luat',
    title: 'Luật Hòa giải ở cơ sở',
    issuer: 'Quốc hội',
    signedAt: '2013-06-20',
    effectiveAt: '2014-01-01',
    status: 'con-hieu-luc',
    verifiedFrom: [{ title: 'Cơ sở dữ liệu quốc gia về pháp luật', url: 'https://vbpl.vn/' }],
    url: 'https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=1',
    subject: 'Hòa giải ở cơ sở.',
  };
  it('accepts a well-formed document', () => expect(issues(lawSchema(tools), law)).toEqual([]));
  it('accepts a document whose status and dates were not verified, said so', () => {
    const { signedAt: _s, effectiveAt: _e, verifiedFrom: _v, url: _u, ...rest } = law;
    expect(issues(lawSchema(tools), { ...rest, status: 'chua-xac-minh' })).toEqual([]);
  });
  it.each([
    ['a malformed number', { ...law, number: '35-2013-QH13' }, 'number'],
    ['a number that does not match its type', { ...law, type: 'nghi-dinh' }, 'number'],
    ['an unknown status', { ...law, status: 'con' }, 'status'],
    ['an effective date before signing', { ...law, effectiveAt: '2012-01-01' }, 'effectiveAt'],
    ['a status without where it was checked', { ...law, verifiedFrom: [] }, 'verifiedFrom'],
    ['a private database as the official text', { ...law, url: 'https://thuvienphapluat.vn/van-ban/x.aspx' }, 'url'],
  ])('rejects %s', (_, data, path) => {
    expect(issues(lawSchema(tools), data).map((i) => i.path)).toContain(path);
  });
});

describe('locality schema', () => {
  const source = [{ title: 'Nghị quyết số 1683/NQ-UBTVQH15' }];
  const commune = {
    title: 'Vĩnh Thông',
    kind: 'xa',
    parent: 'tinh-thai-nguyen',
    code: '01981',
    resolution: '1683-nq-ubtvqh15',
    validFrom: '2025-07-01',
    formedFrom: [{ locality: 'xa-cao-son', share: 'whole' }],
    sources: source,
  };
  const former = {
    title: 'Cao Sơn',
    kind: 'xa',
    resolution: '1683-nq-ubtvqh15',
    validUntil: '2025-06-30',
    successors: ['xa-vinh-thong'],
    sources: source,
  };
  it('accepts a current unit, a former unit and a village', () => {
    expect(issues(localitySchema(tools), commune)).toEqual([]);
    expect(issues(localitySchema(tools), former)).toEqual([]);
    expect(
      issues(localitySchema(tools), { title: 'Khau Cà', kind: 'thon', parent: 'xa-vinh-thong', sources: source }),
    ).toEqual([]);
  });
  it.each([
    ['a former unit without a successor', { ...former, successors: [] }, 'successors'],
    ['a successor for a unit that has not ended', { ...commune, successors: ['xa-khac'] }, 'validUntil'],
    ['a commune without its resolution', { ...commune, resolution: undefined }, 'resolution'],
    ['a code of the wrong length', { ...commune, code: '1981' }, 'code'],
    ['a province code of five digits', { ...commune, kind: 'tinh', code: '01981' }, 'code'],
    ['an end before the start', { ...commune, validUntil: '2025-06-30', successors: ['xa-khac'] }, 'validUntil'],
    ['a unit without sources', { ...commune, sources: [] }, 'sources'],
    ['an unknown share', { ...commune, formedFrom: [{ locality: 'xa-cao-son', share: 'nua' }] }, 'formedFrom.0.share'],
  ])('rejects %s', (_, data, path) => {
    expect(issues(localitySchema(tools), data).map((i) => i.path)).toContain(path);
  });
});
