/**
 * Administrative units as data (src/content/localities/*.json). Units change: the 2025 reorganisation merged
 * provinces, ended the district level and merged communes, so a unit records the resolution that formed it, when it
 * took effect and the units it came from; a former unit, its last day and the units it became. Most files are
 * written by `npm run places:import` from the resolution's text.
 */
import { LOCALITY_KINDS, UNIT_SHARES, VILLAGE_KINDS } from './vocabulary';
import { date, longText, ref, refs, select, text, type SchemaTools } from './fields';
import { objectList, objectSchema } from './field-groups';
import { sources } from './sources';

export const localityFields = {
  title: text({ label: 'Tên đơn vị', hint: 'Tên riêng, không kèm cấp, ví dụ: "Vĩnh Thông".' }),
  kind: select({ label: 'Cấp', options: LOCALITY_KINDS }),
  parent: ref('localities', { label: 'Thuộc đơn vị', required: false }),
  /** The statistics office's code, only where one is published. */
  code: text({
    label: 'Mã số đơn vị hành chính',
    hint: 'Mã do cơ quan thống kê công bố: 2 chữ số với tỉnh, 5 chữ số với xã, phường, đặc khu. Để trống nếu chưa có nguồn.',
    required: false,
    max: 5,
  }),
  /** The resolution that formed the unit, or that ended it for a former unit. */
  resolution: ref('laws', {
    label: 'Văn bản thành lập, sắp xếp',
    hint: 'Nghị quyết thành lập (hoặc sắp xếp, chấm dứt) đơn vị; bắt buộc với tỉnh, huyện, xã, phường, đặc khu, thị trấn.',
    required: false,
  }),
  resolutionItem: text({ label: 'Điều, khoản', hint: 'Ví dụ: "khoản 62 Điều 1".', required: false, max: 80 }),
  validFrom: date({ label: 'Hoạt động từ ngày', required: false }),
  formedFrom: objectList(
    {
      locality: ref('localities', { label: 'Đơn vị cũ' }),
      share: select({ label: 'Phần địa bàn', options: UNIT_SHARES, default: 'whole' }),
    },
    { label: 'Hình thành từ', summary: '{{fields.locality}}' },
  ),
  validUntil: date({ label: 'Hoạt động đến hết ngày', required: false }),
  successors: refs('localities', { label: 'Nay thuộc (đơn vị kế thừa)' }),
  note: longText({ label: 'Ghi chú', required: false }),
  sources: sources(),
};

const ADMINISTRATIVE = (kind: string) => !(VILLAGE_KINDS as readonly string[]).includes(kind);

export const localitySchema = (tools: SchemaTools) =>
  objectSchema(localityFields, tools).superRefine((data, ctx) => {
    if (data.validUntil && data.successors.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['successors'],
        message: 'Nay thuộc: đơn vị đã kết thúc hoạt động phải ghi đơn vị kế thừa',
      });
    if (!data.validUntil && data.successors.length > 0)
      ctx.addIssue({
        code: 'custom',
        path: ['validUntil'],
        message: 'Hoạt động đến hết ngày: đơn vị có đơn vị kế thừa phải ghi ngày kết thúc hoạt động',
      });
    if (data.validFrom && data.validUntil && data.validUntil < data.validFrom)
      ctx.addIssue({
        code: 'custom',
        path: ['validUntil'],
        message: 'Hoạt động đến hết ngày: không thể trước ngày bắt đầu hoạt động',
      });
    if (ADMINISTRATIVE(data.kind) && !data.resolution)
      ctx.addIssue({
        code: 'custom',
        path: ['resolution'],
        message: `Văn bản thành lập, sắp xếp: bắt buộc với cấp ${LOCALITY_KINDS[data.kind].toLowerCase()}`,
      });
    if (data.code !== undefined && !(data.kind === 'tinh' ? /^\d{2}$/ : /^\d{5}$/).test(data.code))
      ctx.addIssue({
        code: 'custom',
        path: ['code'],
        message: `Mã số đơn vị hành chính: ${data.kind === 'tinh' ? 'tỉnh có mã 2 chữ số' : 'đơn vị dưới tỉnh có mã 5 chữ số'}`,
      });
  });
