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
  };
  it('accepts a collective without consent', () => expect(issues(profileSchema(tools), collective)).toEqual([]));
  it('requires consent for an individual', () => {
    const individual = { ...collective, name: 'Nguyễn Văn A', kind: 'ca-nhan' };
    expect(issues(profileSchema(tools), individual)).toEqual([{ path: 'consent', message: expect.stringContaining('bắt buộc') }]);
    expect(issues(profileSchema(tools), { ...individual, consent: { givenBy: 'Nguyễn Văn A', date: '2024-01-02' } })).toEqual([]);
  });
  it('requires at least one achievement', () => {
    expect(issues(profileSchema(tools), { ...collective, achievements: [] }).map((i) => i.path)).toEqual(['achievements']);
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
    };
    expect(issues(guideSchema(tools), guide).map((i) => i.path).sort()).toEqual(['deployments.0.since', 'participants.0.duties']);
  });
});

describe('settings schema', () => {
  it('rejects an alert with an unknown severity', () => {
    const settings = {
      title: 'a', shortTitle: 'a', description: 'a', agency: 'a', unit: 'a', address: 'a', email: 'a', emergencyNumber: '113', hotline: '1',
      alert: { active: true, severity: 'red', message: 'x' },
    };
    expect(issues(settingsSchema(tools), settings).map((i) => i.path)).toEqual(['alert.severity']);
  });
});
