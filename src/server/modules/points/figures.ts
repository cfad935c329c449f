import { and, countDistinct, eq, gte, inArray, lt, ne, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import type { Figure } from '../../platform/modules/manifest';
import { assertInScope, scopeOf, underRegion } from '../../platform/scope';
import { countHouseholdsUnder } from '../households/lookups';
import { currentYear } from './accounts';
import { SCORED } from './report-periods';
import { pointsLedger, pointsRedemptions } from './tables';

// Figures dashboards may show from points, computed from the ledger and the redemptions for a
// region in the caller's scope (NotFound outside it) and a calendar year.

const yearOf = (q: { regionCode: string; year?: number }, ctx: Ctx) => {
  assertInScope(q.regionCode, scopeOf(ctx.actor));
  const year = q.year ?? currentYear();
  return { from: `${year}-01-01`, to: `${year + 1}-01-01` };
};

/** Households with at least one civilization points entry in the year, per mille of the region's households. */
export const civilParticipation = async (ctx: Ctx, q: { regionCode: string; year?: number }) => {
  const { from, to } = yearOf(q, ctx);
  const [[{ active }], [{ all }]] = await Promise.all([
    ctx.db
      .select({ active: countDistinct(pointsLedger.accountId) })
      .from(pointsLedger)
      .where(
        and(
          underRegion(pointsLedger.regionCode, q.regionCode),
          eq(pointsLedger.system, 'civil'),
          inArray(pointsLedger.kind, [...SCORED]),
          gte(pointsLedger.occurredOn, from),
          lt(pointsLedger.occurredOn, to),
        ),
      ),
    countHouseholdsUnder(ctx, q.regionCode).then((all) => [{ all }]),
  ]);
  return Number(all) === 0 ? 0 : Math.floor((Number(active) * 1000) / Number(all));
};

/** Redemptions (以分换物) made in the year in the region and not cancelled. */
export const redemptionCount = async (ctx: Ctx, q: { regionCode: string; year?: number }) => {
  const { from, to } = yearOf(q, ctx);
  const [{ n }] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(pointsRedemptions)
    .where(
      and(
        underRegion(pointsRedemptions.regionCode, q.regionCode),
        ne(pointsRedemptions.status, 'cancelled'),
        gte(pointsRedemptions.createdAt, new Date(`${from}T00:00:00+08:00`)),
        lt(pointsRedemptions.createdAt, new Date(`${to}T00:00:00+08:00`)),
      ),
    );
  return Number(n);
};

export const pointsFigures: readonly Figure[] = [
  {
    key: 'points.civil.participation',
    label: { zh: '文明积分参与率', en: 'Civilization points participation' },
    definition: {
      zh: '当年至少有一笔文明积分（加分、扣分、冲正或历史导入）的户数 ÷ 该区划现有户数，按千分比取整',
      en: 'Households with at least one civilization points entry (award, deduction, reversal or import) in the year, per mille of the region’s living households, rounded down',
    },
    unit: { zh: '‰', en: '‰' },
    compute: civilParticipation,
  },
  {
    key: 'points.redemptions',
    label: { zh: '积分兑换笔数', en: 'Points redemptions' },
    definition: {
      zh: '当年（北京时间）在该区划积分超市兑换且未撤销的笔数',
      en: 'Redemptions at the region’s points supermarkets in the year (Beijing time) that were not cancelled',
    },
    unit: { zh: '笔', en: 'redemptions' },
    compute: redemptionCount,
  },
];
