import { and, asc, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { LedgerEntryView } from '../../../contracts/api/points';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { type Ctx, inTransaction } from '../../platform/context';
import { Conflict, NotFound } from '../../platform/errors';
import { getInScope, inScope, scopeOf, underRegion } from '../../platform/scope';
import { householdIdsMatching, personSummaries } from '../households/lookups';
import { memberIdsNamed, memberOfPerson } from '../members/lookups';
import { accountOf, accountViews, currentYear, getAccount, holderOf } from './accounts';
import { ownPersonId } from './claims';
import { post } from './ledger';
import { type PointsSystem, pointsAccounts, pointsLedger, pointsRules } from './tables';

// Reading accounts and their ledgers, and the one correction there is: a reversing entry.

export const listAccounts = async (
  ctx: Ctx,
  q: {
    system: PointsSystem;
    regionCode?: string;
    q?: string;
    sort: 'balance' | 'name';
    page: number;
    pageSize: number;
  },
) => {
  const where = and(
    eq(pointsAccounts.system, q.system),
    inScope(pointsAccounts.regionCode, scopeOf(ctx.actor)),
    q.regionCode ? underRegion(pointsAccounts.regionCode, q.regionCode) : undefined,
    q.q
      ? inArray(
          pointsAccounts.holderId,
          q.system === 'member' ? memberIdsNamed(ctx, q.q) : householdIdsMatching(ctx, q.q),
        )
      : undefined,
  );
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select()
      .from(pointsAccounts)
      .where(where)
      .orderBy(
        q.sort === 'balance' ? desc(pointsAccounts.balance) : asc(pointsAccounts.createdAt),
        asc(pointsAccounts.id),
      )
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ctx.db.select({ total: sql<number>`count(*)::int` }).from(pointsAccounts).where(where),
  ]);
  const items = await accountViews(ctx, rows, currentYear());
  return { items, total: Number(total), page: q.page, pageSize: q.pageSize };
};

/** The account of a member or household (opened on first look), for the counter and the profile. */
export const accountOfHolder = (ctx: Ctx, system: PointsSystem, holderId: string) =>
  inTransaction(ctx, async (tx) => {
    const holder = await holderOf(tx, system, holderId);
    const account = await accountOf(tx, holder);
    await assertOwnAccount(tx, account);
    return (await accountViews(tx, [account], currentYear()))[0];
  });

export const getAccountView = async (ctx: Ctx, accountId: string) => {
  const account = await getAccount(ctx, accountId);
  const [view] = await accountViews(ctx, [account], currentYear());
  if (!view.holderName) throw new NotFound();
  return view;
};

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

/** Party members and villagers read only their own accounts. */
export const assertOwnAccount = async (ctx: Ctx, account: typeof pointsAccounts.$inferSelect) => {
  if (ctx.actor.role !== 'party_member' && ctx.actor.role !== 'villager') return;
  const mine = await myAccounts(ctx);
  if (mine.member?.id !== account.id && mine.household?.id !== account.id) throw new NotFound();
};

/** 我的积分: the logged-in member's own account and their household's. */
export const myAccounts = async (ctx: Ctx) => {
  const personId = await ownPersonId(ctx);
  if (!personId) return { member: null, household: null };
  const memberId = await memberOfPerson(ctx, personId);
  const person = (await personSummaries(ctx, [personId])).get(personId);
  const open = async (system: PointsSystem, holderId: string | null | undefined) => {
    if (!holderId) return null;
    try {
      return (
        await accountViews(ctx, [await accountOf(ctx, await holderOf(ctx, system, holderId))], currentYear())
      )[0];
    } catch (error) {
      if (error instanceof NotFound) return null;
      throw error;
    }
  };
  return {
    member: await open('member', memberId),
    household: await open('civil', person?.householdId),
  };
};

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
