import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { rankingSchema } from '../../../contracts/api/points';
import type { Ctx } from '../../platform/context';
import { NotFound } from '../../platform/errors';
import { assertInScope, inScope, scopeOf, underRegion, villageOf } from '../../platform/scope';
import { householdSummaries } from '../households/lookups';
import { membersIn } from '../members/lookups';
import { orgSummaries } from '../org/lookups';
import { regionNames } from '../regions/region-view';
import { holdersOf, MEMBER_BASE, periodTotals, starsFor } from './report-periods';
import { type PointsSystem, pointsAccounts } from './tables';

type Ranking = z.infer<typeof rankingSchema>;

/**
 * Names in pinyin order. One collator for all comparisons: `localeCompare(x, 'zh')` builds a
 * collator per call, which made sorting a township's few thousand members the slowest part of the ranking.
 */
const byName = new Intl.Collator('zh').compare;

/**
 * 排名 within a branch or a region. Party members are all ranked (a member with no entries has the
 * base score); households are ranked by what they earned in the period.
 */
export const ranking = async (
  ctx: Ctx,
  q: { system: PointsSystem; orgId?: string; regionCode?: string; period: string; limit: number },
): Promise<Ranking> => {
  const regionCode = q.regionCode ?? ctx.actor.scopeCode;
  assertInScope(regionCode, scopeOf(ctx.actor));
  const yearly = q.period.length === 4;
  if (q.system === 'member') {
    // Independent reads, sent together (on PostgreSQL each takes its own connection).
    const [members, accounts, periodRows] = await Promise.all([
      membersIn(ctx, { regionCode, orgId: q.orgId }),
      ctx.db
        .select({ id: pointsAccounts.id, holderId: pointsAccounts.holderId })
        .from(pointsAccounts)
        .where(
          and(
            eq(pointsAccounts.system, 'member'),
            inScope(pointsAccounts.regionCode, scopeOf(ctx.actor)),
            underRegion(pointsAccounts.regionCode, regionCode),
          ),
        ),
      periodTotals(ctx, { system: 'member', regionCode, period: q.period }),
    ]);
    if (q.orgId && members.length === 0) throw new NotFound('党组织不存在、没有党员或不在您的管辖范围内');
    const accountOf = new Map(accounts.map((a) => [a.holderId, a.id]));
    const totals = new Map(periodRows.map((t) => [t.accountId, Number(t.total)]));
    const [orgs, villages] = await Promise.all([
      orgSummaries(
        ctx,
        members.map((m) => m.orgId),
      ),
      regionNames(ctx.db, [...new Set(members.map((m) => villageOf(m.regionCode)))]),
    ]);
    const rows = members
      .map((m) => {
        const accountId = accountOf.get(m.id) ?? null;
        const total = accountId ? (totals.get(accountId) ?? 0) : 0;
        return { m, accountId, total };
      })
      .sort((a, b) => b.total - a.total || byName(a.m.name, b.m.name));
    return {
      period: q.period,
      items: rows.slice(0, q.limit).map((r, i) => ({
        rank: i + 1,
        accountId: r.accountId ?? r.m.id,
        holderName: r.m.name,
        householdNo: null,
        regionCode: r.m.regionCode,
        villageName: villages.get(villageOf(r.m.regionCode)) ?? null,
        orgName: orgs.get(r.m.orgId)?.name ?? null,
        total: r.total,
        score: yearly ? MEMBER_BASE + r.total : null,
        stars: yearly ? starsFor(r.total) : null,
      })),
    };
  }
  const totals = await periodTotals(ctx, { system: 'civil', regionCode, period: q.period, limit: q.limit });
  const accounts = await holdersOf(
    ctx,
    totals.map((t) => t.accountId),
  );
  const homes = await householdSummaries(
    ctx,
    [...accounts.values()].map((a) => a.holderId),
  );
  const villages = await regionNames(ctx.db, [
    ...new Set([...accounts.values()].map((a) => villageOf(a.regionCode))),
  ]);
  return {
    period: q.period,
    items: totals.map((t, i) => {
      const account = accounts.get(t.accountId)!;
      const home = homes.get(account.holderId);
      return {
        rank: i + 1,
        accountId: t.accountId,
        holderName: home?.headName ?? home?.householdNo ?? '',
        householdNo: home?.householdNo ?? null,
        regionCode: account.regionCode,
        villageName: villages.get(villageOf(account.regionCode)) ?? null,
        orgName: null,
        total: Number(t.total),
        score: null,
        stars: null,
      };
    }),
  };
};
