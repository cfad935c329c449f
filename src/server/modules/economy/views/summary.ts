import { sql } from 'drizzle-orm';
import type {
  EconomySummary,
  EconomySummaryQuery,
  TierCounts,
} from '../../../../contracts/api/economy-views';
import type { Ctx } from '../../../platform/context';
import { villagesRelation } from '../../regions/region-view';
import { economyAccounts } from '../tables';
import { growthPercent } from '../tiers';
import { groupedBuckets, village, villageFilter } from './bucket-query';
import { type BucketRow, thresholdsOf, tierCountsOf } from './buckets';
import { beijingYear, childLevelOf } from './policy';
import { targetProgressView } from './progress';
import { viewRegion } from './region-of';

// 集体经济总览: the tier counts and sums of the villages under a region for a year and the year
// before, per child region, and the county's targets' progress: one grouped statement
// (bucket-query.ts), plus the names of villages without an account when there are any.

const WITHOUT_ACCOUNT_LISTED = 100;

export const economySummary = async (ctx: Ctx, q: EconomySummaryQuery): Promise<EconomySummary> => {
  const year = q.year ?? beijingYear();
  const region = await viewRegion(ctx, q.regionCode);
  const { basis, bands } = region.bands;
  const { targets } = region;
  const thresholds = thresholdsOf(bands, targets);
  const childLevel = childLevelOf(region.level);
  const rows = await groupedBuckets(ctx, {
    regionCode: region.code,
    years: [year - 1, year],
    groupLevel: childLevel === 'group' ? null : childLevel,
    basis,
    thresholds,
  });
  const counts = (of: readonly BucketRow[]): TierCounts => tierCountsOf(of, bands, thresholds);
  const thisYear = rows.filter((r) => r.year === year);
  const current = counts(thisYear);
  const previous = counts(rows.filter((r) => r.year === year - 1));

  const childCodes = childLevel ? [...new Set(rows.map((r) => r.groupCode as string))].sort() : [];
  const names = new Map(rows.map((r) => [r.groupCode, r.groupName]));
  const children = childCodes.map((code) => {
    const own = counts(thisYear.filter((r) => r.groupCode === code));
    const before = counts(rows.filter((r) => r.groupCode === code && r.year === year - 1));
    return {
      regionCode: code,
      name: names.get(code) ?? code,
      level: childLevel!,
      year: own,
      previous: before,
      growthPercent: growthPercent(before.basisFen, own.basisFen),
    };
  });
  return {
    year,
    regionCode: region.code,
    regionName: region.name,
    level: region.level,
    countyCode: region.countyCode,
    basis,
    bands,
    current,
    previous,
    growthPercent: growthPercent(previous.basisFen, current.basisFen),
    childLevel,
    children,
    withoutAccount:
      current.withAccount < current.villages ? await villagesWithoutAccount(ctx, region.code, year) : [],
    targets: targets.map((t) => targetProgressView(t, thisYear, thresholds)),
  };
};

const villagesWithoutAccount = async (ctx: Ctx, regionCode: string, year: number) => {
  const a = economyAccounts;
  const { rows } = (await ctx.db.execute(sql`
    select ${village.code} as code, ${village.name} as name from ${villagesRelation('v')}
    where ${villageFilter(ctx, regionCode)}
      and not exists (select 1 from ${a} where ${a.regionCode} = ${village.code} and ${a.year} = ${year})
    order by ${village.code} limit ${WITHOUT_ACCOUNT_LISTED}`)) as unknown as {
    rows: { code: string; name: string }[];
  };
  return rows.map((r) => ({ regionCode: r.code, name: r.name }));
};
