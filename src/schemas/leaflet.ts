/**
 * The printed leaflet's own text, written for residents: a guide or a safety article says it for the page, the
 * leaflet says it for a sheet handed out at the commune office. Only this group is printed; nothing is taken from
 * the entry's participants, steps or criteria, which are written for the officers who build a model. An entry
 * without the group, or with too little in it (src/lib/materials/leaflet.ts), gets no leaflet and the build says so.
 */
import { text } from './fields';
import { object, textList } from './field-groups';

export const leafletFields = {
  headline: text({
    label: 'Đầu đề tờ rơi',
    hint: 'Một câu ngắn nói thẳng với người dân, ví dụ: “Báo tin tội phạm: nhanh, đúng nơi, an toàn”.',
    max: 90,
  }),
  messages: textList({
    label: 'Thông điệp chính',
    hint: 'Từ 3 đến 6 ý, mỗi ý một hai câu trọn vẹn, lấy từ văn bản chính thức hoặc nguồn của bài.',
    min: 3,
    max: 6,
  }),
  dos: textList({ label: 'Nên làm', hint: 'Mỗi việc một câu trọn vẹn.', min: 1, max: 6 }),
  donts: textList({ label: 'Không nên làm', hint: 'Mỗi việc một câu trọn vẹn.', min: 1, max: 6 }),
  whoToCall: textList({
    label: 'Gọi ai, báo ở đâu',
    hint: 'Nơi người dân tìm đến. Không ghi số điện thoại ở đây: số khẩn cấp và đường dây nóng có nguồn được in từ Cài đặt chung.',
    min: 1,
    max: 4,
  }),
};

/** The optional group on guides and safety articles. */
export const leafletGroup = () =>
  object(leafletFields, {
    label: 'Tờ rơi cho người dân',
    hint: 'Nội dung in trên tờ rơi (A5 hai trang và A4 gấp ba). Bỏ trống thì mục này không có tờ rơi.',
    required: false,
  });
