import { eq } from 'drizzle-orm';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { type Ctx, inTransaction } from '../../platform/context';
import { Conflict } from '../../platform/errors';
import { getInScope, scopeOf } from '../../platform/scope';
import { post } from './ledger';
import { ledgerViews } from './ledger-view';
import { pointsLedger } from './tables';

/** 冲正: a reversing entry for an award, deduction or imported entry, once, with a reason. */
export const reverseEntry = (ctx: Ctx, entryId: string, reason: string) =>
  inTransaction(ctx, async (tx) => {
    const entry = await getInScope(tx.db, pointsLedger, entryId, scopeOf(tx.actor));
    if (!['award', 'deduction', 'import'].includes(entry.kind))
      throw new Conflict('兑换记录请在积分超市撤销，冲正记录不能再冲正');
    const [done] = await tx.db
      .select({ id: pointsLedger.id })
      .from(pointsLedger)
      .where(eq(pointsLedger.reversesId, entry.id));
    if (done) throw new Conflict('该笔积分已冲正');
    const reversal = await post(tx, {
      accountId: entry.accountId,
      regionCode: entry.regionCode,
      system: entry.system,
      amount: -entry.amount,
      kind: 'reversal',
      occurredOn: entry.occurredOn,
      idempotencyKey: `reverse:${entry.id}`,
      ruleId: entry.ruleId,
      claimId: entry.claimId,
      reversesId: entry.id,
      note: reason,
    });
    await writeAudit(tx.db, tx, {
      action: 'points.entry.reverse',
      entity: 'points_ledger',
      entityId: reversal.id,
      regionCode: entry.regionCode,
      diff: auditDiff(null, { reverses: entry.id, amount: reversal.amount, reason }),
    });
    return (await ledgerViews(tx, [reversal]))[0];
  });
