import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { guideFields, guideSchema } from '../src/schemas/guide';
import { type CmsField, type SchemaTools } from '../src/schemas/fields';
import { cmsFields } from '../src/schemas/field-groups';
import {
  filterLessons,
  gradesLabel,
  isoDuration,
  jsonForScript,
  lessonFacets,
  lessonJsonLd,
  lessonMinutes,
  lessonProblems,
  type LessonData,
} from '../src/lib/lessons/lesson';
import { brokenLessons, guide, validLesson } from './fixtures/lessons';

// Outside Astro: images are not used by these guides, references stay plain ids.
const tools: SchemaTools = { image: () => z.any(), reference: () => z.string() };
const schema = guideSchema(tools);

describe('lesson schema', () => {
  it('accepts a guide without a lesson (the field is optional)', () => {
    const result = schema.safeParse(guide(undefined));
    expect(result.error?.issues).toBeUndefined();
    expect(result.data?.lesson).toBeUndefined();
  });

  it('accepts a complete lesson', () => {
    const result = schema.safeParse(guide(validLesson));
    expect(result.error?.issues).toBeUndefined();
    expect(result.data?.lesson?.grades).toEqual([8, 9]);
  });

  it.each(brokenLessons)('rejects: $name', ({ lesson, path, message }) => {
    const result = schema.safeParse(guide(lesson));
    expect(result.success).toBe(false);
    const issues = result.error!.issues;
    const issue = issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
    expect(issue, JSON.stringify(issues, null, 1)).toBeDefined();
    expect(issue!.message).toMatch(message);
  });

  it('rejects a misspelt lesson field instead of dropping it', () => {
    const result = schema.safeParse(guide({ ...validLesson, quizz: [] }));
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['lesson']);
  });
});

describe('lesson fields in the CMS (same definition)', () => {
  const lesson = cmsFields(guideFields).find((f) => f.name === 'lesson')!;
  const sub = (field: CmsField, name: string) => (field.fields as CmsField[]).find((f) => f.name === name)!;

  it('is an optional group of fields', () => {
    // 'optional-object' (cms/init.ts): Decap's plain object widget would demand the lesson's inner fields on every guide.
    expect(lesson).toMatchObject({ widget: 'optional-object', required: false, label: 'Bài học cho nhà trường' });
  });

  it('edits grades as a list of whole numbers from 6 to 12', () => {
    expect(sub(lesson, 'grades')).toMatchObject({
      widget: 'list',
      required: true,
      min: 1,
      field: { widget: 'number', value_type: 'int', min: 6, max: 12 },
    });
  });

  it('offers the lesson-plan phases and a quiz list', () => {
    const phase = sub(sub(lesson, 'activities'), 'phase');
    expect((phase.options as { value: string }[]).map((o) => o.value)).toEqual([
      'mo-dau',
      'hinh-thanh-kien-thuc',
      'luyen-tap',
      'van-dung',
    ]);
    expect((sub(lesson, 'quiz').fields as CmsField[]).map((f) => f.name)).toEqual([
      'question',
      'options',
      'answer',
      'explanation',
    ]);
    expect(sub(sub(lesson, 'objectives'), 'knowledge')).toMatchObject({ widget: 'list', required: true, min: 1 });
  });
});

describe('lessonProblems', () => {
  const lesson = validLesson as LessonData;

  it('finds nothing wrong with a good lesson', () => {
    expect(lessonProblems(lesson)).toEqual([]);
  });

  it('matches answers to options as composed, trimmed text', () => {
    const decomposed = 'Hòa giải'.normalize('NFD');
    const quiz = [{ question: 'Q', options: ['Hòa giải', 'Xét xử'], answer: ` ${decomposed} `, explanation: 'E' }];
    expect(lessonProblems({ ...lesson, quiz })).toEqual([]);
  });

  it('reports repeated options and a repeated grade', () => {
    const quiz = [{ question: 'Q', options: ['A', 'A '], answer: 'A', explanation: 'E' }];
    const problems = lessonProblems({ ...lesson, grades: [8, 8], quiz });
    expect(problems.map((p) => p.path)).toEqual([
      ['grades', 1],
      ['quiz', 0, 'options', 1],
    ]);
  });

  it('reports every problem at once, not just the first', () => {
    const quiz = [{ question: 'Q', options: ['A', 'B'], answer: 'C', explanation: 'E' }];
    const problems = lessonProblems({ ...lesson, level: 'thpt', duration: {}, quiz });
    expect(problems.map((p) => p.path)).toEqual([['grades', 0], ['grades', 1], ['duration'], ['quiz', 0, 'answer']]);
  });
});

describe('lesson length', () => {
  it('uses minutes when given, otherwise 45 per period', () => {
    expect(lessonMinutes({ periods: 2 })).toBe(90);
    expect(lessonMinutes({ periods: 1, minutes: 40 })).toBe(40);
    expect(lessonMinutes({})).toBeUndefined();
  });

  it('writes ISO 8601 durations', () => {
    expect(isoDuration(45)).toBe('PT45M');
    expect(isoDuration(60)).toBe('PT1H');
    expect(isoDuration(90)).toBe('PT1H30M');
    expect(() => isoDuration(0)).toThrow(RangeError);
  });

  it('labels grades, joining runs of three or more', () => {
    expect(gradesLabel([9, 8])).toBe('Lớp 8, 9');
    expect(gradesLabel([10, 11, 12])).toBe('Lớp 10–12');
    expect(gradesLabel([6, 7, 8, 11])).toBe('Lớp 6–8, 11');
  });
});

describe('teachers’ index filters', () => {
  const lessons = [
    { slug: 'a', level: 'thcs' as const, grades: [8, 9], topic: 'hoa-giai' },
    { slug: 'b', level: 'thcs' as const, grades: [6, 7], topic: 'phong-chong-toi-pham' },
    { slug: 'c', level: 'thpt' as const, grades: [11, 12], topic: 'tai-hoa-nhap' },
  ];

  it('filters by level, grade and topic', () => {
    expect(filterLessons(lessons, 'level', 'thcs').map((l) => l.slug)).toEqual(['a', 'b']);
    expect(filterLessons(lessons, 'grade', '9').map((l) => l.slug)).toEqual(['a']);
    expect(filterLessons(lessons, 'topic', 'tai-hoa-nhap').map((l) => l.slug)).toEqual(['c']);
    expect(filterLessons(lessons, 'grade', '10')).toEqual([]);
  });

  it('offers only filters that lead to lessons, in school order', () => {
    const facets = lessonFacets(lessons, ['tu-quan', 'tai-hoa-nhap', 'hoa-giai', 'phong-chong-toi-pham']);
    expect(facets.level.map((f) => `${f.value}:${f.count}`)).toEqual(['thcs:2', 'thpt:1']);
    expect(facets.grade.map((f) => f.value)).toEqual(['6', '7', '8', '9', '11', '12']);
    expect(facets.topic.map((f) => f.value)).toEqual(['tai-hoa-nhap', 'hoa-giai', 'phong-chong-toi-pham']);
  });
});

describe('structured data', () => {
  const data = lessonJsonLd({
    url: 'https://example.vn/hoc-tap/to-hoa-giai/',
    name: 'Tổ hòa giải ở cơ sở',
    description: 'Bài học.',
    lesson: validLesson as LessonData,
    topic: 'Hòa giải ở cơ sở',
    publisher: 'Công an tỉnh',
    guideUrl: 'https://example.vn/mo-hinh/to-hoa-giai/',
    legalBasis: [{ number: '35/2013/QH13', title: 'Luật Hòa giải ở cơ sở' }],
  });

  it('describes a LearningResource with level, time, objectives and a Quiz', () => {
    expect(data['@type']).toBe('LearningResource');
    expect(data.educationalLevel).toBe('Trung học cơ sở (THCS), lớp 8, 9');
    expect(data.timeRequired).toBe('PT45M');
    expect(data.teaches).toEqual([
      'Nêu được hòa giải ở cơ sở là gì.',
      'Nhận diện việc nên nhờ hòa giải.',
      'Trân trọng tình làng nghĩa xóm.',
    ]);
    const quiz = data.hasPart as {
      '@type': string;
      hasPart: { acceptedAnswer: { text: string }; suggestedAnswer: unknown[] }[];
    };
    expect(quiz['@type']).toBe('Quiz');
    expect(quiz.hasPart[0]!.acceptedAnswer.text).toBe('3');
    expect(quiz.hasPart[0]!.suggestedAnswer).toHaveLength(2);
  });

  it('cannot close its script element', () => {
    expect(jsonForScript({ text: '</script><script>alert(1)</script>' })).not.toContain('</script');
    expect(JSON.parse(jsonForScript({ text: '</script>' }))).toEqual({ text: '</script>' });
  });
});
