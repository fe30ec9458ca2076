/** Legal documents the portal cites (src/content/laws/*.json); the file name is the slug of the number. */
import { LAW_STATUSES, LAW_TYPES } from './vocabulary';
import { date, select, text, url, type SchemaTools } from './fields';
import { objectSchema } from './field-groups';
import { lawNumberProblem } from '../lib/laws/law-number';

export const lawFields = {
  /** Số, ký hiệu exactly as printed on the document, e.g. "35/2013/QH13". */
  number: text({
    label: 'Số, ký hiệu',
    hint: 'Ghi đúng như trên văn bản, ví dụ: 35/2013/QH13, 49/2020/NĐ-CP.',
    max: 40,
  }),
  type: select({ label: 'Loại văn bản', options: LAW_TYPES }),
  /** Official title, without the type word when it is part of the name ("Luật Hòa giải ở cơ sở"). */
  title: text({ label: 'Tên văn bản', max: 300 }),
  issuer: text({ label: 'Cơ quan ban hành' }),
  signedAt: date({ label: 'Ngày ban hành (ký)' }),
  effectiveAt: date({ label: 'Ngày có hiệu lực', required: false }),
  status: select({ label: 'Tình trạng hiệu lực', options: LAW_STATUSES }),
  /** The official text, on a government site (vbpl.vn, chinhphu.vn, the issuer's portal). */
  url: url({ label: 'Đường dẫn văn bản chính thức', required: false }),
  /** What the document governs, in one sentence, so teachers and readers know why it is cited. */
  subject: text({ label: 'Phạm vi điều chỉnh (tóm tắt)', max: 400 }),
};

export const lawSchema = (tools: SchemaTools) =>
  objectSchema(lawFields, tools).superRefine((data, ctx) => {
    const problem = lawNumberProblem(data.number, data.type);
    if (problem) ctx.addIssue({ code: 'custom', path: ['number'], message: problem });
    if (data.effectiveAt && data.effectiveAt < data.signedAt) {
      ctx.addIssue({
        code: 'custom',
        path: ['effectiveAt'],
        message: 'Ngày có hiệu lực: không thể trước ngày ban hành',
      });
    }
  });
