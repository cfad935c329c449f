import { and, inArray, lte, sql } from 'drizzle-orm';
import {
  INCOME_CODES,
  type IncomeCodeValue,
  type QuarterlyQuery,
  type QuarterlyReturn,
  type QuarterlyRow,
} from '../../../../contracts/api/economy-accounts';
import { levelOfCode } from '../../../../contracts/region-code';
import type { Ctx } from '../../../platform/context';
import { invalidField } from '../../../platform/errors';
import { ancestorAt, assertInScope, inScope, scopeOf, underRegion } from '../../../platform/scope';
import { descendantsOf } from '../../regions/list-descendants';
import { regionNames } from '../../regions/region-view';
import { type CountyBands, countyBands, incomeOf, tierOf } from '../bands';
import { economyIncomeLines as l } from '../tables';
import { growthPercent } from '../tiers';
import { accountSums, type LineAmount } from './account-sums';

// 季度报表: what a township sends up each quarter, generated from the records: per village of a
// township (or per township of a county) the income booked in quarters 1…Q of the year by
// source, operating and total income, the tier, the same quarter last year and the growth.

interface VillageSums {
  bySource: Record<IncomeCodeValue, number>;
  operatingFen: number;
  totalFen: number;
  contractingFen: number;
  lastYearOperatingFen: number;
  lastYearTotalFen: number;
}

const noSources = () =>
  Object.fromEntries(INCOME_CODES.map((c) => [c, 0])) as Record<IncomeCodeValue, number>;

/** Lines up to the quarter, grouped as few rows as the sums need (village, year, code, tag). */
const groupedLines = (ctx: Ctx, region: string, q: QuarterlyQuery) =>
  ctx.db
    .select({
      regionCode: l.regionCode,
      year: l.year,
      code: l.code,
      contracting: l.contracting,
      amountFen: sql<number>`sum(${l.amountFen})`.mapWith(Number),
    })
    .from(l)
    .where(
      and(
        inScope(l.regionCode, scopeOf(ctx.actor)),
        underRegion(l.regionCode, region),
        inArray(l.year, [q.year, q.year - 1]),
        lte(l.quarter, q.quarter),
      ),
    )
    .groupBy(l.regionCode, l.year, l.code, l.contracting);

const villageSums = async (ctx: Ctx, region: string, q: QuarterlyQuery) => {
  const byVillage = new Map<string, { now: LineAmount[]; before: LineAmount[] }>();
  for (const g of await groupedLines(ctx, region, q)) {
    const entry = byVillage.get(g.regionCode) ?? { now: [], before: [] };
    (g.year === q.year ? entry.now : entry.before).push(g);
    byVillage.set(g.regionCode, entry);
  }
  return (village: string): VillageSums => {
    const entry = byVillage.get(village) ?? { now: [], before: [] };
    const bySource = noSources();
    for (const line of entry.now) bySource[line.code] += line.amountFen;
    const last = accountSums(q.year - 1, entry.before);
    return {
      bySource,
      ...accountSums(q.year, entry.now),
      lastYearOperatingFen: last.operatingFen,
      lastYearTotalFen: last.totalFen,
    };
  };
};

const rowOf = (code: string, name: string, villages: VillageSums[], bands: CountyBands, single: boolean) => {
  const sum = (pick: (v: VillageSums) => number) => villages.reduce((a, v) => a + pick(v), 0);
  const bySource = noSources();
  for (const v of villages) for (const c of INCOME_CODES) bySource[c] += v.bySource[c];
  const sums = { operatingFen: sum((v) => v.operatingFen), totalFen: sum((v) => v.totalFen) };
  const last = { operatingFen: sum((v) => v.lastYearOperatingFen), totalFen: sum((v) => v.lastYearTotalFen) };
  const tierCounts: Record<string, number> = Object.fromEntries(bands.bands.map((b) => [b.code, 0]));
  for (const v of villages) tierCounts[tierOf(v, bands).code] += 1;
  const band = single ? tierOf(sums, bands) : null;
  return {
    regionCode: code,
    name,
    villages: villages.length,
    bySource,
    ...sums,
    contractingFen: sum((v) => v.contractingFen),
    bandCode: band?.code ?? null,
    bandLabel: band?.label ?? null,
    tierCounts: single ? null : tierCounts,
    lastYearOperatingFen: last.operatingFen,
    lastYearTotalFen: last.totalFen,
    growthPercent: growthPercent(incomeOf(last, bands.basis), incomeOf(sums, bands.basis)),
  } satisfies QuarterlyRow;
};

export const quarterlyReturn = async (ctx: Ctx, q: QuarterlyQuery): Promise<QuarterlyReturn> => {
  const region = q.regionCode ?? ctx.actor.scopeCode;
  assertInScope(region, scopeOf(ctx.actor));
  const level = levelOfCode(region);
  if (level !== 'county' && level !== 'township' && level !== 'village')
    throw invalidField('regionCode', '季度报表按县（各乡镇）或乡镇（各村）生成，请选择县、乡镇或村');
  const rowLevel = level === 'county' ? 'township' : 'village';
  const bands = await countyBands(ctx.db, region);
  const villages = await descendantsOf(ctx.db, region, 'village');
  const sumsOf = await villageSums(ctx, region, q);
  const all = villages.map((v) => ({ code: v.code, name: v.name, sums: sumsOf(v.code) }));
  let rows: QuarterlyRow[];
  if (rowLevel === 'village') rows = all.map((v) => rowOf(v.code, v.name, [v.sums], bands, true));
  else {
    const townships = await descendantsOf(ctx.db, region, 'township');
    rows = townships.map((t) =>
      rowOf(
        t.code,
        t.name,
        all.filter((v) => ancestorAt(v.code, 'township') === t.code).map((v) => v.sums),
        bands,
        false,
      ),
    );
  }
  const regionName = (await regionNames(ctx.db, [region])).get(region) ?? region;
  return {
    year: q.year,
    quarter: q.quarter,
    regionCode: region,
    regionName,
    rowLevel,
    basis: bands.basis,
    bands: bands.bands,
    rows,
    total: rowOf(
      region,
      '合计',
      all.map((v) => v.sums),
      bands,
      level === 'village',
    ),
  };
};
