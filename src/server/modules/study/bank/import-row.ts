import { OPTION_LETTERS, type QuestionKind } from '../../../../contracts/api/study';
import type { ImportErrors } from '../../../platform/excel/import-errors';
import type { SheetRow } from '../../../platform/excel/read';
import { normalizeAnswer } from '../grading';
import { judgeAnswerOf, optionsOf, questionProblems, stemKeyOf } from '../question-rules';
import { DIFFICULTY_WORDS, type KIND_WORDS } from './import-sheet';

// One row of the 题库 sheet → a question, or its problems on its cells (Chinese, by column).

const KINDS: Record<(typeof KIND_WORDS)[number], QuestionKind> = {
  单选: 'single',
  多选: 'multiple',
  判断: 'judge',
};

export interface ImportedQuestion {
  row: number;
  kind: QuestionKind;
  stem: string;
  stemKey: string;
  options: string[];
  answer: string;
  explanation: string | null;
  category: string;
  difficulty: number | null;
  source: string | null;
}

/** Stems already in the bank and those met earlier in the file (key → row). */
export interface SeenStems {
  bank: Set<string>;
  file: Map<string, number>;
}

const kindOf = (text: string | undefined): QuestionKind | undefined =>
  KINDS[(text ?? '').replace(/题$/, '') as keyof typeof KINDS];

export const checkQuestionRow = (
  row: SheetRow,
  seen: SeenStems,
  errors: ImportErrors,
): ImportedQuestion | undefined => {
  const c = row.cells;
  const before = errors.count;
  const add = (key: string, message: string) => errors.add(row.row, key, message);
  const kind = kindOf(c.kind);
  if (!c.kind) add('kind', '请填写题型：单选、多选或判断');
  else if (!kind) add('kind', `题型“${c.kind}”不对，应为单选、多选或判断`);
  const stem = c.stem ?? '';
  if (stem.length > 500) add('stem', '题干最多500字');
  const rawOptions = OPTION_LETTERS.map((l) => c[`option${l}`] ?? '');
  for (const [i, o] of rawOptions.entries())
    if (o.length > 200) add(`option${OPTION_LETTERS[i]}`, '选项最多200字');
  let answer = normalizeAnswer(c.answer);
  if (kind === 'judge' && c.answer) {
    const judged = judgeAnswerOf(c.answer);
    if (!judged) add('answer', '判断题的答案应为“对”或“错”');
    answer = judged ?? 'X';
  } else if (c.answer && /[^A-Fa-f,，、\s]/.test(c.answer)) add('answer', '答案应为选项字母，如 A 或 ACD');
  if (kind) {
    const problems = questionProblems({
      kind,
      stem,
      options: rawOptions,
      answer: answer === 'X' ? 'A' : answer,
    });
    for (const p of problems) {
      if (p.path === 'answer' && errors.byRow.get(row.row)?.some((e) => e.key === 'answer')) continue;
      add(p.option ? `option${p.option}` : p.path === 'options' ? 'optionA' : p.path, p.message);
    }
  }
  const category = c.category ?? '';
  if (!category) add('category', '请填写分类，如 党章党规');
  else if (category.length > 20) add('category', '分类最多20字');
  const difficulty = c.difficulty ? DIFFICULTY_WORDS.indexOf(c.difficulty as '易') + 1 : null;
  if (difficulty === 0) add('difficulty', '难度应为易、中或难，可不填');
  if (c.explanation && c.explanation.length > 1000) add('explanation', '解析最多1000字');
  if (c.source && c.source.length > 100) add('source', '出处最多100字');
  const stemKey = stemKeyOf(stem);
  if (stem && seen.bank.has(stemKey)) add('stem', '题库中已有相同题干的题目');
  else if (stem && seen.file.has(stemKey)) add('stem', `与第${seen.file.get(stemKey)}行的题干相同`);
  if (stem) seen.file.set(stemKey, seen.file.get(stemKey) ?? row.row);
  if (errors.count > before || !kind) return undefined;
  return {
    row: row.row,
    kind,
    stem,
    stemKey,
    options: optionsOf(kind, rawOptions),
    answer,
    explanation: c.explanation ?? null,
    category,
    difficulty,
    source: c.source ?? null,
  };
};
