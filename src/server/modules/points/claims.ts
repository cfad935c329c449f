import { and, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { ClaimView, CreateClaimBody } from '../../../contracts/api/points';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import { users } from '../../platform/auth/tables';
import { type Ctx, inTransaction } from '../../platform/context';
import { Conflict, Forbidden, invalidField } from '../../platform/errors';
import { getInScope, inScope, scopeOf, underRegion } from '../../platform/scope';
import { memberOfPerson } from '../members/lookups';
import { accountOf, accountViewsById, holderOf } from './accounts';
import { once, post, scopedKey } from './ledger';
import { getRule, ruleOwnersOf } from './rules';
import { pointsAccounts, pointsClaims, pointsEvidence, pointsLedger, pointsRules } from './tables';

// 积分申报与审核: a member, the secretary or a grid worker proposes points under a rule with
// evidence; the branch (the village) approves, which posts them, or returns them with a reason.

type ClaimRow = typeof pointsClaims.$inferSelect;

const today = () => new Date().toISOString().slice(0, 10);

/** The person record linked to the logged-in account (a member's or villager's own), if any. */
export const ownPersonId = async (ctx: Ctx): Promise<string | null> => {
  const [row] = await ctx.db
    .select({ personId: users.personId })
    .from(users)
    .where(eq(users.id, ctx.actor.userId));
  return row?.personId ?? null;
};

export const claimViews = async (ctx: Ctx, rows: ClaimRow[]): Promise<ClaimView[]> => {
  if (rows.length === 0) return [];
  const views = await accountViewsById(
    ctx,
    rows.map((r) => r.accountId),
  );
  const rules = new Map(
    (
      await ctx.db
        .select()
        .from(pointsRules)
        .where(
          inArray(
            pointsRules.id,
            rows.map((r) => r.ruleId),
          ),
        )
    ).map((r) => [r.id, r]),
  );
  const photos = await ctx.db
    .select({
      id: pointsEvidence.id,
      claimId: pointsEvidence.claimId,
      width: pointsEvidence.width,
      height: pointsEvidence.height,
    })
    .from(pointsEvidence)
    .where(
      inArray(
        pointsEvidence.claimId,
        rows.map((r) => r.id),
      ),
    );
  return rows.map((r) => ({
    id: r.id,
    system: r.system,
    regionCode: r.regionCode,
    accountId: r.accountId,
    holderName: views.get(r.accountId)?.holderName ?? '',
    householdNo: views.get(r.accountId)?.householdNo ?? null,
    ruleId: r.ruleId,
    ruleCode: rules.get(r.ruleId)?.code ?? '',
    ruleName: rules.get(r.ruleId)?.name ?? '',
    points: r.points,
    occurredOn: r.occurredOn,
    note: r.note,
    status: r.status,
    proposedByName: r.proposedByName,
    proposedAt: r.proposedAt.toISOString(),
    decidedByName: r.decidedByName,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    reason: r.reason,
    evidence: photos
      .filter((p) => p.claimId === r.id)
      .map(({ id, width, height }) => ({ id, width, height })),
    evidenceRequired: rules.get(r.ruleId)?.evidenceRequired ?? false,
    approverRoles: rules.get(r.ruleId)?.approverRoles ?? [],
  }));
};

const claimByKey = async (ctx: Ctx, key: string) => {
  const [row] = await ctx.db.select().from(pointsClaims).where(eq(pointsClaims.idempotencyKey, key));
  return row ? (await claimViews(ctx, [row]))[0] : undefined;
};

/** 申报: checks the rule applies to the holder and the caller may propose under it. */
export const createClaim = (ctx: Ctx, body: CreateClaimBody, clientKey?: string) => {
  const key = scopedKey(ctx, 'claim', clientKey);
  return once(
    key,
    (k) => claimByKey(ctx, k),
    () =>
      inTransaction(ctx, async (tx) => {
        const holder = await holderOf(tx, body.system, body.holderId);
        const rule = await getRule(tx, body.ruleId);
        if (rule.supersededAt || !rule.active) throw invalidField('ruleId', '该规则已修改或停用，请重新选择');
        if (rule.system !== body.system) throw invalidField('ruleId', '规则与积分类别不符');
        if (!ruleOwnersOf(holder.regionCode).includes(rule.regionCode))
          throw invalidField('ruleId', '该规则不适用于此村');
        if (!rule.proposerRoles.includes(tx.actor.role)) throw new Forbidden('您的角色不能申报此项积分');
        if (tx.actor.role === 'party_member') {
          const personId = await ownPersonId(tx);
          if (!personId || body.system !== 'member' || (await memberOfPerson(tx, personId)) !== holder.id)
            throw new Forbidden('党员只能为本人申报积分');
        }
        let points = rule.points;
        if (rule.maxPoints != null) {
          const low = Math.min(rule.points, rule.maxPoints);
          const high = Math.max(rule.points, rule.maxPoints);
          if (body.points === undefined) throw invalidField('points', `请填写分值（${low} 至 ${high}）`);
          if (body.points < low || body.points > high)
            throw invalidField('points', `分值应在 ${low} 至 ${high} 之间`);
          points = body.points;
        } else if (body.points !== undefined && body.points !== rule.points) {
          throw invalidField('points', `此项规则的分值为 ${rule.points}`);
        }
        if (body.occurredOn > today()) throw invalidField('occurredOn', '发生日期不能晚于今天');
        if (body.occurredOn < `${new Date().getFullYear() - 1}-01-01`)
          throw invalidField('occurredOn', '只能申报今年和去年的积分，更早的请用历史积分导入');
        const account = await accountOf(tx, holder);
        const [created] = await tx.db
          .insert(pointsClaims)
          .values({
            id: newId(),
            regionCode: account.regionCode,
            system: body.system,
            accountId: account.id,
            ruleId: rule.id,
            points,
            occurredOn: body.occurredOn,
            note: body.note ?? null,
            status: 'pending',
            proposedBy: tx.actor.userId,
            proposedByName: tx.actor.displayName,
            idempotencyKey: key,
          })
          .returning();
        await writeAudit(tx.db, tx, {
          action: 'points.claim.create',
          entity: 'points_claim',
          entityId: created.id,
          regionCode: created.regionCode,
          diff: auditDiff(null, {
            holder: holder.name,
            rule: `${rule.code} ${rule.name}`,
            points,
            occurredOn: body.occurredOn,
          }),
        });
        return (await claimViews(tx, [created]))[0];
      }),
  );
};

/** The day `months` months after `day` (YYYY-MM-DD; the 31st becomes the month's last day). */
const addMonths = (day: string, months: number): string => {
  const [y, m, d] = day.split('-').map(Number);
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
};

const periodBounds = (day: string, period: 'month' | 'quarter' | 'year'): [string, string] => {
  const [y, m] = day.split('-').map(Number);
  const startMonth = period === 'year' ? 1 : period === 'quarter' ? Math.floor((m - 1) / 3) * 3 + 1 : m;
  const months = period === 'year' ? 12 : period === 'quarter' ? 3 : 1;
  const start = new Date(Date.UTC(y, startMonth - 1, 1));
  const end = new Date(Date.UTC(y, startMonth - 1 + months, 1));
  return [start.toISOString().slice(0, 10), end.toISOString().slice(0, 10)];
};

/** Points already posted under the rule (any version) to the account in the period of `day`. */
const postedUnderRule = async (
  tx: Ctx,
  accountId: string,
  ruleKey: string,
  day: string,
  period: 'month' | 'quarter' | 'year',
) => {
  const [from, to] = periodBounds(day, period);
  const [row] = await tx.db
    .select({ total: sql<number>`coalesce(sum(${pointsLedger.amount}), 0)::int` })
    .from(pointsLedger)
    .innerJoin(pointsRules, eq(pointsRules.id, pointsLedger.ruleId))
    .where(
      and(
        eq(pointsLedger.accountId, accountId),
        eq(pointsRules.ruleKey, ruleKey),
        gte(pointsLedger.occurredOn, from),
        lt(pointsLedger.occurredOn, to),
      ),
    );
  return Number(row?.total ?? 0);
};

const loadClaim = (tx: Ctx, claimId: string) =>
  getInScope(tx.db, pointsClaims, claimId, scopeOf(tx.actor), { forUpdate: true });

const assertApprover = async (tx: Ctx, claim: ClaimRow) => {
  const [rule] = await tx.db.select().from(pointsRules).where(eq(pointsRules.id, claim.ruleId));
  if (!rule.approverRoles.includes(tx.actor.role)) throw new Forbidden('您的角色不能审核此项积分');
  return rule;
};

/** 审核通过: posts the claim's points once (the claim id is the posting's key). */
export const approveClaim = (ctx: Ctx, claimId: string) =>
  inTransaction(ctx, async (tx) => {
    const claim = await loadClaim(tx, claimId);
    if (claim.status === 'approved') return (await claimViews(tx, [claim]))[0];
    if (claim.status !== 'pending') throw new Conflict('该申报已退回，不能再审核');
    const rule = await assertApprover(tx, claim);
    if (rule.evidenceRequired) {
      const [photo] = await tx.db
        .select({ id: pointsEvidence.id })
        .from(pointsEvidence)
        .where(eq(pointsEvidence.claimId, claim.id))
        .limit(1);
      if (!photo) throw new Conflict('此项积分须附照片');
    }
    const [account] = await tx.db
      .select()
      .from(pointsAccounts)
      .where(eq(pointsAccounts.id, claim.accountId))
      .for('update');
    if (rule.cap != null && rule.capPeriod && claim.points > 0) {
      const already = await postedUnderRule(tx, account.id, rule.ruleKey, claim.occurredOn, rule.capPeriod);
      if (already + claim.points > rule.cap)
        throw new Conflict(
          `超出此项上限：本期已得 ${already} 分，上限 ${rule.cap} 分（${{ month: '每月', quarter: '每季', year: '每年' }[rule.capPeriod]}）`,
        );
    }
    await post(tx, {
      accountId: account.id,
      regionCode: account.regionCode,
      system: account.system,
      amount: claim.points,
      kind: claim.points > 0 ? 'award' : 'deduction',
      occurredOn: claim.occurredOn,
      idempotencyKey: `claim:${claim.id}`,
      ruleId: claim.ruleId,
      claimId: claim.id,
      note: claim.note,
    });
    if (rule.freezeMonths && claim.points < 0) {
      const until = addMonths(claim.occurredOn, rule.freezeMonths);
      if (!account.frozenUntil || account.frozenUntil < until)
        await tx.db
          .update(pointsAccounts)
          .set({ frozenUntil: until })
          .where(eq(pointsAccounts.id, account.id));
    }
    const [approved] = await tx.db
      .update(pointsClaims)
      .set({
        status: 'approved',
        decidedBy: tx.actor.userId,
        decidedByName: tx.actor.displayName,
        decidedAt: new Date(),
      })
      .where(and(eq(pointsClaims.id, claim.id), eq(pointsClaims.status, 'pending')))
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'points.claim.approve',
      entity: 'points_claim',
      entityId: claim.id,
      regionCode: claim.regionCode,
      diff: auditDiff({ status: 'pending' }, { status: 'approved', points: claim.points }),
    });
    return (await claimViews(tx, [approved]))[0];
  });

/** 退回: with a reason the proposer sees; nothing is posted. */
export const returnClaim = (ctx: Ctx, claimId: string, reason: string) =>
  inTransaction(ctx, async (tx) => {
    const claim = await loadClaim(tx, claimId);
    if (claim.status !== 'pending') throw new Conflict('只能退回待审核的申报');
    await assertApprover(tx, claim);
    const [returned] = await tx.db
      .update(pointsClaims)
      .set({
        status: 'returned',
        reason,
        decidedBy: tx.actor.userId,
        decidedByName: tx.actor.displayName,
        decidedAt: new Date(),
      })
      .where(eq(pointsClaims.id, claim.id))
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'points.claim.return',
      entity: 'points_claim',
      entityId: claim.id,
      regionCode: claim.regionCode,
      diff: auditDiff({ status: 'pending' }, { status: 'returned', reason }),
    });
    return (await claimViews(tx, [returned]))[0];
  });

export const listClaims = async (
  ctx: Ctx,
  q: {
    system?: 'member' | 'civil';
    status?: ClaimRow['status'];
    regionCode?: string;
    accountId?: string;
    page: number;
    pageSize: number;
  },
) => {
  const where = and(
    inScope(pointsClaims.regionCode, scopeOf(ctx.actor)),
    q.system ? eq(pointsClaims.system, q.system) : undefined,
    q.status ? eq(pointsClaims.status, q.status) : undefined,
    q.regionCode ? underRegion(pointsClaims.regionCode, q.regionCode) : undefined,
    q.accountId ? eq(pointsClaims.accountId, q.accountId) : undefined,
    // A party member sees only the claims about themself.
    ctx.actor.role === 'party_member' ? eq(pointsClaims.proposedBy, ctx.actor.userId) : undefined,
  );
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select()
      .from(pointsClaims)
      .where(where)
      .orderBy(desc(pointsClaims.proposedAt), desc(pointsClaims.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ctx.db.select({ total: sql<number>`count(*)::int` }).from(pointsClaims).where(where),
  ]);
  return { items: await claimViews(ctx, rows), total: Number(total), page: q.page, pageSize: q.pageSize };
};

export const getClaim = async (ctx: Ctx, claimId: string) => {
  const row = await getInScope(ctx.db, pointsClaims, claimId, scopeOf(ctx.actor));
  if (ctx.actor.role === 'party_member' && row.proposedBy !== ctx.actor.userId) throw new Forbidden();
  return (await claimViews(ctx, [row]))[0];
};
