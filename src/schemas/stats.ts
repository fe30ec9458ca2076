/** The movement's figures per period and locality (src/content/stats/*.json). */
import { decimal, integer, ref, text, boolean, type SchemaTools } from './fields';
import { objectList, objectSchema } from './field-groups';
import { sources } from './sources';

export const statsFields = {
  title: text({ label: 'Tên bộ số liệu' }),
  /** The period exactly as the source gives it: "Năm 2021", or "Tại thời điểm bài viết" when it gives none. */
  period: text({
    label: 'Thời kỳ số liệu',
    hint: 'Ghi đúng như nguồn nói, ví dụ "Năm 2021". Nguồn không ghi năm thì không tự điền năm.',
  }),
  /** Only when the source names the year; charts compare figures across years by it. */
  year: integer({ label: 'Năm', min: 1945, max: 2100, required: false }),
  locality: ref('localities', { label: 'Địa bàn' }),
  figures: objectList(
    {
      /** Stable key so charts compare the same measure across years. */
      key: text({ label: 'Mã chỉ tiêu', hint: 'Chữ thường không dấu, ví dụ: tin-co-gia-tri' }),
      label: text({ label: 'Chỉ tiêu' }),
      value: decimal({ label: 'Giá trị', min: 0 }),
      unit: text({ label: 'Đơn vị tính' }),
      atLeast: boolean({ label: 'Là số tối thiểu ("hơn")', default: false }),
    },
    { label: 'Số liệu', min: 1, summary: '{{fields.label}}: {{fields.value}}' },
  ),
  sources: sources('Nguồn số liệu'),
};

export const statsSchema = (tools: SchemaTools) => objectSchema(statsFields, tools);
