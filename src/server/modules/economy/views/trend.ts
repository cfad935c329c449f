import type { EconomyTrend, EconomyTrendQuery } from '../../../../contracts/api/economy-views';
import type { Ctx } from '../../../platform/context';
import { invalidField } from '../../../platform/errors';
import { growthPercent } from '../tiers';
import { groupedBuckets } from './bucket-query';
import { thresholdsOf, tierCountsOf } from './buckets';
import { beijingYear, trendRangeError } from './policy';
import { viewRegion } from './region-of';

// 历年趋势: the region's totals and tier counts per year, from the same grouped statement as the
// summary (no child rows), with the growth over each year before.

export const economyTrend = async (ctx: Ctx, q: EconomyTrendQuery): Promise<EconomyTrend> => {
  const to = q.to ?? beijingYear();
  const from = q.from ?? to - 4;
  const error = trendRangeError(from, to);
  if (error) throw invalidField(error.path, error.message);
  const region = await viewRegion(ctx, q.regionCode);
  const { basis, bands } = region.bands;
  const thresholds = thresholdsOf(bands);
  const years = Array.from({ length: to - from + 2 }, (_, i) => from - 1 + i);
  const rows = await groupedBuckets(ctx, {
    regionCode: region.code,
    years,
    groupLevel: null,
    basis,
    thresholds,
  });
  const byYear = years.map((y) =>
    tierCountsOf(
      rows.filter((r) => r.year === y),
      bands,
      thresholds,
    ),
  );
  return {
    regionCode: region.code,
    regionName: region.name,
    basis,
    bands,
    years: years.slice(1).map((year, i) => ({
      year,
      ...byYear[i + 1],
      growthPercent: growthPercent(byYear[i].basisFen, byYear[i + 1].basisFen),
    })),
  };
};
