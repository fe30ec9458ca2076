/** Site-wide settings (src/content/settings/site.json): names, contacts and the alert banner. */
import { ALERT_SEVERITIES } from './vocabulary';
import { boolean, date, object, objectList, objectSchema, select, text, longText, type SchemaTools } from './fields';

const phone = (label: string, hint?: string) => text({ label, ...(hint ? { hint } : {}) });

export const settingsFields = {
  title: text({ label: 'Tên cổng thông tin' }),
  shortTitle: text({ label: 'Tên ngắn' }),
  description: longText({ label: 'Giới thiệu ngắn' }),
  agency: text({ label: 'Cơ quan chủ quản' }),
  unit: text({ label: 'Đơn vị phụ trách' }),
  address: text({ label: 'Địa chỉ cơ quan' }),
  email: text({ label: 'Thư điện tử' }),
  emergencyNumber: phone('Số khẩn cấp', 'Số gọi Cảnh sát 113.'),
  hotline: phone('Đường dây nóng', 'Số đường dây nóng Công an tỉnh.'),
  contacts: objectList(
    {
      label: text({ label: 'Tên' }),
      number: phone('Số điện thoại'),
      note: text({ label: 'Ghi chú', required: false }),
    },
    { label: 'Số liên hệ khác', summary: '{{fields.label}}' },
  ),
  alert: object(
    {
      active: boolean({ label: 'Bật thông báo', default: false }),
      severity: select({ label: 'Mức độ', options: ALERT_SEVERITIES, default: 'warning' }),
      message: text({ label: 'Nội dung', max: 280 }),
      link: text({ label: 'Đường dẫn chi tiết', required: false }),
      expires: date({ label: 'Hết hạn sau ngày', required: false }),
    },
    { label: 'Thông báo khẩn trên mọi trang', required: false },
  ),
};

export const settingsSchema = (tools: SchemaTools) => objectSchema(settingsFields, tools);
