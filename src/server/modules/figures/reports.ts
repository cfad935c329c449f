import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { FigureReport, ReportBody } from '../../../contracts/api/figures';
import { toFullCode } from '../../../contracts/region-code';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import { type Ctx, inTransaction } from '../../platform/context';
import { Forbidden, Invalid, NotFound } from '../../platform/errors';
import { getInScope, inScope, scopeOf } from '../../platform/scope';
import { ancestorCodes } from '../regions/region-view';
import { catalogueFigures } from './dashboard';
import { mayArrangeDashboard } from './policy';
import { STANDARD_REPORTS } from './standard-reports';
import { figureReports } from './tables';

// 一表通 definitions: the standard ones, and those a county or township defines for itself and the
// regions below it. Deleting one is a soft delete (the audit log keeps what it was).

type Row = typeof figureReports.$inferSelect;

const view = (r: Row): FigureReport => ({
  id: r.id,
  name: r.name,
  rowLevel: r.rowLevel,
  keys: r.keys,
  note: r.note,
  regionCode: r.regionCode,
  standard: false,
  updatedAt: r.updatedAt.toISOString(),
});

/** The standard reports, then those of the caller's region and the regions above it. */
export const listReports = async (ctx: Ctx): Promise<{ items: FigureReport[] }> => {
  const rows = await ctx.db
    .select()
    .from(figureReports)
    .where(
      and(
        isNull(figureReports.deletedAt),
        or(
          inArray(figureReports.regionCode, ancestorCodes(ctx.actor.scopeCode)),
          inScope(figureReports.regionCode, scopeOf(ctx.actor)),
        ),
      ),
    )
    .orderBy(asc(figureReports.createdAt));
  return { items: [...STANDARD_REPORTS, ...rows.map(view)] };
};

/** A report the caller may generate: a standard one, or one defined at or above or below its region. */
export const findReport = async (ctx: Ctx, id: string): Promise<FigureReport> => {
  const standard = STANDARD_REPORTS.find((r) => r.id === id);
  if (standard) return standard;
  const found = (await listReports(ctx)).items.find((r) => r.id === id);
  if (!found) throw new NotFound('没有这张报表');
  return found;
};

const check = (body: ReportBody) => {
  const catalogue = catalogueFigures();
  const unknown = body.keys.filter((k) => !catalogue.has(k));
  if (unknown.length) {
    throw new Invalid(`指标目录中没有：${unknown.join('、')}`, [
      { path: 'keys', message: '指标目录中没有这项指标' },
    ]);
  }
};

export const createReport = (ctx: Ctx, body: ReportBody) =>
  inTransaction(ctx, async (tx) => {
    if (!mayArrangeDashboard(ctx.actor.role)) throw new Forbidden('只有县、乡镇账号可以定义报表');
    check(body);
    const row = {
      id: newId(),
      regionCode: toFullCode(ctx.actor.scopeCode),
      name: body.name,
      rowLevel: body.rowLevel,
      keys: [...new Set(body.keys)],
      note: body.note ?? null,
      createdBy: ctx.actor.userId,
    };
    const [created] = await tx.db.insert(figureReports).values(row).returning();
    await writeAudit(tx.db, tx, {
      action: 'figures.report.create',
      entity: 'figure_report',
      entityId: row.id,
      regionCode: row.regionCode,
      diff: auditDiff(null, row),
    });
    return view(created);
  });

export const updateReport = (ctx: Ctx, id: string, body: ReportBody) =>
  inTransaction(ctx, async (tx) => {
    if (!mayArrangeDashboard(ctx.actor.role)) throw new Forbidden('只有县、乡镇账号可以修改报表');
    const before = await getInScope(tx.db, figureReports, id, scopeOf(ctx.actor), { forUpdate: true });
    if (before.deletedAt) throw new NotFound('没有这张报表');
    check(body);
    const next = {
      name: body.name,
      rowLevel: body.rowLevel,
      keys: [...new Set(body.keys)],
      note: body.note ?? null,
      version: before.version + 1,
      updatedAt: new Date(),
    };
    const [updated] = await tx.db.update(figureReports).set(next).where(eq(figureReports.id, id)).returning();
    await writeAudit(tx.db, tx, {
      action: 'figures.report.update',
      entity: 'figure_report',
      entityId: id,
      regionCode: before.regionCode,
      diff: auditDiff(before, updated),
    });
    return view(updated);
  });

export const deleteReport = (ctx: Ctx, id: string) =>
  inTransaction(ctx, async (tx) => {
    if (!mayArrangeDashboard(ctx.actor.role)) throw new Forbidden('只有县、乡镇账号可以删除报表');
    const before = await getInScope(tx.db, figureReports, id, scopeOf(ctx.actor), { forUpdate: true });
    if (before.deletedAt) throw new NotFound('没有这张报表');
    await tx.db.update(figureReports).set({ deletedAt: new Date() }).where(eq(figureReports.id, id));
    await writeAudit(tx.db, tx, {
      action: 'figures.report.delete',
      entity: 'figure_report',
      entityId: id,
      regionCode: before.regionCode,
      diff: auditDiff({ name: before.name }, null),
    });
    return { ok: true as const };
  });
