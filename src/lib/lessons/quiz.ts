/**
 * Scoring the self-check quiz. Shared by the build (which writes each question's correct option into the
 * page) and the small script on lesson pages (which marks the reader's choices in the browser; nothing is
 * sent anywhere). Pure: no DOM.
 */

export type Mark = 'correct' | 'wrong' | 'unanswered';

export interface QuizScore {
  /** One mark per question, in order. */
  marks: Mark[];
  correct: number;
  answered: number;
  total: number;
}

const normal = (s: string) => s.normalize('NFC').trim();

/** Position of the answer among the options (compared as NFC, trimmed), or -1 when it is not one of them. */
export function answerIndex(options: readonly string[], answer: string): number {
  return options.findIndex((o) => normal(o) === normal(answer));
}

/**
 * Marks the chosen options against the correct ones. `chosen[i]` is the index picked for question i, or null
 * when it was left blank; a blank is neither right nor wrong, and it counts towards the total.
 */
export function scoreQuiz(correct: readonly number[], chosen: readonly (number | null | undefined)[]): QuizScore {
  const marks = correct.map((right, i): Mark => {
    const pick = chosen[i];
    if (pick === null || pick === undefined || Number.isNaN(pick)) return 'unanswered';
    return pick === right ? 'correct' : 'wrong';
  });
  return {
    marks,
    correct: marks.filter((m) => m === 'correct').length,
    answered: marks.filter((m) => m !== 'unanswered').length,
    total: correct.length,
  };
}

/** "A", "B", … for option labels on screen and paper. */
export function optionLetter(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index > 25)
    throw new RangeError(`Không có ký hiệu cho phương án số ${index}`);
  return String.fromCharCode(65 + index);
}

/** Fills {placeholders} in a message the page hands to the script (the script does not bundle the dictionary). */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
