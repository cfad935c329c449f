import { eq } from 'drizzle-orm';
import type { DashboardLayoutInput } from '../../../contracts/api/figures';
import { toFullCode } from '../../../contracts/region-code';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import { type Ctx, inTransaction } from '../../platform/context';
import { Forbidden, Invalid } from '../../platform/errors';
import { assertInScope, scopeOf } from '../../platform/scope';
import { catalogueFigures, dashboardLayout } from './dashboard';
import { mayArrangeDashboard } from './policy';
import { figureDashboards } from './tables';

// A county (or township) chooses the figures of its dashboard; the regions below without a choice
// of their own show the same. Back to the standard one: `resetDashboardLayout`.

export const saveDashboardLayout = (ctx: Ctx, body: DashboardLayoutInput) =>
  inTransaction(ctx, async (tx) => {
    if (!mayArrangeDashboard(ctx.actor.role)) throw new Forbidden('只有县、乡镇账号可以设置驾驶舱的指标');
    const regionCode = toFullCode(body.regionCode);
    assertInScope(regionCode, scopeOf(ctx.actor));
    const catalogue = catalogueFigures();
    const unknown = body.keys.filter((k) => !catalogue.has(k));
    if (unknown.length) {
      throw new Invalid(`指标目录中没有：${unknown.join('、')}`, [
        { path: 'keys', message: '指标目录中没有这项指标' },
      ]);
    }
    const keys = [...new Set(body.keys)];
    const before = await dashboardLayout(tx, regionCode);
    const [row] = await tx.db
      .select({ id: figureDashboards.id })
      .from(figureDashboards)
      .where(eq(figureDashboards.regionCode, regionCode))
      .for('update');
    if (row) {
      await tx.db
        .update(figureDashboards)
        .set({ keys, updatedBy: ctx.actor.userId, updatedAt: new Date() })
        .where(eq(figureDashboards.id, row.id));
    } else {
      await tx.db
        .insert(figureDashboards)
        .values({ id: newId(), regionCode, keys, updatedBy: ctx.actor.userId })
        .onConflictDoUpdate({
          target: figureDashboards.regionCode,
          set: { keys, updatedBy: ctx.actor.userId, updatedAt: new Date() },
        });
    }
    await writeAudit(tx.db, tx, {
      action: 'figures.dashboard.arrange',
      entity: 'figure_dashboard',
      entityId: regionCode,
      regionCode,
      diff: auditDiff({ keys: before.keys }, { keys }),
    });
    return { keys, from: 'own' as const };
  });

/** The region's own choice removed: it shows the one above (or the standard one) again. */
export const resetDashboardLayout = (ctx: Ctx, regionCode: string) =>
  inTransaction(ctx, async (tx) => {
    if (!mayArrangeDashboard(ctx.actor.role)) throw new Forbidden('只有县、乡镇账号可以设置驾驶舱的指标');
    const code = toFullCode(regionCode);
    assertInScope(code, scopeOf(ctx.actor));
    const removed = await tx.db
      .delete(figureDashboards)
      .where(eq(figureDashboards.regionCode, code))
      .returning();
    if (removed.length) {
      await writeAudit(tx.db, tx, {
        action: 'figures.dashboard.reset',
        entity: 'figure_dashboard',
        entityId: code,
        regionCode: code,
        diff: auditDiff({ keys: removed[0].keys }, null),
      });
    }
    return dashboardLayout(tx, code);
  });
