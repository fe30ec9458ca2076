/** Where an entry's facts come from: every starter entry names its source document. */
import { z } from 'astro/zod';
import { objectList, text, type Field } from './fields';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A YYYY-MM-DD day kept as written (a source's date is a label, not an instant). */
const isoDay = (label: string): Field<z.ZodOptional<z.ZodString>> => {
  const base = text({ label, hint: 'Dạng YYYY-MM-DD.', required: false });
  return { ...base, schema: () => z.string().regex(ISO_DAY, `${label}: ngày không hợp lệ (dạng YYYY-MM-DD)`).optional(), cms: (name) => ({ ...base.cms(name), pattern: [ISO_DAY.source, 'Dạng YYYY-MM-DD'] }) };
};

export const sourcesField = () =>
  objectList(
    {
      title: text({ label: 'Tên tài liệu' }),
      publisher: text({ label: 'Nơi đăng, cơ quan ban hành', required: false }),
      date: isoDay('Ngày đăng'),
      url: text({ label: 'Địa chỉ (URL)', required: false }),
      note: text({ label: 'Ghi chú', required: false }),
    },
    { label: 'Nguồn tư liệu', summary: '{{fields.title}}' },
  );
