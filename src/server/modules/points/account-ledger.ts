import { and, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { getAccount } from './accounts';
import { ledgerViews } from './ledger-view';
import { assertOwnAccount } from './my-accounts';
import { pointsLedger } from './tables';

/** 积分明细: an account's entries, newest first. */
export const accountLedger = async (
  ctx: Ctx,
  accountId: string,
  q: { from?: string; to?: string; page: number; pageSize: number },
) => {
  const account = await getAccount(ctx, accountId);
  await assertOwnAccount(ctx, account);
  const where = and(
    eq(pointsLedger.accountId, account.id),
    q.from ? gte(pointsLedger.occurredOn, q.from) : undefined,
    q.to ? lte(pointsLedger.occurredOn, q.to) : undefined,
  );
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select()
      .from(pointsLedger)
      .where(where)
      .orderBy(desc(pointsLedger.createdAt), desc(pointsLedger.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ctx.db.select({ total: sql<number>`count(*)::int` }).from(pointsLedger).where(where),
  ]);
  return { items: await ledgerViews(ctx, rows), total: Number(total), page: q.page, pageSize: q.pageSize };
};
