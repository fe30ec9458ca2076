/** Legal documents the portal cites (src/content/laws/*.json); the file name is the slug of the number. */
import { LAW_STATUSES, LAW_TYPES } from './vocabulary';
import { date, longText, refs, select, text, url, type SchemaTools } from './fields';
import { objectList, objectSchema } from './field-groups';
import { sourceFields } from './sources';
import { lawNumberProblem } from '../lib/laws/law-number';
import { officialTextProblem } from '../lib/laws/official-text';
import { isAllowedUrl } from '../lib/security/url-safety';

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
  /** Left out until read on the document itself or an official publication. */
  signedAt: date({
    label: 'Ngày ban hành (ký)',
    hint: 'Chỉ ghi khi đã đọc trên văn bản hoặc nơi công bố chính thức.',
    required: false,
  }),
  effectiveAt: date({ label: 'Ngày có hiệu lực', required: false }),
  status: select({ label: 'Tình trạng hiệu lực', options: LAW_STATUSES }),
  /** What was checked about the status, against what, and what was not: shown beside the status. */
  statusNote: longText({
    label: 'Đã xác minh những gì',
    hint: 'Ví dụ: "Đã đối chiếu ngày có hiệu lực trên Công báo; chưa kiểm tra văn bản sửa đổi sau đó."',
    required: false,
    max: 600,
  }),
  /** The publications the status and dates were checked against. */
  verifiedFrom: objectList(sourceFields, { label: 'Nơi đối chiếu', summary: '{{fields.title}}' }),
  /** The official text: the national legal database, the Official Gazette or the Government's portal. */
  url: url({
    label: 'Đường dẫn văn bản chính thức',
    hint: 'Trên vbpl.vn, congbao.chinhphu.vn, chinhphu.vn hoặc quochoi.vn; không dùng trang thương mại.',
    required: false,
  }),
  /** Documents this one amends (a circular amending another) and replaces (a new law replacing the old one). */
  amends: refs('laws', { label: 'Sửa đổi, bổ sung văn bản' }),
  replaces: refs('laws', { label: 'Thay thế văn bản' }),
  /** What the document governs, in one sentence, so teachers and readers know why it is cited. */
  subject: text({ label: 'Phạm vi điều chỉnh (tóm tắt)', max: 400 }),
};

export const lawSchema = (tools: SchemaTools) =>
  objectSchema(lawFields, tools).superRefine((data, ctx) => {
    const problem = lawNumberProblem(data.number, data.type);
    if (problem) ctx.addIssue({ code: 'custom', path: ['number'], message: problem });
    if (data.effectiveAt && data.signedAt && data.effectiveAt < data.signedAt) {
      ctx.addIssue({
        code: 'custom',
        path: ['effectiveAt'],
        message: 'Ngày có hiệu lực: không thể trước ngày ban hành',
      });
    }
    // A URL the site-wide URL rule refuses already has its message (the url field); say only one thing about it.
    const hostProblem = data.url && isAllowedUrl(data.url) ? officialTextProblem(data.url) : undefined;
    if (hostProblem) ctx.addIssue({ code: 'custom', path: ['url'], message: hostProblem });
    if (data.status !== 'chua-xac-minh' && data.verifiedFrom.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['verifiedFrom'],
        message: `Nơi đối chiếu: tình trạng “${LAW_STATUSES[data.status]}” cần ghi văn bản, trang đã đối chiếu; chưa đối chiếu thì chọn “${LAW_STATUSES['chua-xac-minh']}”`,
      });
  });
