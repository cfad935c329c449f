import { and, eq, sql } from 'drizzle-orm';
import { newId } from '../../platform/auth/session';
import type { Ctx } from '../../platform/context';
import { Conflict } from '../../platform/errors';
import { type LedgerKind, pointsAccounts, pointsLedger } from './tables';

// The one way points move: post(...) changes the account's balance and appends the ledger entry
// in the caller's transaction, with the balance after it. The balance update is a single
// conditional UPDATE, so on PostgreSQL concurrent postings queue on the account's row and a
// redemption re-checks the balance it sees after the one before it committed.

export type LedgerRow = typeof pointsLedger.$inferSelect;

export interface Posting {
  accountId: string;
  regionCode: string;
  system: 'member' | 'civil';
  amount: number;
  kind: LedgerKind;
  occurredOn: string;
  idempotencyKey: string;
  ruleId?: string | null;
  claimId?: string | null;
  redemptionId?: string | null;
  reversesId?: string | null;
  note?: string | null;
  /** Refuse when the balance would go below zero (redemptions); deductions may leave a debt. */
  mustCover?: boolean;
}

export class InsufficientPoints extends Conflict {
  constructor(balance: number, needed: number) {
    super(`积分不足：当前余额 ${balance} 分，需要 ${needed} 分`, [
      { path: 'lines', message: `积分不足：当前余额 ${balance} 分` },
    ]);
  }
}

export const post = async (tx: Ctx, p: Posting): Promise<LedgerRow> => {
  const updated = await tx.db
    .update(pointsAccounts)
    .set({
      balance: sql`${pointsAccounts.balance} + ${p.amount}`,
      entries: sql`${pointsAccounts.entries} + 1`,
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(pointsAccounts.id, p.accountId),
        p.mustCover ? sql`${pointsAccounts.balance} + ${p.amount} >= 0` : undefined,
      ),
    )
    .returning({ balance: pointsAccounts.balance, entries: pointsAccounts.entries });
  if (updated.length === 0) {
    const [account] = await tx.db
      .select({ balance: pointsAccounts.balance })
      .from(pointsAccounts)
      .where(eq(pointsAccounts.id, p.accountId));
    throw new InsufficientPoints(account?.balance ?? 0, -p.amount);
  }
  const [row] = await tx.db
    .insert(pointsLedger)
    .values({
      id: newId(),
      regionCode: p.regionCode,
      system: p.system,
      accountId: p.accountId,
      seq: updated[0].entries,
      amount: p.amount,
      balanceAfter: updated[0].balance,
      kind: p.kind,
      ruleId: p.ruleId ?? null,
      claimId: p.claimId ?? null,
      redemptionId: p.redemptionId ?? null,
      reversesId: p.reversesId ?? null,
      occurredOn: p.occurredOn,
      note: p.note ?? null,
      idempotencyKey: p.idempotencyKey,
      createdBy: tx.actor.userId,
    })
    .returning();
  return row;
};

/**
 * Runs `work` (a whole transaction) once per idempotency key: a request repeated with the same key
 * gets the first one's result from `replay`, also when the two raced. Without a key, `work` simply runs.
 */
export const once = async <T>(
  key: string | null,
  replay: (key: string) => Promise<T | undefined>,
  work: () => Promise<T>,
): Promise<T> => {
  if (key) {
    const earlier = await replay(key);
    if (earlier !== undefined) return earlier;
  }
  try {
    return await work();
  } catch (error) {
    // A twin request with the same key may have committed while this one ran (it then fails on
    // the key's unique index, or on the balance the twin already spent): answer with the twin's result.
    if (key) {
      const earlier = await replay(key);
      if (earlier !== undefined) return earlier;
    }
    throw error;
  }
};

/** The key under which a client's Idempotency-Key is stored: per user, so keys of two users never meet. */
export const scopedKey = (ctx: Ctx, prefix: string, clientKey: string | undefined | null): string | null =>
  clientKey ? `${prefix}:${ctx.actor.userId}:${clientKey}` : null;
