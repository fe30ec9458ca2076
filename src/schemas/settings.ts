/**
 * Operator settings (src/content/settings/site.json): the one place for the portal's identity and contacts.
 * Every contact carries where it was published; one without a source is not shown, and a launch build refuses
 * it (src/lib/site/launch-check.ts). Values in [square brackets] are starter placeholders a launch build refuses.
 */
import { ALERT_SEVERITIES } from './vocabulary';
import { boolean, date, select, text, longText, url, type SchemaTools } from './fields';
import { object, objectList, objectSchema } from './field-groups';
import { source } from './sources';

export const settingsFields = {
  title: text({ label: 'Tên cổng thông tin' }),
  shortTitle: text({ label: 'Tên ngắn' }),
  description: longText({ label: 'Giới thiệu ngắn' }),
  /** The publisher: the provincial police force as it is named today. */
  agency: text({
    label: 'Cơ quan chủ quản',
    hint: 'Tên hiện hành của Công an tỉnh, ví dụ sau sắp xếp đơn vị hành chính.',
  }),
  unit: text({ label: 'Đơn vị phụ trách', required: false }),
  /** Public address of the portal; a launch build (SITE_URL set) must use this same address. */
  siteUrl: url({
    label: 'Địa chỉ cổng (https://…)',
    hint: 'Địa chỉ chính thức khi đưa cổng vào hoạt động; bản dựng phát hành phải đặt SITE_URL trùng với địa chỉ này.',
    required: false,
  }),
  address: object({ text: text({ label: 'Địa chỉ' }), source: source() }, { label: 'Địa chỉ trụ sở', required: false }),
  email: object(
    { address: text({ label: 'Thư điện tử' }), source: source() },
    { label: 'Thư điện tử tiếp nhận thông tin', required: false },
  ),
  /** The police emergency number, always shown: 113. */
  emergencyNumber: text({ label: 'Số khẩn cấp', hint: 'Số gọi Cảnh sát: 113.' }),
  contacts: objectList(
    {
      label: text({ label: 'Tên' }),
      number: text({ label: 'Số điện thoại' }),
      /** A hotline is offered next to 113 on contact pages and leaflets. */
      hotline: boolean({ label: 'Là đường dây nóng', default: false }),
      note: text({ label: 'Ghi chú', required: false }),
      source: source(),
    },
    {
      label: 'Số điện thoại liên hệ',
      summary: '{{fields.label}}: {{fields.number}}',
      hint: 'Các số 113, 114, 115, 111 là số quốc gia; số khác phải ghi nguồn công bố, nếu không sẽ không hiển thị.',
    },
  ),
  social: objectList(
    { label: text({ label: 'Tên trang' }), url: url({ label: 'Đường dẫn' }), source: source() },
    { label: 'Trang mạng xã hội chính thức', summary: '{{fields.label}}' },
  ),
  alert: object(
    {
      active: boolean({ label: 'Bật thông báo', default: false }),
      severity: select({ label: 'Mức độ', options: ALERT_SEVERITIES, default: 'warning' }),
      message: text({ label: 'Nội dung', max: 280 }),
      link: url({ label: 'Đường dẫn chi tiết', required: false }),
      expires: date({ label: 'Hết hạn sau ngày', required: false }),
    },
    { label: 'Thông báo khẩn trên mọi trang', required: false },
  ),
};

export const settingsSchema = (tools: SchemaTools) => objectSchema(settingsFields, tools);
