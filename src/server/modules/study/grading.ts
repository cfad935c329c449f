import type { QuestionKind } from '../../../contracts/api/study';

// 判分 on the server (docs/study.md §评分): a question scores its full value when the answer is
// exactly the correct one, and nothing otherwise. For 多选 that means every correct option and
// no other: choosing fewer, more or other options scores 0 (no partial credit, as in most
// 党建 knowledge tests). An unanswered question scores 0.

/** An answer as letters in order without repeats ('ca' → 'AC'); '' when nothing is chosen. */
export const normalizeAnswer = (answer: string | null | undefined): string =>
  [...new Set((answer ?? '').toUpperCase().replace(/[^A-F]/g, ''))].sort().join('');

export const isRight = (correct: string, answer: string | null | undefined): boolean => {
  const given = normalizeAnswer(answer);
  return given !== '' && given === normalizeAnswer(correct);
};

export interface GradedItem {
  correct: string;
  answer: string | null;
}

export interface Grade {
  score: number;
  correctCount: number;
  passed: boolean;
  rights: boolean[];
}

/** The score of an attempt: full marks per exactly right answer; passed at or above the pass mark. */
export const grade = (items: readonly GradedItem[], scorePerQuestion: number, passMark: number): Grade => {
  const rights = items.map((i) => isRight(i.correct, i.answer));
  const correctCount = rights.filter(Boolean).length;
  const score = correctCount * scorePerQuestion;
  return { score, correctCount, passed: score >= passMark, rights };
};

/** Whether an answer has the shape its kind allows: one letter for 单选/判断, several for 多选. */
export const answerShapeProblem = (
  kind: QuestionKind,
  answer: string,
  optionCount: number,
): string | null => {
  const letters = normalizeAnswer(answer);
  if (letters === '') return null;
  if ([...letters].some((l) => l.charCodeAt(0) - 65 >= optionCount)) return '所选答案不在选项中';
  if (kind !== 'multiple' && letters.length > 1) return '此题只能选一个答案';
  return null;
};
