import { and, asc, gt, inArray, isNull } from 'drizzle-orm';
import type { HouseholdFilters } from '../../../contracts/api/households';
import { maskIdNumber, maskPhone } from '../../../contracts/pii';
import { labourCapacity, leftBehind, povertyStatus, relation } from '../../../contracts/registry/enums';
import { ethnicityName } from '../../../contracts/registry/ethnicities';
import { can } from '../../../contracts/roles';
import { writeAudit } from '../../platform/audit/write';
import type { Ctx } from '../../platform/context';
import { invalidField } from '../../platform/errors';
import { exportColumns } from '../../platform/excel/spec-columns';
import { streamWorkbook } from '../../platform/excel/stream';
import { HOUSEHOLD_SHEET, householdSheetSpec } from './import-spec';
import { villagesInScope } from './import-villages';
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

// The import sheet's columns (所属村 as 乡镇/村, the coded fields by label), so that an export
// imports back unchanged; 性别 and 出生日期 (read from the ID number on import) follow.
const columns = (villageLabels: string[]) =>
  exportColumns<Row>(
    householdSheetSpec(villageLabels),
    {
      householdNo: (r) => r.h.householdNo,
      village: (r) => r.village,
      address: (r) => r.h.address,
      povertyStatus: (r) => zh(povertyStatus, r.h.povertyStatus),
      income: (r) => r.h.incomePerCapita,
      relocated: (r) => (r.h.relocated ? '是' : '否'),
      relocationSite: (r) => r.h.relocationSite,
      helperName: (r) => r.h.helperName,
      name: (r) => r.p.name,
      relation: (r) => zh(relation, r.p.relation),
      idNumber: (r) => r.idNumber,
      ethnicity: (r) => ethnicityName(r.p.ethnicity),
      phone: (r) => r.phone,
      labour: (r) => zh(labourCapacity, r.p.labour),
      leftBehind: (r) => zh(leftBehind, r.p.leftBehind),
    },
    [
      { header: '性别', key: 'sex', value: (r) => (r.p.sex === 'male' ? '男' : '女') },
      { header: '出生日期', key: 'birth', value: (r) => r.p.birthDate },
    ],
  );

const BATCH = 500;

async function* exportBatches(
  ctx: Ctx,
  filters: HouseholdFilters,
  reveal: boolean,
  villageLabel: (code: string) => string,
): AsyncGenerator<Row[]> {
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
    const show = (enc: string | null, mask: (v: string) => string) =>
      enc ? (reveal ? ctx.pii.decrypt(enc) : mask(ctx.pii.decrypt(enc))) : null;
    const rows = members.map((p) => {
      const h = byId.get(p.householdId!)!;
      return {
        h,
        p,
        village: villageLabel(h.regionCode),
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
  const villages = await villagesInScope(ctx);
  return streamWorkbook(
    HOUSEHOLD_SHEET,
    columns(villages.labels),
    exportBatches(ctx, rest, reveal, villages.label),
  );
};
