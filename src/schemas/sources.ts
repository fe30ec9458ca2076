/**
 * Where an entry's facts come from. Articles, profiles, guides and figures list their sources, shown to readers
 * as "Nguồn" under the text; a contact in the settings carries one to be shown at all.
 */
import { date, text, longText, url } from './fields';
import { object, objectList } from './field-groups';

export const sourceFields = {
  /** Title of the document, article or page the facts were taken from. */
  title: text({ label: 'Tên tài liệu nguồn', max: 300 }),
  /** Who published it (newspaper, agency); left out when the source does not say. */
  publisher: text({ label: 'Nơi công bố', required: false }),
  /** Publication date, only when the source gives it. */
  date: date({ label: 'Ngày công bố', required: false }),
  url: url({ label: 'Đường dẫn', hint: 'Địa chỉ https:// của bản gốc, nếu có.', required: false }),
  /** What the source covers, or what it does not say (no author, no date). */
  note: longText({ label: 'Ghi chú về nguồn', required: false, max: 400 }),
};

/** The sources of an entry's facts; at least one, so nothing is published without saying where it comes from. */
export const sources = (label = 'Nguồn thông tin') =>
  objectList(sourceFields, {
    label,
    min: 1,
    summary: '{{fields.title}}',
    hint: 'Tài liệu, văn bản mà các thông tin trong bài được lấy từ đó. Điều gì nguồn không nói thì không viết.',
  });

/** One source, for a single fact such as a phone number; optional, but what has none is not shown. */
export const source = (label = 'Nguồn công bố') =>
  object(sourceFields, {
    label,
    required: false,
    hint: 'Văn bản hoặc trang chính thức đã công bố thông tin này. Không có nguồn thì không hiển thị.',
  });
