import { count, eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Conflict } from '../../../platform/errors';
import { economyAccounts, economyIncomeLines } from '../tables';
import { loadAccount } from './load';
import { assertMayKeep } from './policy';

/** 删除台账: only an account without lines (delete its lines first, each one confirmed). */
export const deleteAccount = (ctx: Ctx, id: string) =>
  inTransaction(ctx, async (tx) => {
    const row = await loadAccount(tx, id, true);
    assertMayKeep(tx.actor, row.regionCode);
    const [{ n }] = await tx.db
      .select({ n: count() })
      .from(economyIncomeLines)
      .where(eq(economyIncomeLines.accountId, id));
    if (n > 0) throw new Conflict(`该台账还有 ${n} 条收入明细，请先删除明细再删除台账`);
    await tx.db.delete(economyAccounts).where(eq(economyAccounts.id, id));
    await writeAudit(tx.db, tx, {
      action: 'economy.account.delete',
      entity: 'economy_account',
      entityId: id,
      regionCode: row.regionCode,
      diff: { year: row.year },
    });
    return { ok: true as const };
  });
