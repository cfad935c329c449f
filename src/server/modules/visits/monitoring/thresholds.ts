import { and, asc, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  createThresholdBodySchema,
  patchThresholdBodySchema,
  ThresholdView,
} from '../../../../contracts/api/visits-monitoring';
import { levelOfCode } from '../../../../contracts/region-code';
import { can } from '../../../../contracts/roles';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import type { Db } from '../../../platform/db/types';
import { Conflict, Forbidden, Invalid, NotFound } from '../../../platform/errors';
import { ancestorAt, countyCodeOf, inScope, scopeOf } from '../../../platform/scope';
import { regionNames } from '../../regions/region-view';
import { monitoringThresholds as t } from '../tables';

// 监测标准 (docs/visits.md §2): net income per person per year below which R1 flags a household,
// per region and year. The nearest region above a household wins: its county's row, else its
// prefecture's, else its province's; none, and R1 says it cannot judge. The county edits its own rows.

type Row = typeof t.$inferSelect;

/** The regions whose rows may hold a county's threshold, nearest first: county, prefecture, province. */
export const thresholdOwners = (countyCode: string): string[] => {
  const county = countyCodeOf(countyCode);
  return [county, ancestorAt(county, 'city'), ancestorAt(county, 'province')];
};

/** The threshold in force for the households of a county in a year, or null when none is set. */
export const effectiveThreshold = async (
  db: Db,
  regionCode: string,
  year: number,
): Promise<{ amountYuan: number; regionCode: string } | null> => {
  const owners = thresholdOwners(regionCode);
  const rows = await db
    .select({ amountYuan: t.amountYuan, regionCode: t.regionCode })
    .from(t)
    .where(and(inArray(t.regionCode, owners), eq(t.year, year)));
  for (const owner of owners) {
    const row = rows.find((r) => r.regionCode === owner);
    if (row) return row;
  }
  return null;
};

const ownCounty = (ctx: Ctx) => countyCodeOf(ctx.actor.scopeCode);

/** The caller keeps the county's thresholds: monitoring.settings and a county account. */
const mayEdit = (ctx: Ctx, row: Pick<Row, 'regionCode'>) =>
  can(ctx.actor.role, 'monitoring.settings') &&
  levelOfCode(ctx.actor.scopeCode) === 'county' &&
  row.regionCode === ownCounty(ctx);

const visibleWhere = (ctx: Ctx): SQL => {
  const above = levelOfCode(ctx.actor.scopeCode) === 'province' ? [] : thresholdOwners(ctx.actor.scopeCode);
  return (
    above.length
      ? or(inArray(t.regionCode, above), inScope(t.regionCode, scopeOf(ctx.actor)))
      : inScope(t.regionCode, scopeOf(ctx.actor))
  ) as SQL;
};

const toViews = async (ctx: Ctx, rows: Row[]): Promise<ThresholdView[]> => {
  const names = await regionNames(
    ctx.db,
    rows.map((r) => r.regionCode),
  );
  return rows.map((r) => ({
    id: r.id,
    regionCode: r.regionCode,
    regionName: names.get(r.regionCode) ?? r.regionCode,
    level: levelOfCode(r.regionCode),
    year: r.year,
    amountYuan: r.amountYuan,
    note: r.note,
    editable: mayEdit(ctx, r),
    updatedAt: r.updatedAt.toISOString(),
  }));
};

/** The rows the caller sees: its county's and those of the regions above (and below, for a prefecture). */
export const listThresholds = async (ctx: Ctx) => {
  const rows = await ctx.db.select().from(t).where(visibleWhere(ctx)).orderBy(asc(t.year), asc(t.regionCode));
  return { items: (await toViews(ctx, rows)).sort((a, b) => b.year - a.year) };
};

const loadOwn = async (ctx: Ctx, id: string): Promise<Row> => {
  const [row] = await ctx.db
    .select()
    .from(t)
    .where(and(eq(t.id, id), visibleWhere(ctx)))
    .limit(1)
    .for('update');
  if (!row) throw new NotFound('监测标准不存在或不在您的管辖范围内');
  if (!mayEdit(ctx, row)) throw new Forbidden('只能修改本县的监测标准；省、市的标准由上级设定');
  return row;
};

const auditRow = (r: Pick<Row, 'year' | 'amountYuan' | 'note'>) => ({
  year: r.year,
  amountYuan: r.amountYuan,
  note: r.note,
});

export const createThreshold = (ctx: Ctx, body: z.infer<typeof createThresholdBodySchema>) =>
  inTransaction(ctx, async (tx) => {
    if (!can(tx.actor.role, 'monitoring.settings') || levelOfCode(tx.actor.scopeCode) !== 'county')
      throw new Forbidden('只有县级管理员可以设定监测标准');
    const county = ownCounty(tx);
    const [exists] = await tx.db
      .select({ id: t.id })
      .from(t)
      .where(and(eq(t.regionCode, county), eq(t.year, body.year)))
      .limit(1);
    if (exists)
      throw new Conflict(`${body.year} 年的监测标准已存在，请修改原有标准`, [
        { path: 'year', message: `${body.year} 年的监测标准已存在` },
      ]);
    const row = {
      id: newId(),
      regionCode: county,
      year: body.year,
      amountYuan: body.amountYuan,
      note: body.note ?? null,
    };
    const [created] = await tx.db.insert(t).values(row).returning();
    await writeAudit(tx.db, tx, {
      action: 'monitoring.threshold.create',
      entity: 'monitoring_threshold',
      entityId: row.id,
      regionCode: county,
      diff: { after: auditRow(row) },
    });
    return (await toViews(tx, [created]))[0];
  });

export const updateThreshold = (ctx: Ctx, id: string, body: z.infer<typeof patchThresholdBodySchema>) =>
  inTransaction(ctx, async (tx) => {
    const before = await loadOwn(tx, id);
    if (body.amountYuan === undefined && body.note === undefined) throw new Invalid('没有要修改的内容');
    const [after] = await tx.db
      .update(t)
      .set({
        amountYuan: body.amountYuan ?? before.amountYuan,
        note: body.note === undefined ? before.note : body.note,
        updatedAt: new Date(),
      })
      .where(eq(t.id, id))
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'monitoring.threshold.update',
      entity: 'monitoring_threshold',
      entityId: id,
      regionCode: before.regionCode,
      diff: { before: auditRow(before), after: auditRow(after) },
    });
    return (await toViews(tx, [after]))[0];
  });

export const deleteThreshold = (ctx: Ctx, id: string) =>
  inTransaction(ctx, async (tx) => {
    const before = await loadOwn(tx, id);
    await tx.db.delete(t).where(eq(t.id, id));
    await writeAudit(tx.db, tx, {
      action: 'monitoring.threshold.delete',
      entity: 'monitoring_threshold',
      entityId: id,
      regionCode: before.regionCode,
      diff: { before: auditRow(before) },
    });
    return { ok: true as const };
  });
