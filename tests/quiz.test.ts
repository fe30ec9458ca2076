import { describe, expect, it } from 'vitest';
import { answerIndex, fillTemplate, optionLetter, scoreQuiz } from '../src/lib/lessons/quiz';

describe('scoreQuiz', () => {
  it('counts right, wrong and blank answers', () => {
    const score = scoreQuiz([0, 2, 1, 3], [0, 1, null, 3]);
    expect(score.marks).toEqual(['correct', 'wrong', 'unanswered', 'correct']);
    expect(score).toMatchObject({ correct: 2, answered: 3, total: 4 });
  });

  it('treats missing and NaN choices as blank', () => {
    expect(scoreQuiz([1, 1], [Number.NaN]).marks).toEqual(['unanswered', 'unanswered']);
  });

  it('scores a perfect and an empty quiz', () => {
    expect(scoreQuiz([2, 0], [2, 0])).toMatchObject({ correct: 2, total: 2 });
    expect(scoreQuiz([], [])).toEqual({ marks: [], correct: 0, answered: 0, total: 0 });
  });
});

describe('answerIndex', () => {
  it('finds the answer among the options, ignoring Unicode form and spaces', () => {
    expect(answerIndex(['Công an', 'Tòa án'], 'Tòa án')).toBe(1);
    expect(answerIndex(['Công an', 'Tòa án'], ' ' + 'Tòa án'.normalize('NFD'))).toBe(1);
    expect(answerIndex(['Công an', 'Tòa án'], 'Viện kiểm sát')).toBe(-1);
  });
});

describe('labels', () => {
  it('letters options A, B, C…', () => {
    expect([0, 1, 25].map(optionLetter)).toEqual(['A', 'B', 'Z']);
    expect(() => optionLetter(26)).toThrow(RangeError);
  });

  it('fills message templates and leaves unknown placeholders', () => {
    expect(fillTemplate('Đúng {correct}/{total} câu{x}', { correct: 3, total: 5 })).toBe('Đúng 3/5 câu{x}');
  });
});
