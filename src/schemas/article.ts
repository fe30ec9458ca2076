/** News and feature articles (src/content/articles/*.mdx). */
import { ARTICLE_CATEGORIES } from './vocabulary';
import { sources, period } from './sources';
import { leafletGroup } from './leaflet';
import { boolean, date, longText, refs, select, text, type SchemaTools } from './fields';
import { imageWithAlt, objectSchema, textList } from './field-groups';

export const articleFields = {
  /** Headline as readers see it. */
  title: text({ label: 'Tiêu đề', max: 160 }),
  /** Sapo: the one-paragraph summary under the headline, also used in lists and feeds. */
  lead: longText({ label: 'Sapo (tóm tắt)', hint: 'Một đoạn ngắn, 1–3 câu, nêu ý chính của bài.', max: 600 }),
  publishedAt: date({
    label: 'Ngày biên soạn, đăng',
    hint: 'Ngày bài được viết cho cổng thông tin, không phải ngày của sự việc.',
  }),
  updatedAt: date({ label: 'Ngày cập nhật', required: false }),
  period: period(),
  /** Byline: a unit or a named writer. */
  author: text({ label: 'Tác giả / đơn vị' }),
  category: select({ label: 'Chuyên mục', options: ARTICLE_CATEGORIES }),
  /** Free topics; each gets a page at /chu-de/<slug>/. */
  topics: textList({ label: 'Chủ đề', hint: 'Mỗi chủ đề một dòng, ví dụ: "Hòa giải ở cơ sở".' }),
  localities: refs('localities', { label: 'Địa bàn liên quan' }),
  relatedGuides: refs('guides', { label: 'Mô hình liên quan' }),
  relatedProfiles: refs('profiles', { label: 'Gương điển hình liên quan' }),
  /** Legal documents the article cites; each must exist in the laws collection. */
  laws: refs('laws', { label: 'Văn bản pháp luật được nhắc đến' }),
  sources: sources(),
  cover: imageWithAlt({ label: 'Ảnh đại diện', required: false }),
  /** Printed leaflet, for articles of a safety category (LEAFLET_ARTICLE_CATEGORIES). */
  leaflet: leafletGroup(),
  featured: boolean({ label: 'Bài nổi bật', hint: 'Hiện ở đầu trang chủ.', default: false }),
  draft: boolean({ label: 'Bản nháp', hint: 'Bản nháp không xuất hiện trên trang công khai.', default: false }),
};

export const articleSchema = (tools: SchemaTools) => objectSchema(articleFields, tools);
