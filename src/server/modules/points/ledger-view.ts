import { inArray } from 'drizzle-orm';
import type { LedgerEntryView } from '../../../contracts/api/points';
import type { Ctx } from '../../platform/context';
import { pointsLedger, pointsRules } from './tables';

export const ledgerViews = async (
  ctx: Ctx,
  rows: (typeof pointsLedger.$inferSelect)[],
): Promise<LedgerEntryView[]> => {
  const ruleIds = rows.map((r) => r.ruleId).filter((id): id is string => id !== null);
  const rules = new Map(
    ruleIds.length
      ? (
          await ctx.db
            .select({ id: pointsRules.id, code: pointsRules.code, name: pointsRules.name })
            .from(pointsRules)
            .where(inArray(pointsRules.id, ruleIds))
        ).map((r) => [r.id, r])
      : [],
  );
  const reversals = rows.length
    ? await ctx.db
        .select({ id: pointsLedger.id, reversesId: pointsLedger.reversesId })
        .from(pointsLedger)
        .where(
          inArray(
            pointsLedger.reversesId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  const reversedBy = new Map(reversals.map((r) => [r.reversesId!, r.id]));
  return rows.map((r) => ({
    id: r.id,
    accountId: r.accountId,
    amount: r.amount,
    balanceAfter: r.balanceAfter,
    kind: r.kind,
    ruleCode: r.ruleId ? (rules.get(r.ruleId)?.code ?? null) : null,
    ruleName: r.ruleId ? (rules.get(r.ruleId)?.name ?? null) : null,
    claimId: r.claimId,
    redemptionId: r.redemptionId,
    reversesId: r.reversesId,
    reversedBy: reversedBy.get(r.id) ?? null,
    occurredOn: r.occurredOn,
    note: r.note,
    createdAt: r.createdAt.toISOString(),
  }));
};
