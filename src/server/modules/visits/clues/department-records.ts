import { and, asc, count, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type {
  DepartmentRecordFilters,
  DepartmentRecordListQuery,
  DepartmentRecordView,
} from '../../../../contracts/api/visits-clues';
import { maskName } from '../../../../contracts/pii';
import type { Ctx } from '../../../platform/context';
import { Forbidden } from '../../../platform/errors';
import { auditedExport, pages } from '../../../platform/excel/export';
import type { SheetColumn } from '../../../platform/excel/stream';
import { inScope, scopeOf, underRegion, villageOf } from '../../../platform/scope';
import {
  householdIdsMatching,
  householdSummaries,
  personIdsNamed,
  personNames,
} from '../../households/lookups';
import { regionNames } from '../../regions/region-view';
import { DATA_DEPARTMENTS } from '../defaults';
import { monitoringDepartmentRecords as t } from '../tables';

// 部门筛查数据 (docs/visits.md §3): the imported rows of the caller's scope, filtered (region,
// department, kind, name or household number, batch), sorted and paged on the server; names are
// masked (张*丰) and no ID number exists to show. The export takes the same filters.

type Row = typeof t.$inferSelect;

/** The list is for the importers and the grassroots who check the households (monitoring.clues). */
const assertMayRead = (ctx: Ctx) => {
  if (ctx.actor.role === 'villager' || ctx.actor.role === 'party_member')
    throw new Forbidden('没有权限查看部门筛查数据');
};

const whereOf = (ctx: Ctx, f: DepartmentRecordFilters): SQL => {
  const c: (SQL | undefined)[] = [inScope(t.regionCode, scopeOf(ctx.actor)), isNull(t.deletedAt)];
  if (f.regionCode) c.push(underRegion(t.regionCode, f.regionCode));
  if (f.department) c.push(eq(t.department, f.department));
  if (f.kind) c.push(eq(t.kind, f.kind));
  if (f.batchId) c.push(eq(t.batchId, f.batchId));
  if (f.q)
    c.push(
      or(
        inArray(t.personId, personIdsNamed(ctx, f.q)),
        inArray(t.householdId, householdIdsMatching(ctx, f.q)),
      ),
    );
  return and(...c) as SQL;
};

const orderOf = (q: Pick<DepartmentRecordListQuery, 'sort' | 'order'>): SQL[] => {
  const column = q.sort === 'occurredOn' ? t.occurredOn : q.sort === 'amount' ? t.amountYuan : t.createdAt;
  // Rows without an amount or a date come last whichever way the list is sorted.
  const ordered = q.order === 'asc' ? sql`${column} asc nulls last` : sql`${column} desc nulls last`;
  return [ordered, asc(t.id)];
};

const departmentName = (code: string) => DATA_DEPARTMENTS.find((d) => d.code === code)?.name.zh ?? code;
const kindName = (department: string, kind: string) =>
  DATA_DEPARTMENTS.find((d) => d.code === department)?.kinds.find((k) => k.code === kind)?.name.zh ?? kind;

const toViews = async (ctx: Ctx, rows: Row[]): Promise<DepartmentRecordView[]> => {
  const [names, homes, villages] = await Promise.all([
    personNames(
      ctx,
      rows.map((r) => r.personId),
    ),
    householdSummaries(
      ctx,
      rows.map((r) => r.householdId),
    ),
    regionNames(
      ctx.db,
      rows.map((r) => villageOf(r.regionCode)),
    ),
  ]);
  return rows.map((r) => ({
    id: r.id,
    personName: maskName(names.get(r.personId) ?? '—'),
    householdId: r.householdId,
    householdNo: homes.get(r.householdId)?.householdNo ?? null,
    regionCode: r.regionCode,
    villageName: villages.get(villageOf(r.regionCode)) ?? r.regionCode,
    department: r.department,
    departmentName: departmentName(r.department),
    kind: r.kind,
    kindName: kindName(r.department, r.kind),
    amountYuan: r.amountYuan,
    occurredOn: r.occurredOn,
    detail: r.detail,
    batchId: r.batchId,
    createdAt: r.createdAt.toISOString(),
  }));
};

export const listDepartmentRecords = async (ctx: Ctx, q: DepartmentRecordListQuery) => {
  assertMayRead(ctx);
  const where = whereOf(ctx, q);
  const rows = await ctx.db
    .select()
    .from(t)
    .where(where)
    .orderBy(...orderOf(q))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [{ total }] = await ctx.db.select({ total: count() }).from(t).where(where);
  return { items: await toViews(ctx, rows), total, page: q.page, pageSize: q.pageSize };
};

const COLUMNS: SheetColumn<DepartmentRecordView>[] = [
  { header: '姓名', key: 'personName', width: 10, value: (r) => r.personName },
  { header: '户编号', key: 'householdNo', width: 16, value: (r) => r.householdNo },
  { header: '村', key: 'villageName', width: 16, value: (r) => r.villageName },
  { header: '部门', key: 'department', width: 10, value: (r) => r.departmentName },
  { header: '类别', key: 'kind', width: 16, value: (r) => r.kindName },
  { header: '金额（元）', key: 'amount', width: 12, value: (r) => r.amountYuan },
  { header: '发生日期', key: 'occurredOn', width: 12, value: (r) => r.occurredOn },
  { header: '说明', key: 'detail', width: 30, value: (r) => r.detail },
  {
    header: '导入时间',
    key: 'createdAt',
    width: 20,
    value: (r) => r.createdAt.slice(0, 19).replace('T', ' '),
  },
];

export const exportDepartmentRecords = (
  ctx: Ctx,
  q: Omit<DepartmentRecordListQuery, 'page' | 'pageSize'>,
) => {
  assertMayRead(ctx);
  return auditedExport(ctx, {
    action: 'monitoring.department.export',
    entity: 'monitoring_department_record',
    filters: q,
    sheet: '部门筛查数据',
    columns: COLUMNS,
    batches: pages((page, pageSize) => listDepartmentRecords(ctx, { ...q, page, pageSize })),
  });
};
