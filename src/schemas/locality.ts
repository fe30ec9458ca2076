/**
 * Administrative units as data (src/content/localities/*.json). Units change: the 2025 reorganisation
 * merged provinces and ended the district level, so a unit records when it existed and what replaced it.
 */
import { LOCALITY_KINDS } from './vocabulary';
import { date, longText, ref, select, text, type SchemaTools } from './fields';
import { objectSchema } from './field-groups';

export const localityFields = {
  title: text({ label: 'Tên đơn vị', hint: 'Tên riêng, không kèm cấp, ví dụ: "Cao Sơn".' }),
  kind: select({ label: 'Cấp', options: LOCALITY_KINDS }),
  parent: ref('localities', { label: 'Thuộc đơn vị', required: false }),
  validUntil: date({ label: 'Tồn tại đến ngày', required: false }),
  successor: ref('localities', { label: 'Đơn vị kế thừa', required: false }),
  note: longText({ label: 'Ghi chú', required: false }),
};

export const localitySchema = (tools: SchemaTools) => objectSchema(localityFields, tools);
