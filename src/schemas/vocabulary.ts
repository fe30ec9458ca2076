/** Fixed lists shared by schemas, CMS and pages: stored value → label readers and editors see. */

export const ARTICLE_CATEGORIES = {
  'tin-phong-trao': 'Tin phong trào',
  'phap-luat-chinh-sach': 'Pháp luật, chính sách',
  'canh-bao-toi-pham': 'Cảnh báo tội phạm',
  'su-kien': 'Sự kiện',
  'khen-thuong': 'Biểu dương, khen thưởng',
} as const;
export type ArticleCategory = keyof typeof ARTICLE_CATEGORIES;

export const PROFILE_KINDS = {
  'ca-nhan': 'Cá nhân',
  'tap-the': 'Tập thể',
} as const;

export const GUIDE_FIELDS = {
  'phong-chong-toi-pham': 'Phòng, chống tội phạm',
  'hoa-giai': 'Hòa giải ở cơ sở',
  'tai-hoa-nhap': 'Tái hòa nhập cộng đồng',
  'phong-chong-ma-tuy': 'Phòng, chống ma túy',
  'tu-quan': 'Tự quản ở khu dân cư',
} as const;

export const LOCALITY_KINDS = {
  tinh: 'Tỉnh',
  huyen: 'Huyện',
  'thanh-pho': 'Thành phố',
  xa: 'Xã',
  phuong: 'Phường',
  'thi-tran': 'Thị trấn',
  thon: 'Thôn, bản',
  'to-dan-pho': 'Tổ dân phố',
} as const;

export const ALERT_SEVERITIES = {
  info: 'Thông tin',
  warning: 'Cảnh báo',
  danger: 'Khẩn cấp',
} as const;
