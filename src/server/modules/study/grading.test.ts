import { describe, expect, it } from 'vitest';
import { answerShapeProblem, grade, isRight, normalizeAnswer } from './grading';

describe('grading (判分)', () => {
  it('normalizes answers to letters in order without repeats', () => {
    expect(normalizeAnswer('ca')).toBe('AC');
    expect(normalizeAnswer('A, C、c')).toBe('AC');
    expect(normalizeAnswer(null)).toBe('');
  });

  it('gives a multiple-choice question its marks only for exactly the right options', () => {
    expect(isRight('ACD', 'DCA')).toBe(true);
    expect(isRight('ACD', 'AC')).toBe(false);
    expect(isRight('ACD', 'ABCD')).toBe(false);
    expect(isRight('ACD', '')).toBe(false);
  });

  it('grades true-false and single choice by the one letter', () => {
    expect(isRight('A', 'a')).toBe(true);
    expect(isRight('B', 'A')).toBe(false);
  });

  it('adds full marks per right answer and passes at the pass mark', () => {
    const items = [
      { correct: 'A', answer: 'A' },
      { correct: 'BC', answer: 'B' },
      { correct: 'B', answer: null },
      { correct: 'AB', answer: 'BA' },
    ];
    expect(grade(items, 5, 10)).toEqual({
      score: 10,
      correctCount: 2,
      passed: true,
      rights: [true, false, false, true],
    });
    expect(grade(items, 5, 11).passed).toBe(false);
  });

  it('refuses answers a question cannot take', () => {
    expect(answerShapeProblem('single', 'AB', 4)).toBe('此题只能选一个答案');
    expect(answerShapeProblem('judge', 'C', 2)).toBe('所选答案不在选项中');
    expect(answerShapeProblem('multiple', 'ABD', 4)).toBeNull();
    expect(answerShapeProblem('single', '', 4)).toBeNull();
  });
});
