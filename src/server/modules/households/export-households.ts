import { and, asc, gt, inArray, isNull } from 'drizzle-orm';
import type { HouseholdFilters } from '../../../contracts/api/households';
import { maskIdNumber, maskPhone } from '../../../contracts/pii';
import { labourCapacity, leftBehind, povertyStatus, relation } from '../../../contracts/registry/enums';
import { ethnicityName } from '../../../contracts/registry/ethnicities';
import { can } from '../../../contracts/roles';
import { writeAudit } from '../../platform/audit/write';
import type { Ctx } from '../../platform/context';
import { invalidField } from '../../platform/errors';
import { type SheetColumn, streamWorkbook } from '../../platform/excel/stream';
import { regionNames } from '../regions/region-view';
import { HOUSEHOLD_SHEET } from './import-spec';
import { householdWhere } from './search';
import { households, persons } from './tables';

type Household = typeof households.$inferSelect;
type Row = {
  h: Household;
  p: typeof persons.$inferSelect;
  village: string;
  idNumber: string | null;
  phone: string | null;
};
const zh = (coded: { labels: Record<string, { zh: string }> }, v: string | null) =>
  v ? (coded.labels[v]?.zh ?? v) : null;

// Same columns as the import template, so an export can be corrected and imported elsewhere.
const COLUMNS: SheetColumn<Row>[] = [
  { header: '户编号', key: 'no', value: (r) => r.h.householdNo },
  { header: '所属村', key: 'village', width: 22, value: (r) => r.village },
  { header: '家庭住址', key: 'address', width: 24, value: (r) => r.h.address },
  { header: '户类型', key: 'poverty', value: (r) => zh(povertyStatus, r.h.povertyStatus) },
  { header: '人均纯收入（元）', key: 'income', value: (r) => r.h.incomePerCapita },
  { header: '易地扶贫搬迁', key: 'relocated', value: (r) => (r.h.relocated ? '是' : '否') },
  { header: '安置点', key: 'site', value: (r) => r.h.relocationSite },
  { header: '帮扶人', key: 'helper', value: (r) => r.h.helperName },
  { header: '姓名', key: 'name', value: (r) => r.p.name },
  { header: '与户主关系', key: 'relation', value: (r) => zh(relation, r.p.relation) },
  { header: '身份证号', key: 'id', width: 22, value: (r) => r.idNumber },
  { header: '民族', key: 'ethnicity', value: (r) => ethnicityName(r.p.ethnicity) },
  { header: '联系电话', key: 'phone', value: (r) => r.phone },
  { header: '劳动能力', key: 'labour', width: 18, value: (r) => zh(labourCapacity, r.p.labour) },
  { header: '留守情况', key: 'left', value: (r) => zh(leftBehind, r.p.leftBehind) },
  { header: '性别', key: 'sex', value: (r) => (r.p.sex === 'male' ? '男' : '女') },
  { header: '出生日期', key: 'birth', value: (r) => r.p.birthDate },
];

const BATCH = 500;

async function* exportBatches(ctx: Ctx, filters: HouseholdFilters, reveal: boolean): AsyncGenerator<Row[]> {
  const where = householdWhere(ctx, { ...filters, includeDeleted: undefined });
  let after = '';
  for (;;) {
    const page = await ctx.db
      .select()
      .from(households)
      .where(and(where, after ? gt(households.id, after) : undefined))
      .orderBy(asc(households.id))
      .limit(BATCH);
    if (page.length === 0) return;
    after = page[page.length - 1].id;
    const byId = new Map(page.map((h) => [h.id, h]));
    const members = await ctx.db
      .select()
      .from(persons)
      .where(and(inArray(persons.householdId, [...byId.keys()]), isNull(persons.deletedAt)))
      .orderBy(asc(persons.householdId), asc(persons.createdAt));
    const names = await regionNames(
      ctx.db,
      page.map((h) => h.regionCode),
    );
    const show = (enc: string | null, mask: (v: string) => string) =>
      enc ? (reveal ? ctx.pii.decrypt(enc) : mask(ctx.pii.decrypt(enc))) : null;
    const rows = members.map((p) => {
      const h = byId.get(p.householdId!)!;
      return {
        h,
        p,
        village: names.get(h.regionCode) ?? h.regionCode,
        idNumber: show(p.idNumberEnc, maskIdNumber),
        phone: show(p.phoneEnc, maskPhone),
      };
    });
    rows.sort(
      (a, b) =>
        a.h.householdNo.localeCompare(b.h.householdNo) ||
        Number(b.p.relation === 'head') - Number(a.p.relation === 'head'),
    );
    yield rows;
  }
}

/** 导出农户人员: current filters, masked unless the role may reveal and asks to, with a purpose; audited. */
export const exportHouseholds = async (
  ctx: Ctx,
  filters: HouseholdFilters & { reveal?: string; purpose?: string },
) => {
  const reveal = filters.reveal === 'true';
  if (reveal && !can(ctx.actor.role, 'pii.reveal'))
    throw invalidField('reveal', '您的角色不能导出完整个人信息');
  if (reveal && (!filters.purpose || filters.purpose.length < 2))
    throw invalidField('purpose', '导出完整个人信息须填写事由');
  const { reveal: _r, purpose, ...rest } = filters;
  await ctx.db.transaction((tx) =>
    writeAudit(tx, ctx, {
      action: reveal ? 'household.export_unmasked' : 'household.export',
      entity: 'household',
      regionCode: ctx.actor.scopeCode,
      diff: { filters: rest, reveal, purpose: purpose ?? null },
    }),
  );
  return streamWorkbook(HOUSEHOLD_SHEET, COLUMNS, exportBatches(ctx, rest, reveal));
};
