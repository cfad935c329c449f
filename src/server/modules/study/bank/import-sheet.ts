import { DEFAULT_CATEGORIES, OPTION_LETTERS } from '../../../../contracts/api/study';
import type { ImportColumn, ImportSheetSpec } from '../../../platform/excel/spec';

// The 题库 sheet: one row per question (题型, 题干, 选项A–F, 答案, 解析, 分类, 难度, 出处).

export const QUESTIONS_SHEET = '题库';
export const KIND_WORDS = ['单选', '多选', '判断'] as const;
export const DIFFICULTY_WORDS = ['易', '中', '难'] as const;

const optionColumns: ImportColumn[] = OPTION_LETTERS.map((l, i) => ({
  key: `option${l}`,
  header: `选项${l}`,
  width: 18,
  hint: i < 2 ? '选择题至少填A、B两项；判断题不填' : '可不填；须从A起连续填写',
}));

export const questionsSheetSpec: ImportSheetSpec = {
  name: QUESTIONS_SHEET,
  instructions: [
    '以考促学题库导入模板（振兴平台）',
    '1. 每行一道题。题型填“单选”“多选”或“判断”。',
    '2. 选择题的选项从“选项A”起连续填写，最多6个；判断题不填选项。',
    '3. 答案：单选填一个字母（如 B），多选填全部正确选项的字母（如 ACD，至少两个），判断题填“对”或“错”。',
    '4. 解析在答错时给参考人看，建议填写；分类如 党章党规、乡村振兴政策、惠农政策。',
    '5. 题干与本县题库中已有题目相同（忽略空格和标点）的不能导入，请修改或删去该行。',
    '6. 整个文件检查无误才会导入；只要有一处错误就不导入任何数据，并提供标注错误的文件。',
    '',
    '各列说明：',
  ],
  columns: [
    { key: 'kind', header: '题型', required: true, width: 8, choices: KIND_WORDS, hint: '单选、多选或判断' },
    { key: 'stem', header: '题干', required: true, width: 40, longText: true, hint: '最多500字' },
    ...optionColumns,
    { key: 'answer', header: '答案', required: true, width: 8, hint: '如 A、ACD；判断题填对或错' },
    { key: 'explanation', header: '解析', width: 40, longText: true, hint: '答错时显示，最多1000字' },
    {
      key: 'category',
      header: '分类',
      required: true,
      width: 14,
      choices: DEFAULT_CATEGORIES,
      multiple: true,
      hint: `最多20字，常用：${DEFAULT_CATEGORIES.join('、')}`,
    },
    { key: 'difficulty', header: '难度', width: 6, choices: DIFFICULTY_WORDS, hint: '易、中、难，可不填' },
    { key: 'source', header: '出处', width: 20, hint: '如 《中国共产党章程》第三条，可不填' },
  ],
};
