/** Standing pages whose text editors maintain (src/content/pages/*.mdx): about, how to report a crime. */
import { date, longText, text, type SchemaTools } from './fields';
import { objectSchema } from './field-groups';

export const pageFields = {
  title: text({ label: 'Tiêu đề trang', max: 160 }),
  description: longText({ label: 'Mô tả ngắn', hint: 'Hiện dưới tiêu đề và trong kết quả tìm kiếm.', max: 300 }),
  updatedAt: date({ label: 'Cập nhật lần cuối', required: false }),
};

export const pageSchema = (tools: SchemaTools) => objectSchema(pageFields, tools);
