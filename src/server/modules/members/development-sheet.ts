import {
  type AdvanceBody,
  advanceBodySchema,
  type CreateRecordBody,
  createRecordBodySchema,
  STAGE_ITEMS,
} from '../../../contracts/api/members';
import { type Coded, developmentStage } from '../../../contracts/registry/enums';
import type { Ctx } from '../../platform/context';
import { codeOfLabel, labelsOf, parseDateCell } from '../../platform/excel/cells';
import { type ImportErrors, passesRule } from '../../platform/excel/import-errors';
import type { SheetRow } from '../../platform/excel/read';
import { addZodIssues } from '../../platform/excel/row-import';
import type { ImportColumn, ImportSheetSpec } from '../../platform/excel/spec';
import type { orgChoices } from '../org/lookups';
import { personOfRow } from './excel-rows';
import { assertAdultOn, assertAdvance, STAGES } from './policy';

// 发展党员 in Excel: one row per person in the pipeline, the current stage and, for every stage
// reached, its date and responsible person. A row is checked with the pipeline's own schemas and
// rules (age at application, one stage after another, the minimum intervals) and imported by
// opening the record and advancing it stage by stage through the use cases.

type Stage = Coded<typeof developmentStage>;

export const DEVELOPMENT_SHEET = '发展党员';

/** The date and responsible-person headers of each stage. */
const STAGE_HEADERS: Record<Stage, { on: string; by: string }> = {
  applicant: { on: '申请入党日期', by: '申请入党负责人' },
  activist: { on: '确定积极分子日期', by: '积极分子负责人' },
  target: { on: '确定发展对象日期', by: '发展对象负责人' },
  probationary: { on: '接收预备党员日期', by: '接收预备党员负责人' },
  full: { on: '转正日期', by: '转正负责人' },
};
export const onKey = (stage: Stage) => `${stage}On`;
export const byKey = (stage: Stage) => `${stage}By`;

export const stageColumns = (): ImportColumn[] =>
  STAGES.flatMap((stage) => [
    {
      key: onKey(stage),
      header: STAGE_HEADERS[stage].on,
      required: stage === 'applicant',
      hint: stage === 'applicant' ? '如 2023-03-01；须年满18周岁' : '达到该阶段才填写',
    },
    { key: byKey(stage), header: STAGE_HEADERS[stage].by, required: stage === 'applicant' },
  ]);

export const developmentSheetSpec = (orgLabels: string[]): ImportSheetSpec => ({
  name: DEVELOPMENT_SHEET,
  instructions: [
    '发展党员导入模板（振兴平台）',
    '1. 每行一名发展对象。本人须已登记在“农户”中：按身份证号查找，姓名须与登记一致。',
    '2. “当前阶段”之前（含当前阶段）的每个阶段都须填写日期和负责人，之后的阶段留空。',
    '3. 与网页上逐步登记的规则相同：申请时年满18周岁；各阶段按顺序，日期不早于上一阶段；确定积极分子满一年才能列为发展对象；预备期满一年才能转正。',
    '4. 填写某阶段的日期，即表示该阶段的必备事项（谈话、备案、政审、培训、支部大会等）均已完成。接收为预备党员时自动登记为预备党员，转正时自动转为正式党员。',
    '5. 日期可填 2023-03-01、2023/3/1 或 2023年3月1日。整个文件检查无误才会导入；只要有一处错误就不导入任何数据，并提供标注错误的文件。',
    '',
    '各列说明：',
  ],
  columns: [
    { key: 'name', header: '姓名', required: true, hint: '须与农户登记一致' },
    {
      key: 'idNumber',
      header: '身份证号',
      required: true,
      text: true,
      width: 22,
      hint: '18位，用于查找本人',
    },
    { key: 'org', header: '所属党组织', required: true, width: 28, choices: orgLabels },
    { key: 'stage', header: '当前阶段', required: true, choices: labelsOf(developmentStage) },
    ...stageColumns(),
  ],
});

/** Where a field error of the pipeline's use cases belongs: the columns of the stage it concerns. */
export const stageFieldColumns = (stage: Stage): Record<string, string> => ({
  personId: 'idNumber',
  orgId: 'org',
  stage: onKey(stage),
  reachedOn: onKey(stage),
  responsible: byKey(stage),
  items: 'stage',
  note: onKey(stage),
});

export interface DevelopmentDraft {
  record: CreateRecordBody;
  advances: AdvanceBody[];
}

export interface DevelopmentLookups {
  orgs: Awaited<ReturnType<typeof orgChoices>>;
  seen: Map<string, number>;
}

const stageCode = codeOfLabel(developmentStage);
const openingSchema = createRecordBodySchema.omit({ personId: true, orgId: true });
/** A stage reached in the file: its required items are done (instructions, item 4). */
const allItems = (stage: Stage) => Object.fromEntries(STAGE_ITEMS[stage].map((item) => [item, true]));

/** The stages' steps of a row up to its current stage, or undefined with the problems noted. */
const stepsOfRow = (r: SheetRow, current: Stage, errors: ImportErrors) => {
  const c = r.cells;
  const upTo = STAGES.indexOf(current);
  const steps: { stage: Stage; reachedOn: string; responsible: string }[] = [];
  STAGES.forEach((stage, i) => {
    const [on, by] = [c[onKey(stage)], c[byKey(stage)]];
    const { on: onHeader, by: byHeader } = STAGE_HEADERS[stage];
    if (i > upTo) {
      if (on) errors.add(r.row, onKey(stage), `当前阶段为“${c.stage}”，“${onHeader}”应留空`);
      if (by) errors.add(r.row, byKey(stage), `当前阶段为“${c.stage}”，“${byHeader}”应留空`);
      return;
    }
    const reachedOn = on ? parseDateCell(on) : undefined;
    if (!on) errors.add(r.row, onKey(stage), `请填写${onHeader}`);
    else if (!reachedOn) errors.add(r.row, onKey(stage), `${onHeader}格式不正确，如 2023-03-01`);
    if (!by) errors.add(r.row, byKey(stage), `请填写${byHeader}`);
    if (reachedOn && by) steps.push({ stage, reachedOn, responsible: by });
  });
  return steps.length === upTo + 1 ? steps : undefined;
};

/** One row → the record's opening body and its advances, checked as the API would check them. */
export const toDraft = async (
  ctx: Ctx,
  r: SheetRow,
  l: DevelopmentLookups,
  errors: ImportErrors,
): Promise<DevelopmentDraft | undefined> => {
  const c = r.cells;
  const before = errors.count;
  const org = c.org ? l.orgs.resolve(c.org) : undefined;
  if (!c.org) errors.add(r.row, 'org', '请选择所属党组织');
  else if (!org) errors.add(r.row, 'org', '党组织不存在或不在您的管辖范围内');
  const stage = c.stage ? (stageCode(c.stage) as Stage | undefined) : undefined;
  if (!c.stage) errors.add(r.row, 'stage', '请选择当前阶段');
  else if (!stage) errors.add(r.row, 'stage', '当前阶段不在下拉列表中');
  const steps = stage ? stepsOfRow(r, stage, errors) : undefined;
  const person = await personOfRow(ctx, r, l.seen, errors);
  if (!steps) return undefined;
  const [first, ...later] = steps;
  const opening = {
    reachedOn: first.reachedOn,
    responsible: first.responsible,
    items: allItems('applicant'),
  };
  const advances = later.map((s) => ({ ...s, items: allItems(s.stage) }));
  // The bodies through the routes' own schemas, then the pipeline's rules in order.
  const parsed = openingSchema.safeParse(opening);
  if (!parsed.success)
    addZodIssues(errors, r.row, parsed.error.issues, stageFieldColumns('applicant'), 'stage');
  for (const body of advances) {
    const ok = advanceBodySchema.safeParse(body);
    if (!ok.success) addZodIssues(errors, r.row, ok.error.issues, stageFieldColumns(body.stage), 'stage');
  }
  if (person)
    passesRule(errors, r.row, stageFieldColumns('applicant'), 'stage', () =>
      assertAdultOn(person.birthDate, first.reachedOn),
    );
  steps
    .slice(1)
    .every((step, i) =>
      passesRule(errors, r.row, stageFieldColumns(step.stage), 'stage', () => assertAdvance(steps[i], step)),
    );
  if (errors.count > before || !person || !org) return undefined;
  return { record: { personId: person.id, orgId: org.id, ...opening }, advances };
};
