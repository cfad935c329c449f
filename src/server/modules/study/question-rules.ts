import { JUDGE_OPTIONS, OPTION_LETTERS, type QuestionKind } from '../../../contracts/api/study';
import { normalizeAnswer } from './grading';

// What makes a question whole, the same for the form and the Excel import: options from A on
// without gaps, the answer among them, one answer for 单选 and 判断, at least two for 多选.

export interface QuestionDraft {
  kind: QuestionKind;
  stem: string;
  options: string[];
  answer: string;
}

export interface Problem {
  path: 'kind' | 'stem' | 'options' | 'answer';
  message: string;
  /** The option the problem is on (Excel column 选项A…F). */
  option?: string;
}

/** The options as stored: 正确/错误 for 判断; otherwise the filled ones (A…F, trailing blanks dropped). */
export const optionsOf = (kind: QuestionKind, options: readonly string[]): string[] => {
  if (kind === 'judge') return [...JUDGE_OPTIONS];
  const trimmed = options.map((o) => o.trim());
  while (trimmed.length && trimmed[trimmed.length - 1] === '') trimmed.pop();
  return trimmed;
};

/** The stem for the duplicate check: no spaces or punctuation, full-width letters folded. */
export const stemKeyOf = (stem: string): string =>
  stem
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');

/** 对/错 and their usual spellings → A (正确) / B (错误); letters pass through. */
export const judgeAnswerOf = (text: string): string | undefined => {
  const t = text.trim().toUpperCase();
  if (['对', '正确', '√', '✓', 'T', 'TRUE', '是', 'Y', 'A'].includes(t)) return 'A';
  if (['错', '错误', '×', '✗', 'X', 'F', 'FALSE', '否', 'N', 'B'].includes(t)) return 'B';
  return undefined;
};

export const questionProblems = (q: QuestionDraft): Problem[] => {
  const problems: Problem[] = [];
  if (!q.stem.trim()) problems.push({ path: 'stem', message: '请填写题干' });
  const options = optionsOf(q.kind, q.options);
  if (q.kind !== 'judge') {
    const gap = options.indexOf('');
    if (gap >= 0)
      problems.push({
        path: 'options',
        message: `选项须从A起连续填写，选项${OPTION_LETTERS[gap]}是空的`,
        option: OPTION_LETTERS[gap],
      });
    if (options.length < 2) problems.push({ path: 'options', message: '选择题至少要有A、B两个选项' });
    const seen = new Set<string>();
    for (const [i, o] of options.entries()) {
      if (o && seen.has(o))
        problems.push({
          path: 'options',
          message: `选项${OPTION_LETTERS[i]}与前面的选项重复`,
          option: OPTION_LETTERS[i],
        });
      seen.add(o);
    }
  }
  const letters = normalizeAnswer(q.answer);
  if (!letters) {
    problems.push({
      path: 'answer',
      message: q.kind === 'judge' ? '请填写答案：对或错' : '请填写答案，如 A 或 ACD',
    });
    return problems;
  }
  const missing = [...letters].filter((l) => l.charCodeAt(0) - 65 >= options.length);
  if (missing.length) problems.push({ path: 'answer', message: `答案${missing.join('、')}不在选项中` });
  if (q.kind === 'single' && letters.length > 1)
    problems.push({ path: 'answer', message: '单选题只能有一个答案，多个答案请选“多选”题型' });
  if (q.kind === 'judge' && letters.length > 1)
    problems.push({ path: 'answer', message: '判断题的答案应为对或错' });
  if (q.kind === 'multiple' && letters.length < 2)
    problems.push({ path: 'answer', message: '多选题至少有两个正确答案，只有一个答案请选“单选”题型' });
  return problems;
};
