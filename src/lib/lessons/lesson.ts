/**
 * School lessons built on model guides: the checks Zod cannot make field by field (grades fit the level,
 * activities follow the lesson-plan order, a quiz answer is one of its options), the lesson's length, the
 * filters of the teachers' index and the schema.org description. Pure: no Astro, no DOM.
 */
import {
  LESSON_PHASES,
  LEVEL_GRADES,
  SCHOOL_LEVELS,
  type LessonPhase,
  type SchoolLevel,
} from '../../schemas/vocabulary';
import { answerIndex } from './quiz';

/** Minutes in one class period (tiết học) at lower and upper secondary school. */
export const PERIOD_MINUTES = 45;

export interface QuizQuestion {
  question: string;
  options: readonly string[];
  answer: string;
  explanation: string;
}

export interface LessonActivity {
  phase: LessonPhase;
  minutes: number;
  title?: string | undefined;
  description: string;
}

/** The lesson as stored in a guide's `lesson` field, after Zod has checked each field on its own. */
export interface LessonData {
  level: SchoolLevel;
  grades: readonly number[];
  duration: { periods?: number | undefined; minutes?: number | undefined };
  objectives: { knowledge: readonly string[]; skills: readonly string[]; attitudes: readonly string[] };
  materials: readonly string[];
  activities: readonly LessonActivity[];
  situations: readonly { title: string; situation: string; question: string; guidance?: string | undefined }[];
  quiz: readonly QuizQuestion[];
}

export interface LessonProblem {
  /** Path inside the lesson, e.g. ['quiz', 2, 'answer']. */
  path: (string | number)[];
  message: string;
}

const PHASES = Object.keys(LESSON_PHASES) as LessonPhase[];
const phaseRank = (phase: LessonPhase) => PHASES.indexOf(phase);
const gradeRange = (level: SchoolLevel) => {
  const grades = LEVEL_GRADES[level];
  return `lớp ${grades[0]}–${grades[grades.length - 1]}`;
};

/** Length of the lesson in minutes: the minutes given, or periods × 45; undefined when neither is given. */
export function lessonMinutes(duration: LessonData['duration']): number | undefined {
  if (duration.minutes !== undefined) return duration.minutes;
  if (duration.periods !== undefined) return duration.periods * PERIOD_MINUTES;
  return undefined;
}

/** Every problem in a lesson, in Vietnamese, each with the path of the field to fix. Empty when all is well. */
export function lessonProblems(lesson: LessonData): LessonProblem[] {
  const problems: LessonProblem[] = [];
  const add = (path: LessonProblem['path'], message: string) => problems.push({ path, message });

  const allowed = LEVEL_GRADES[lesson.level];
  const seenGrades = new Set<number>();
  lesson.grades.forEach((grade, i) => {
    if (!allowed.includes(grade))
      add(
        ['grades', i],
        `Lớp: lớp ${grade} không thuộc cấp ${SCHOOL_LEVELS[lesson.level]} (${gradeRange(lesson.level)})`,
      );
    if (seenGrades.has(grade)) add(['grades', i], `Lớp: lớp ${grade} bị ghi hai lần`);
    seenGrades.add(grade);
  });
  if (lesson.grades.length === 0) add(['grades'], 'Lớp: cần ghi ít nhất một lớp');

  const total = lessonMinutes(lesson.duration);
  if (total === undefined) add(['duration'], 'Thời lượng: cần ghi số tiết hoặc số phút');

  const objectiveLabels = { knowledge: 'Kiến thức', skills: 'Kỹ năng', attitudes: 'Thái độ' } as const;
  for (const key of Object.keys(objectiveLabels) as (keyof typeof objectiveLabels)[]) {
    if (lesson.objectives[key].length === 0)
      add(['objectives', key], `Mục tiêu bài học – ${objectiveLabels[key]}: cần ít nhất một mục`);
  }

  const order = PHASES.map((p) => LESSON_PHASES[p]).join(' → ');
  lesson.activities.forEach((activity, i) => {
    const previous = lesson.activities[i - 1];
    if (previous && phaseRank(activity.phase) < phaseRank(previous.phase)) {
      add(
        ['activities', i, 'phase'],
        `Tiến trình dạy học: hoạt động thứ ${i + 1} (${LESSON_PHASES[activity.phase]}) đứng sau "${LESSON_PHASES[previous.phase]}"; thứ tự đúng là ${order}`,
      );
    }
  });
  const missing = PHASES.filter((p) => !lesson.activities.some((a) => a.phase === p));
  if (missing.length > 0)
    add(
      ['activities'],
      `Tiến trình dạy học: thiếu hoạt động ${missing.map((p) => `"${LESSON_PHASES[p]}"`).join(', ')} (cần đủ ${order})`,
    );
  const planned = lesson.activities.reduce((sum, a) => sum + a.minutes, 0);
  if (total !== undefined && planned > total) {
    add(
      ['activities'],
      `Tiến trình dạy học: các hoạt động cộng lại ${planned} phút, dài hơn thời lượng bài học (${total} phút)`,
    );
  }

  lesson.quiz.forEach((q, i) => {
    const where = `Câu hỏi tự kiểm tra số ${i + 1}`;
    const seen = new Set<string>();
    q.options.forEach((option, j) => {
      const key = option.normalize('NFC').trim();
      if (seen.has(key)) add(['quiz', i, 'options', j], `${where} → Các phương án: "${option}" bị ghi hai lần`);
      seen.add(key);
    });
    if (answerIndex(q.options, q.answer) < 0) {
      add(
        ['quiz', i, 'answer'],
        `${where} → Đáp án đúng: "${q.answer}" không nằm trong các phương án (${q.options.map((o) => `"${o}"`).join(', ')})`,
      );
    }
  });
  return problems;
}

/** ISO 8601 duration for schema.org `timeRequired`: 45 → "PT45M", 90 → "PT1H30M". */
export function isoDuration(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes <= 0) throw new RangeError(`Thời lượng không hợp lệ: ${minutes}`);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `PT${hours ? `${hours}H` : ''}${rest ? `${rest}M` : ''}`;
}

/** "Lớp 8, 9" / "Lớp 10–12" for consecutive runs of three or more. */
export function gradesLabel(grades: readonly number[]): string {
  const sorted = [...new Set(grades)].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const g of sorted) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === g - 1) run.push(g);
    else runs.push([g]);
  }
  const parts = runs.flatMap((run) => (run.length >= 3 ? [`${run[0]}–${run[run.length - 1]}`] : run.map(String)));
  return `Lớp ${parts.join(', ')}`;
}

// --- The teachers' index -------------------------------------------------------------------------------

/** What the index needs to know about one lesson. */
export interface LessonCard {
  slug: string;
  level: SchoolLevel;
  grades: readonly number[];
  /** The guide's field, used as the lesson's topic. */
  topic: string;
}

export type FacetKind = 'level' | 'grade' | 'topic';

export interface FacetValue {
  kind: FacetKind;
  /** URL segment: "thcs", "9", "hoa-giai". */
  value: string;
  count: number;
}

/** Filter values that have at least one lesson, in a stable order (levels and grades ascending, topics as given). */
export function lessonFacets<L extends LessonCard>(
  lessons: readonly L[],
  topicOrder: readonly string[],
): Record<FacetKind, FacetValue[]> {
  const count = (kind: FacetKind, values: readonly string[]) =>
    values
      .map((value) => ({ kind, value, count: filterLessons(lessons, kind, value).length }))
      .filter((f) => f.count > 0);
  const grades = Object.values(LEVEL_GRADES).flat().map(String);
  return {
    level: count('level', Object.keys(SCHOOL_LEVELS)),
    grade: count('grade', grades),
    topic: count('topic', topicOrder),
  };
}

export function filterLessons<L extends LessonCard>(lessons: readonly L[], kind: FacetKind, value: string): L[] {
  return lessons.filter((l) =>
    kind === 'level' ? l.level === value : kind === 'grade' ? l.grades.includes(Number(value)) : l.topic === value,
  );
}

// --- schema.org ----------------------------------------------------------------------------------------

export interface LessonJsonLdInput {
  url: string;
  name: string;
  description: string;
  lesson: LessonData;
  topic: string;
  publisher: string;
  /** Absolute URL of the guide the lesson is built on. */
  guideUrl: string;
  legalBasis: readonly { number: string; title: string }[];
}

/** A schema.org LearningResource with its self-check as a Quiz (https://schema.org/LearningResource). */
export function lessonJsonLd(input: LessonJsonLdInput): Record<string, unknown> {
  const { lesson } = input;
  const minutes = lessonMinutes(lesson.duration);
  return {
    '@context': 'https://schema.org',
    '@type': 'LearningResource',
    '@id': `${input.url}#bai-hoc`,
    url: input.url,
    name: input.name,
    description: input.description,
    inLanguage: 'vi',
    learningResourceType: 'Lesson plan',
    educationalUse: 'Giáo dục pháp luật',
    educationalLevel: `${SCHOOL_LEVELS[lesson.level]}, ${gradesLabel(lesson.grades).toLowerCase()}`,
    audience: { '@type': 'EducationalAudience', educationalRole: 'teacher' },
    about: input.topic,
    ...(minutes ? { timeRequired: isoDuration(minutes) } : {}),
    teaches: [...lesson.objectives.knowledge, ...lesson.objectives.skills, ...lesson.objectives.attitudes],
    isBasedOn: [
      input.guideUrl,
      ...input.legalBasis.map((d) => ({ '@type': 'Legislation', legislationIdentifier: d.number, name: d.title })),
    ],
    isAccessibleForFree: true,
    publisher: { '@type': 'GovernmentOrganization', name: input.publisher },
    hasPart: {
      '@type': 'Quiz',
      name: `Tự kiểm tra: ${input.name}`,
      url: `${input.url}#tu-kiem-tra`,
      inLanguage: 'vi',
      hasPart: lesson.quiz.map((q) => ({
        '@type': 'Question',
        eduQuestionType: 'Multiple choice',
        text: q.question,
        suggestedAnswer: q.options.filter((o) => o !== q.answer).map((o) => ({ '@type': 'Answer', text: o })),
        acceptedAnswer: {
          '@type': 'Answer',
          text: q.answer,
          answerExplanation: { '@type': 'Comment', text: q.explanation },
        },
      })),
    },
  };
}

/** JSON for an inline <script type="application/ld+json">: "<" escaped so text can never close the element. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
