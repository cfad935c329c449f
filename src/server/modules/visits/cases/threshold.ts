import { and, desc, inArray, lte } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types';
import { villageOf } from '../../../platform/scope';
import { ancestorCodes } from '../../regions/region-view';
import { monitoringThresholds } from '../tables';

// 监测标准 of a household for a year: the row of the nearest region above the household's village
// (village, township, county, prefecture, province — the most specific wins) for that year; when
// that region has no row for the year, its latest earlier year. Null when nothing was entered.

export type ThresholdOf = (year: number) => number | null;

export const thresholdsFor = async (db: Db, regionCode: string, years: number[]): Promise<ThresholdOf> => {
  const codes = ancestorCodes(villageOf(regionCode)).reverse();
  if (years.length === 0) return () => null;
  const rows = await db
    .select()
    .from(monitoringThresholds)
    .where(
      and(
        inArray(monitoringThresholds.regionCode, codes),
        lte(monitoringThresholds.year, Math.max(...years)),
      ),
    )
    .orderBy(desc(monitoringThresholds.year));
  return (year) => {
    for (const code of codes) {
      const row = rows.find((r) => r.regionCode === code && r.year <= year);
      if (row) return row.amountYuan;
    }
    return null;
  };
};
