import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { SignalView } from '../../../../contracts/api/visits-monitoring';
import { writeAudit } from '../../../platform/audit/write';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Conflict, NotFound } from '../../../platform/errors';
import { getInScope, inScope, scopeOf } from '../../../platform/scope';
import { householdSummaries } from '../../households/lookups';
import { monitoringSignals as s } from '../tables';

// A household's signals with their reasons (open first), and 排除: a person who checked a signal
// and found no risk closes it with the reason, audited. The sweep does not open the same rule
// again while the facts stay the same (sweep.ts).

type Row = typeof s.$inferSelect;

export const toSignalView = (r: Row): SignalView => ({
  id: r.id,
  householdId: r.householdId,
  regionCode: r.regionCode,
  channel: r.channel,
  ruleCode: r.ruleCode,
  ruleVersion: r.ruleVersion,
  riskType: r.riskType,
  reason: r.reason,
  facts: r.facts,
  status: r.status,
  sourceId: r.sourceId,
  caseId: r.caseId,
  firstSeenAt: r.firstSeenAt.toISOString(),
  lastSeenAt: r.lastSeenAt.toISOString(),
  closedAt: r.closedAt?.toISOString() ?? null,
  closeReason: r.closeReason,
});

export const householdSignals = async (ctx: Ctx, householdId: string) => {
  const household = (await householdSummaries(ctx, [householdId])).get(householdId);
  if (!household) throw new NotFound('农户不存在或不在您的管辖范围内');
  const rows = await ctx.db
    .select()
    .from(s)
    .where(and(eq(s.householdId, householdId), inScope(s.regionCode, scopeOf(ctx.actor))))
    .orderBy(sql`case when ${s.status} = 'open' then 0 else 1 end`, desc(s.firstSeenAt), asc(s.id));
  return {
    householdId,
    householdNo: household.householdNo,
    headName: household.headName,
    regionCode: household.regionCode,
    items: rows.map(toSignalView),
  };
};

export const dismissSignal = (ctx: Ctx, signalId: string, reason: string) =>
  inTransaction(ctx, async (tx) => {
    const before = await getInScope(tx.db, s, signalId, scopeOf(tx.actor), { forUpdate: true });
    if (before.status !== 'open') throw new Conflict('只有待核实的线索可以排除');
    const now = new Date();
    const [after] = await tx.db
      .update(s)
      .set({
        status: 'dismissed',
        closedAt: now,
        closedBy: tx.actor.userId,
        closeReason: reason,
        updatedAt: now,
      })
      .where(eq(s.id, signalId))
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'monitoring.signal.dismiss',
      entity: 'monitoring_signal',
      entityId: signalId,
      regionCode: before.regionCode,
      diff: {
        householdId: before.householdId,
        ruleCode: before.ruleCode,
        ruleVersion: before.ruleVersion,
        signalReason: before.reason,
        before: { status: before.status },
        after: { status: 'dismissed', closeReason: reason },
      },
    });
    return toSignalView(after);
  });
