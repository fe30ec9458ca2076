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

/**
 * Levels of administrative unit. Since 1/7/2025: province, then xã, phường or đặc khu, then villages; huyện, thành
 * phố thuộc tỉnh and thị trấn remain only for former units.
 */
export const LOCALITY_KINDS = {
  tinh: 'Tỉnh',
  huyen: 'Huyện',
  'thanh-pho': 'Thành phố',
  xa: 'Xã',
  phuong: 'Phường',
  'dac-khu': 'Đặc khu',
  'thi-tran': 'Thị trấn',
  thon: 'Thôn, bản',
  'to-dan-pho': 'Tổ dân phố',
} as const;

/** Kinds below the commune: villages are not formed by a resolution of the National Assembly's bodies. */
export const VILLAGE_KINDS = ['thon', 'to-dan-pho'] as const;

/** How much of a former unit went into a new one. */
export const UNIT_SHARES = {
  whole: 'Toàn bộ',
  part: 'Một phần',
  remainder: 'Phần còn lại',
} as const;

export const ALERT_SEVERITIES = {
  info: 'Thông tin',
  warning: 'Cảnh báo',
  danger: 'Khẩn cấp',
} as const;

/** School levels a lesson is written for; the value is also the URL segment of the level's filter page. */
export const SCHOOL_LEVELS = {
  thcs: 'Trung học cơ sở (THCS)',
  thpt: 'Trung học phổ thông (THPT)',
} as const;
export type SchoolLevel = keyof typeof SCHOOL_LEVELS;

/** Grades each level covers in the Vietnamese school system. */
export const LEVEL_GRADES: Record<SchoolLevel, readonly number[]> = {
  thcs: [6, 7, 8, 9],
  thpt: [10, 11, 12],
};

/**
 * The four activities of a Vietnamese lesson plan (kế hoạch bài dạy, Công văn 5512/BGDĐT-GDTrH),
 * in the order they are taught. Key order here is the required order.
 */
export const LESSON_PHASES = {
  'mo-dau': 'Mở đầu',
  'hinh-thanh-kien-thuc': 'Hình thành kiến thức mới',
  'luyen-tap': 'Luyện tập',
  'van-dung': 'Vận dụng',
} as const;
export type LessonPhase = keyof typeof LESSON_PHASES;

/** Kinds of legal document the portal cites, with the symbol their number carries after the year. */
export const LAW_TYPES = {
  'bo-luat': 'Bộ luật',
  luat: 'Luật',
  'nghi-quyet': 'Nghị quyết',
  'nghi-dinh': 'Nghị định',
  'quyet-dinh': 'Quyết định',
  'thong-tu': 'Thông tư',
  'chi-thi': 'Chỉ thị',
} as const;
export type LawType = keyof typeof LAW_TYPES;

/** A status other than "not verified" needs the publication it was checked against (law.ts). */
export const LAW_STATUSES = {
  'chua-xac-minh': 'Chưa xác minh hiệu lực',
  'con-hieu-luc': 'Còn hiệu lực',
  'het-hieu-luc-mot-phan': 'Hết hiệu lực một phần',
  'het-hieu-luc': 'Hết hiệu lực',
  'chua-co-hieu-luc': 'Chưa có hiệu lực',
} as const;

/**
 * Numbers of the four national emergency and support lines. They may be shown without a source in the
 * settings; any other number needs the document or page that published it.
 */
export const NATIONAL_SHORT_NUMBERS = ['113', '114', '115', '111'] as const;
