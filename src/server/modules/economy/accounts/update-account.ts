import { eq } from 'drizzle-orm';
import { auditDiff } from '../../../platform/audit/diff';
import { writeAudit } from '../../../platform/audit/write';
import { type Ctx, inTransaction } from '../../../platform/context';
import { economyAccounts } from '../tables';
import { loadAccount } from './load';
import { assertMayKeep } from './policy';
import { toDetail } from './view';

/** 修改台账备注. */
export const updateAccount = (ctx: Ctx, id: string, body: { note?: string | null }) =>
  inTransaction(ctx, async (tx) => {
    const row = await loadAccount(tx, id, true);
    assertMayKeep(tx.actor, row.regionCode);
    if (body.note === undefined) return toDetail(tx, row);
    const note = body.note?.trim() || null;
    const [updated] = await tx.db
      .update(economyAccounts)
      .set({ note, updatedBy: tx.actor.userId, updatedAt: new Date() })
      .where(eq(economyAccounts.id, id))
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'economy.account.update',
      entity: 'economy_account',
      entityId: id,
      regionCode: row.regionCode,
      diff: auditDiff({ note: row.note }, { note }),
    });
    return toDetail(tx, updated);
  });
