import { and, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context';
import type { Figure } from '../../../platform/modules/manifest';
import { assertInScope, inScope, scopeOf, underRegion } from '../../../platform/scope';
import { villagesRelation } from '../../regions/region-view';
import { economyAccounts } from '../tables';
import { village, villageFilter } from './bucket-query';
import { beijingYear, WEAK_FIGURE_BELOW_FEN, yuanOf } from './policy';

// The figures other modules read (assessments' record-filled indicators, dashboards): a village's
// or a region's income of a year in 元, and its villages below 50,000 元. A region outside the
// caller's scope answers NotFound.

const a = economyAccounts;

const incomeSum = async (
  ctx: Ctx,
  column: typeof a.operatingFen | typeof a.totalFen,
  q: { regionCode: string; year?: number },
) => {
  assertInScope(q.regionCode, scopeOf(ctx.actor));
  const [row] = await ctx.db
    .select({ fen: sql<number>`coalesce(sum(${column}), 0)::float8` })
    .from(a)
    .where(
      and(
        eq(a.year, q.year ?? beijingYear()),
        inScope(a.regionCode, scopeOf(ctx.actor)),
        underRegion(a.regionCode, q.regionCode),
      ),
    );
  return yuanOf(Number(row?.fen ?? 0));
};

export const operatingIncomeFigure: Figure = {
  key: 'economy.operatingIncome',
  label: { zh: '村集体经营性收入（元）', en: 'Collective operating income (yuan)' },
  definition: {
    zh: '该年度村（或区域内各村）集体经营性收入合计（经营收入、发包及上交收入、投资收益）',
    en: 'Operating income of the village (or the villages under the region) in the year: I1 + I2 + I3',
  },
  unit: { zh: '元', en: 'yuan' },
  compute: (ctx, q) => incomeSum(ctx, a.operatingFen, q),
};

export const totalIncomeFigure: Figure = {
  key: 'economy.totalIncome',
  label: { zh: '村集体总收入（元）', en: 'Collective total income (yuan)' },
  definition: {
    zh: '该年度村（或区域内各村）集体各项收入合计',
    en: 'All income of the village (or the villages under the region) in the year',
  },
  unit: { zh: '元', en: 'yuan' },
  compute: (ctx, q) => incomeSum(ctx, a.totalFen, q),
};

export const weakVillagesFigure: Figure = {
  key: 'economy.weakVillages',
  label: { zh: '集体经济薄弱村数', en: 'Villages with weak collective income' },
  definition: {
    zh: '区域内该年度集体经营性收入低于 5 万元的村数（没有账目的村按 0 计）',
    en: 'Villages under the region whose operating income of the year is below 50,000 yuan (no account counts as 0)',
  },
  unit: { zh: '个', en: 'villages' },
  compute: async (ctx, q) => {
    assertInScope(q.regionCode, scopeOf(ctx.actor));
    const year = q.year ?? beijingYear();
    const { rows } = (await ctx.db.execute(sql`
      select count(*)::int as n from ${villagesRelation('v')}
      left join ${a} on ${a.regionCode} = ${village.code} and ${a.year} = ${year}
      where ${villageFilter(ctx, q.regionCode)} and coalesce(${a.operatingFen}, 0) < ${WEAK_FIGURE_BELOW_FEN}`)) as unknown as {
      rows: { n: number }[];
    };
    const row = rows[0];
    return Number(row?.n ?? 0);
  },
};

export const viewsFigures: readonly Figure[] = [operatingIncomeFigure, totalIncomeFigure, weakVillagesFigure];
