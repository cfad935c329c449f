import type { CadrePost } from '../../../contracts/api/cadres';
import { type Coded, cadreBackground, cadreBody, cadrePost } from '../../../contracts/registry/enums';
import { CADRE_BACKGROUND_SYNONYMS, CADRE_BODY_SYNONYMS } from '../../../contracts/registry/synonyms';
import { codeOfLabel, parseDateCell } from '../../platform/excel/cells';
import type { ImportErrors } from '../../platform/excel/import-errors';
import type { SheetRow } from '../../platform/excel/read';
import type { ImportSheetSpec } from '../../platform/excel/spec';
import { normalizeName, vocabulary } from '../../platform/excel/vocabulary';

// The 村干部 sheet: its columns and how the two list cells (职务, 背景类别) are read. Posts are
// written "组织 + 职务" (村党组织书记); the usual short names of the bodies are accepted too.

export const CADRE_SHEET = '村干部';

/** Several values in one cell: 、 as the template says, commas, semicolons or spaces as typed. */
export const splitList = (text: string | undefined) =>
  text ? text.split(/[、,，;；\s]+/).filter(Boolean) : [];

/** A date cell of either sheet: null when empty, undefined (and noted) when it is no date. */
export const dateCell = (r: SheetRow, key: 'startedOn' | 'endedOn', errors: ImportErrors) => {
  const text = r.cells[key];
  if (!text) return null;
  const date = parseDateCell(text);
  if (date === undefined) errors.add(r.row, key, '日期格式不正确，应如 2021-07-01');
  return date;
};

type Body = Coded<typeof cadreBody>;

// Longest first, so that 村委会 is not read as 村委 + 会….
const BODY_NAMES: [string, Body][] = [
  ...cadreBody.values.map((b) => [cadreBody.labels[b].zh, b] as [string, Body]),
  ...(Object.entries(CADRE_BODY_SYNONYMS) as [string, Body][]),
]
  .map(([name, body]) => [normalizeName(name), body] as [string, Body])
  .sort((a, b) => b[0].length - a[0].length);
const postCode = codeOfLabel(cadrePost);

/** "村党组织书记" (or 村委会主任, 居委会委员, 村（居）委会主任 …) → { body, post }; undefined otherwise. */
export const parsePost = (label: string): CadrePost | undefined => {
  const text = normalizeName(label);
  for (const [name, body] of BODY_NAMES) {
    if (!text.startsWith(name)) continue;
    const post = postCode(text.slice(name.length));
    if (post) return { body, post: post as CadrePost['post'] };
  }
  return undefined;
};

export const postLabel = (p: CadrePost) => `${cadreBody.labels[p.body].zh}${cadrePost.labels[p.post].zh}`;

export const backgrounds = vocabulary(cadreBackground, CADRE_BACKGROUND_SYNONYMS);

/** The posts a cadre may hold, as the template's drop-down and the error message list them. */
export const POST_LABELS = cadreBody.values
  .flatMap((body) => cadrePost.values.map((post) => ({ body, post })))
  .filter((p) =>
    p.body === 'party'
      ? p.post !== 'director' && p.post !== 'deputy_director'
      : !p.post.includes('secretary'),
  )
  .map(postLabel);

export const postRefusal = (label: string) =>
  `职务“${label}”无法识别，应写明组织和职务，可填：${POST_LABELS.join('、')}（也可写“村委会主任”“居委会委员”“党支部书记”等简称）`;

export const cadreSheetSpec = (villages: string[]): ImportSheetSpec => ({
  name: CADRE_SHEET,
  instructions: [
    '村干部导入模板（振兴平台）',
    '1. 每行一名村“两委”干部或后备干部。本人须已登记在“农户”中：按身份证号查找，姓名须与登记一致；同一人只能有一条干部记录。',
    '2. 所属村可以不填（取本人在农户中登记的村）；填写时须与登记的村一致，可从下拉列表选择“乡镇/村”或填12位区划代码。',
    `3. 职务可填多项，用“、”分隔，例如“村党组织书记、村民委员会主任”（即“一肩挑”，由系统根据职务判断，不需要填写）。每个组织只能担任一个职务。可填：${POST_LABELS.join('、')}；也可写“村委会主任”“村（居）委会主任”“居委会委员”“党支部书记”等简称（社区居民委员会按村民委员会登记）。`,
    `4. 背景类别可填多项，用“、”分隔：${backgrounds.labels.join('、')}；也可写“外出务工返乡人员”“回乡大中专毕业生”“转业退伍军人”等常用说法。`,
    '5. 没有职务的，须在“后备干部”填“是”。日期可填 2021-07-01、2021/7/1 或 2021年7月1日。',
    '6. 导出文件中的“一肩挑”列只供查看，导入时不读取。',
    '7. 整个文件检查无误才会导入；只要有一处错误就不导入任何数据，并提供标注错误的文件。',
    '',
    '各列说明：',
  ],
  columns: [
    { key: 'village', header: '所属村', width: 22, choices: villages, hint: '可不填；须与农户登记的村一致' },
    { key: 'name', header: '姓名', required: true, hint: '须与农户登记一致' },
    {
      key: 'idNumber',
      header: '身份证号',
      required: true,
      text: true,
      width: 22,
      hint: '18位，按此查找本人',
    },
    {
      key: 'posts',
      header: '职务',
      width: 30,
      choices: POST_LABELS,
      multiple: true,
      hint: '多项用“、”分隔，如 村党组织书记、村民委员会主任',
    },
    { key: 'startedOn', header: '任职日期' },
    { key: 'endedOn', header: '离任日期', hint: '在任留空' },
    {
      key: 'backgrounds',
      header: '背景类别',
      width: 24,
      choices: backgrounds.labels,
      multiple: true,
      hint: '多项用“、”分隔',
    },
    { key: 'isReserve', header: '后备干部', choices: ['是', '否'], hint: '空白为否；没有职务的须填“是”' },
  ],
});
