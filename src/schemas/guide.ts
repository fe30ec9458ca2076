/** Guides to the self-management models (src/content/guides/*.mdx). School-lesson fields join later. */
import { GUIDE_FIELDS } from './vocabulary';
import { boolean, date, imageWithAlt, integer, longText, objectList, objectSchema, ref, select, text, textList, type SchemaTools } from './fields';

export const guideFields = {
  /** Name of the model, e.g. "Hộ an toàn, thôn bản bình yên". */
  title: text({ label: 'Tên mô hình', max: 160 }),
  summary: longText({ label: 'Tóm tắt', max: 600 }),
  field: select({ label: 'Lĩnh vực', options: GUIDE_FIELDS }),
  legalBasis: objectList(
    {
      number: text({ label: 'Số, ký hiệu', hint: 'Ví dụ: 35/2013/QH13' }),
      title: text({ label: 'Tên văn bản' }),
    },
    { label: 'Căn cứ pháp lý', summary: '{{fields.number}}' },
  ),
  participants: objectList(
    {
      role: text({ label: 'Thành phần' }),
      duties: longText({ label: 'Nhiệm vụ' }),
    },
    { label: 'Ai tham gia', min: 1, summary: '{{fields.role}}' },
  ),
  steps: objectList(
    {
      title: text({ label: 'Bước' }),
      detail: longText({ label: 'Cách làm' }),
    },
    { label: 'Các bước xây dựng và duy trì', min: 1, summary: '{{fields.title}}' },
  ),
  successSigns: textList({ label: 'Dấu hiệu hoạt động hiệu quả', min: 1 }),
  deployments: objectList(
    {
      locality: ref('localities', { label: 'Địa bàn' }),
      since: integer({ label: 'Từ năm', min: 1945, max: 2100, required: false }),
      note: text({ label: 'Ghi chú', required: false }),
    },
    { label: 'Nơi đang triển khai' },
  ),
  cover: imageWithAlt({ label: 'Ảnh đại diện', required: false }),
  /** Position in lists; lower first. */
  order: integer({ label: 'Thứ tự hiển thị', min: 0, required: false }),
  publishedAt: date({ label: 'Ngày đăng' }),
  updatedAt: date({ label: 'Cập nhật lần cuối', required: false }),
  /** What changed at the last update, so readers know the guide follows current law. */
  changeNote: text({ label: 'Nội dung cập nhật', required: false }),
  draft: boolean({ label: 'Bản nháp', default: false }),
};

export const guideSchema = (tools: SchemaTools) => objectSchema(guideFields, tools);
