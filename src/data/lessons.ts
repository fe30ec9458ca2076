/** Guides that carry a school lesson, for the teachers' index (/hoc-tap/) and the lesson pages. */
import { loadSite, type Guide } from './site';
import { compareVi } from '../lib/text/collation';
import { lessonMinutes, type LessonCard } from '../lib/lessons/lesson';
import { t } from '../i18n/vi';
import { SCHOOL_LEVELS } from '../schemas/vocabulary';

export type Lesson = NonNullable<Guide['data']['lesson']>;

export interface GuideLesson extends LessonCard {
  guide: Guide;
  lesson: Lesson;
}

const levelRank = (level: string) => Object.keys(SCHOOL_LEVELS).indexOf(level);

/** Published guides with a lesson, ordered as a teacher looks for them: by level, then lowest grade, then title. */
export async function loadLessons(): Promise<GuideLesson[]> {
  const { guides } = await loadSite();
  return guides
    .flatMap((guide) =>
      guide.data.lesson
        ? [
            {
              slug: guide.id,
              level: guide.data.lesson.level,
              grades: guide.data.lesson.grades,
              topic: guide.data.field,
              guide,
              lesson: guide.data.lesson,
            },
          ]
        : [],
    )
    .sort(
      (a, b) =>
        levelRank(a.level) - levelRank(b.level) ||
        Math.min(...a.grades) - Math.min(...b.grades) ||
        compareVi(a.guide.data.title, b.guide.data.title),
    );
}

/** "1 tiết (45 phút)", "40 phút", "2 tiết (80 phút)". */
export function durationText(duration: Lesson['duration']): string {
  const minutes = lessonMinutes(duration);
  const periods = duration.periods ? t('lesson.periods', { periods: duration.periods }) : undefined;
  const inMinutes = minutes ? t('lesson.minutes', { minutes }) : '';
  return periods ? `${periods} (${inMinutes})` : inMinutes;
}

/** "THCS", "THPT": the short name teachers use. */
export const levelShort = (level: Lesson['level']) => level.toUpperCase();
