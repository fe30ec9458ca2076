/** The movement's figures per year and locality (src/content/stats/*.json). */
import { decimal, integer, objectList, objectSchema, ref, text, boolean, type SchemaTools } from './fields';

export const statsFields = {
  title: text({ label: 'Tên bộ số liệu' }),
  year: integer({ label: 'Năm', min: 1945, max: 2100 }),
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
  source: text({ label: 'Nguồn số liệu' }),
};

export const statsSchema = (tools: SchemaTools) => objectSchema(statsFields, tools);
