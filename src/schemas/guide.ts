/** Guides to the self-management models (src/content/guides/*.mdx), optionally carrying a school lesson. */
import { GUIDE_FIELDS, LESSON_PHASES, SCHOOL_LEVELS } from './vocabulary';
import { boolean, date, integer, longText, ref, refs, select, text, type SchemaTools } from './fields';
import { imageWithAlt, integerList, object, objectList, objectSchema, textList } from './field-groups';
import { sources, period } from './sources';
import { leafletGroup } from './leaflet';
import { lessonProblems } from '../lib/lessons/lesson';

/**
 * A legal-education lesson (giáo dục pháp luật, GDCD) built on the guide, for teachers: the lesson plan in the
 * order of a Vietnamese kế hoạch bài dạy, discussion situations and a self-check quiz. Checks across fields
 * (grades fit the level, activity order, the quiz answer is one of the options) live in src/lib/lessons/lesson.ts.
 */
export const lessonFields = {
  level: select({ label: 'Cấp học', options: SCHOOL_LEVELS }),
  grades: integerList({
    label: 'Lớp',
    hint: 'Các lớp dùng được bài này: THCS từ 6 đến 9, THPT từ 10 đến 12.',
    min: 1,
    minValue: 6,
    maxValue: 12,
  }),
  duration: object(
    {
      periods: integer({ label: 'Số tiết', min: 1, max: 10, required: false }),
      minutes: integer({
        label: 'Số phút',
        hint: 'Bỏ trống thì tính mỗi tiết 45 phút.',
        min: 5,
        max: 450,
        required: false,
      }),
    },
    { label: 'Thời lượng', hint: 'Ghi số tiết, số phút hoặc cả hai.' },
  ),
  objectives: object(
    {
      knowledge: textList({ label: 'Kiến thức', min: 1 }),
      skills: textList({ label: 'Kỹ năng', min: 1 }),
      attitudes: textList({ label: 'Thái độ', min: 1 }),
    },
    { label: 'Mục tiêu bài học' },
  ),
  materials: textList({ label: 'Chuẩn bị (học liệu, đồ dùng)' }),
  activities: objectList(
    {
      phase: select({ label: 'Hoạt động', options: LESSON_PHASES }),
      minutes: integer({ label: 'Số phút', min: 1, max: 180 }),
      title: text({ label: 'Tên hoạt động', required: false }),
      description: longText({ label: 'Cách tổ chức' }),
    },
    { label: 'Tiến trình dạy học', min: 1, summary: '{{fields.phase}} – {{fields.minutes}} phút' },
  ),
  situations: objectList(
    {
      title: text({ label: 'Tên tình huống' }),
      situation: longText({ label: 'Tình huống' }),
      question: longText({ label: 'Câu hỏi thảo luận' }),
      guidance: longText({ label: 'Gợi ý xử lý (cho giáo viên)', required: false }),
    },
    { label: 'Tình huống thảo luận', summary: '{{fields.title}}' },
  ),
  quiz: objectList(
    {
      question: longText({ label: 'Câu hỏi' }),
      options: textList({ label: 'Các phương án', min: 2 }),
      answer: text({ label: 'Đáp án đúng', hint: 'Chép nguyên văn một trong các phương án ở trên.' }),
      explanation: longText({ label: 'Giải thích' }),
    },
    { label: 'Câu hỏi tự kiểm tra', min: 1, summary: '{{fields.question}}' },
  ),
};

export const guideFields = {
  /** Name of the model, e.g. "Hộ an toàn, thôn bản bình yên". */
  title: text({ label: 'Tên mô hình', max: 160 }),
  summary: longText({ label: 'Tóm tắt', max: 600 }),
  field: select({ label: 'Lĩnh vực', options: GUIDE_FIELDS }),
  /** Legal basis of the model: documents in the laws collection, cited by id. */
  laws: refs('laws', { label: 'Căn cứ pháp lý' }),
  participants: objectList(
    {
      role: text({ label: 'Thành phần' }),
      duties: longText({ label: 'Nhiệm vụ' }),
    },
    { label: 'Ai tham gia', min: 1, summary: '{{fields.role}}' },
  ),
  steps: objectList(
    {
      title: text({ label: 'Bước' }),
      detail: longText({ label: 'Cách làm' }),
    },
    { label: 'Các bước xây dựng và duy trì', min: 1, summary: '{{fields.title}}' },
  ),
  successSigns: textList({ label: 'Dấu hiệu hoạt động hiệu quả', min: 1 }),
  deployments: objectList(
    {
      locality: ref('localities', { label: 'Địa bàn' }),
      since: integer({ label: 'Từ năm', min: 1945, max: 2100, required: false }),
      note: text({ label: 'Ghi chú', required: false }),
    },
    { label: 'Nơi đang triển khai' },
  ),
  sources: sources(),
  cover: imageWithAlt({ label: 'Ảnh đại diện', required: false }),
  /** Position in lists; lower first. */
  order: integer({ label: 'Thứ tự hiển thị', min: 0, required: false }),
  publishedAt: date({
    label: 'Ngày biên soạn, đăng',
    hint: 'Ngày bài được viết cho cổng thông tin, không phải ngày của sự việc.',
  }),
  updatedAt: date({ label: 'Cập nhật lần cuối', required: false }),
  period: period(),
  /** What changed at the last update, so readers know the guide follows current law. */
  changeNote: text({ label: 'Nội dung cập nhật', required: false }),
  draft: boolean({ label: 'Bản nháp', default: false }),
  leaflet: leafletGroup(),
  lesson: object(lessonFields, {
    label: 'Bài học cho nhà trường',
    hint: 'Chỉ điền khi mô hình được dùng làm bài giáo dục pháp luật ở trường.',
    required: false,
  }),
};

export const guideSchema = (tools: SchemaTools) =>
  objectSchema(guideFields, tools).superRefine((data, ctx) => {
    if (!data.lesson) return;
    for (const problem of lessonProblems(data.lesson))
      ctx.addIssue({ code: 'custom', path: ['lesson', ...problem.path], message: problem.message });
  });
