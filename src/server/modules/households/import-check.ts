import { randomUUID } from 'node:crypto';
import { and, inArray, isNull } from 'drizzle-orm';
import { householdNoSchema } from '../../../contracts/api/households';
import { checkIdNumber, ID_NUMBER_MESSAGES, normalizeIdNumber } from '../../../contracts/id-number';
import { PHONE_PATTERN } from '../../../contracts/pii';
import { labourCapacity, leftBehind, povertyStatus, relation } from '../../../contracts/registry/enums';
import { ETHNICITIES } from '../../../contracts/registry/ethnicities';
import type { Ctx } from '../../platform/context';
import type { ImportErrors } from '../../platform/excel/import-errors';
import type { SheetRow } from '../../platform/excel/read';
import type { Progress } from '../../platform/excel/run-import';
import { countyScope, inScope } from '../../platform/scope';
import { codeOf } from './import-spec';
import { households, persons } from './tables';

export interface HouseholdDraft {
  id: string;
  headId: string;
  firstRow: number;
  headRow: number | null;
  fields: Record<string, string>;
}
export interface CheckState {
  households: Map<string, HouseholdDraft>;
  persons: number;
}

const HOUSEHOLD_KEYS = [
  'village',
  'address',
  'povertyStatus',
  'income',
  'relocated',
  'relocationSite',
  'helperName',
];
const povertyCode = codeOf(povertyStatus);
const relationCode = codeOf(relation);
const labourCode = codeOf(labourCapacity);
const leftBehindCode = codeOf(leftBehind);
const ethnicityCodes = new Map(
  ETHNICITIES.flatMap((e) => [
    [e.name, e.code],
    [e.name.replace(/族$/, ''), e.code],
    [e.code, e.code],
  ]),
);
export const ethnicityCode = (text: string | undefined) => (text ? ethnicityCodes.get(text) : '01');

/** Problems of one row's own cells (no look-ups across rows or in the database). */
const checkCells = (r: SheetRow, errors: ImportErrors, resolveVillage: (t: string) => string | undefined) => {
  const c = r.cells;
  const bad = (key: string, message: string) => errors.add(r.row, key, message);
  if (!c.householdNo) bad('householdNo', '请填写户编号');
  else if (!householdNoSchema.safeParse(c.householdNo).success)
    bad('householdNo', '户编号为1–32位字母、数字或连字符');
  if (c.village && !resolveVillage(c.village)) bad('village', '所属村不存在或不在您的管辖范围内');
  if (!c.name) bad('name', '请填写姓名');
  else if (c.name.length > 32) bad('name', '姓名最多32字');
  if (!c.relation) bad('relation', '请填写与户主关系');
  else if (!relationCode(c.relation)) bad('relation', '与户主关系不在下拉列表中');
  if (!c.idNumber) bad('idNumber', '请填写身份证号');
  else if (r.numeric.has('idNumber') && c.idNumber.length >= 16)
    bad('idNumber', '身份证号被存成了数字，后几位已丢失，请把该列设为文本格式后重新填写');
  else {
    const problem = checkIdNumber(c.idNumber);
    if (problem) bad('idNumber', ID_NUMBER_MESSAGES[problem]);
  }
  if (c.ethnicity && !ethnicityCode(c.ethnicity)) bad('ethnicity', '民族不在 GB 3304 民族列表中');
  if (c.phone && !PHONE_PATTERN.test(c.phone)) bad('phone', '联系电话应为11位手机号');
  if (c.labour && !labourCode(c.labour)) bad('labour', '劳动能力不在下拉列表中');
  if (c.leftBehind && !leftBehindCode(c.leftBehind)) bad('leftBehind', '留守情况不在下拉列表中');
  if (c.povertyStatus && !povertyCode(c.povertyStatus))
    bad('povertyStatus', '户类型应为脱贫户、监测户或一般户');
  if (c.income && !/^\d{1,8}$/.test(c.income)) bad('income', '人均纯收入应为不小于0的整数（元）');
  if (c.relocated && c.relocated !== '是' && c.relocated !== '否')
    bad('relocated', '易地扶贫搬迁应填“是”或“否”');
  if (c.address && c.address.length > 200) bad('address', '家庭住址最多200字');
};

/**
 * The one pass of the households import: every row, every cross-row rule, then the database
 * look-ups. While no error has been found each row goes to `onCleanRow` as it is read, so the
 * importer stages it and the file is read once.
 */
export const checkHouseholdRows = async (
  ctx: Ctx,
  rows: AsyncIterable<SheetRow>,
  errors: ImportErrors,
  progress: Progress,
  resolveVillage: (t: string) => string | undefined,
  /** Called for each row while the file is still clean: the importer stages it. */
  onCleanRow: (draft: HouseholdDraft, row: SheetRow, idNumberIdx: string) => Promise<void>,
): Promise<CheckState> => {
  const drafts = new Map<string, HouseholdDraft>();
  const idRows = new Map<string, number>();
  let count = 0;
  for await (const r of rows) {
    count++;
    checkCells(r, errors, resolveVillage);
    const c = r.cells;
    let idx = '';
    if (c.idNumber && !errors.byRow.get(r.row)?.some((e) => e.key === 'idNumber')) {
      idx = ctx.pii.blindIndex('id_number', normalizeIdNumber(c.idNumber));
      const first = idRows.get(idx);
      if (first) errors.add(r.row, 'idNumber', `与第${first}行的身份证号重复`);
      else idRows.set(idx, r.row);
    }
    if (c.householdNo) {
      let draft = drafts.get(c.householdNo);
      if (!draft) {
        draft = { id: randomUUID(), headId: randomUUID(), firstRow: r.row, headRow: null, fields: {} };
        drafts.set(c.householdNo, draft);
      }
      for (const key of HOUSEHOLD_KEYS) {
        if (!c[key]) continue;
        if (draft.fields[key] === undefined) draft.fields[key] = c[key];
        else if (draft.fields[key] !== c[key]) errors.add(r.row, key, '与同一户编号的其他行不一致');
      }
      if (c.relation === '户主') {
        if (draft.headRow)
          errors.add(r.row, 'relation', `同一户只能有一名户主（第${draft.headRow}行已是户主）`);
        else draft.headRow = r.row;
      }
      if (errors.count === 0) await onCleanRow(draft, r, idx);
    }
    await progress(count);
  }
  for (const draft of drafts.values()) {
    if (!draft.headRow) errors.add(draft.firstRow, 'relation', '该户没有“户主”行');
    if (!draft.fields.village) errors.add(draft.headRow ?? draft.firstRow, 'village', '请在户主行填写所属村');
  }
  await checkAgainstDatabase(ctx, drafts, idRows, errors);
  return { households: drafts, persons: count };
};

const chunks = <T>(items: T[], size = 2000): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/** Already in the database: ID numbers anywhere (one living record per person), household numbers in the county. */
const checkAgainstDatabase = async (
  ctx: Ctx,
  drafts: Map<string, HouseholdDraft>,
  idRows: Map<string, number>,
  errors: ImportErrors,
) => {
  for (const chunk of chunks([...idRows.keys()])) {
    const taken = await ctx.db
      .select({ idx: persons.idNumberIdx })
      .from(persons)
      .where(and(inArray(persons.idNumberIdx, chunk), isNull(persons.deletedAt)));
    for (const t of taken) errors.add(idRows.get(t.idx!)!, 'idNumber', '该身份证号已登记在系统中');
  }
  const county = countyScope(ctx.actor.scopeCode);
  for (const chunk of chunks([...drafts.keys()])) {
    const taken = await ctx.db
      .select({ no: households.householdNo })
      .from(households)
      .where(
        and(
          inScope(households.regionCode, county),
          inArray(households.householdNo, chunk),
          isNull(households.deletedAt),
        ),
      );
    for (const t of taken) errors.add(drafts.get(t.no)!.firstRow, 'householdNo', '户编号已存在于系统中');
  }
};

export const householdCodes = { povertyCode, relationCode, labourCode, leftBehindCode };
