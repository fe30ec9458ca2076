/** Exemplary individuals and collectives (src/content/profiles/*.mdx). */
import { z } from 'astro/zod';
import { PROFILE_KINDS } from './vocabulary';
import { sources, period } from './sources';
import { CONSENT_REQUIRED_KIND } from '../lib/content/privacy';
import { boolean, date, integer, longText, ref, refs, select, text, type SchemaTools } from './fields';
import { imageWithAlt, object, objectList, objectSchema, textList, type RequiredWhen } from './field-groups';

/** A profile of an individual needs a consent record; collectives are public bodies. */
export const CONSENT_REQUIRED_WHEN: RequiredWhen = { field: 'kind', value: CONSENT_REQUIRED_KIND };

export const profileFields = {
  /** Person's full name (family name first) or the collective's name. */
  name: text({ label: 'Họ tên / tên tập thể', max: 160 }),
  kind: select({ label: 'Loại', options: PROFILE_KINDS }),
  /** Position or what the collective is, e.g. "Trưởng thôn", "Tập thể xã". */
  role: text({ label: 'Chức danh / vai trò' }),
  locality: ref('localities', { label: 'Địa bàn' }),
  summary: longText({ label: 'Tóm tắt', max: 600 }),
  achievements: textList({ label: 'Thành tích', min: 1 }),
  honours: objectList(
    {
      award: text({ label: 'Hình thức khen thưởng' }),
      issuer: text({ label: 'Cơ quan khen thưởng' }),
      year: integer({ label: 'Năm', min: 1945, max: 2100 }),
    },
    { label: 'Khen thưởng', summary: '{{fields.year}} – {{fields.award}}' },
  ),
  relatedGuides: refs('guides', { label: 'Mô hình tham gia' }),
  sources: sources(),
  portrait: imageWithAlt({ label: 'Ảnh', required: false }),
  /** Written consent to publish. Required for an individual; collectives are public bodies. */
  consent: object(
    {
      givenBy: text({ label: 'Người đồng ý' }),
      date: date({ label: 'Ngày đồng ý' }),
      note: text({ label: 'Ghi chú (nơi lưu văn bản đồng ý)', required: false }),
    },
    {
      label: 'Đồng ý đăng tải',
      hint: 'Bắt buộc với cá nhân: ai đã đồng ý cho đăng và vào ngày nào.',
      required: false,
      requiredWhen: CONSENT_REQUIRED_WHEN,
    },
  ),
  publishedAt: date({
    label: 'Ngày biên soạn, đăng',
    hint: 'Ngày bài được viết cho cổng thông tin, không phải ngày của sự việc.',
  }),
  period: period(),
  draft: boolean({ label: 'Bản nháp', default: false }),
};

export const profileSchema = (tools: SchemaTools) =>
  objectSchema(profileFields, tools).superRefine((data, ctx) => {
    if (data[CONSENT_REQUIRED_WHEN.field as 'kind'] === CONSENT_REQUIRED_WHEN.value && !data.consent) {
      ctx.addIssue({
        code: 'custom',
        path: ['consent'],
        message: 'Đồng ý đăng tải: bắt buộc với hồ sơ cá nhân (ai đồng ý, ngày nào)',
      });
    }
  });

export type ProfileKind = z.infer<ReturnType<typeof profileSchema>>['kind'];
