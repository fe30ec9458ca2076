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

/**
 * The time the entry's facts belong to, as its source gives it ("năm 2021"), shown apart from the day the entry was
 * written: "Biên soạn ngày 27 tháng 11 năm 2026 · Số liệu năm 2021". Left out when the facts are of no particular time.
 */
export const period = () =>
  text({
    label: 'Số liệu, sự việc của thời điểm nào',
    hint: 'Ghi như nguồn nói, sau chữ "Số liệu", ví dụ: "năm 2021". Nguồn không ghi năm thì không tự điền năm.',
    required: false,
    max: 120,
  });
