import { describe, expect, it } from 'vitest';
import { DEFAULT_BANDS, DEFAULT_TARGET } from '../defaults';
import { summarize, targetProgress } from '../tiers';
import { type BucketRow, bucketOf, thresholdsOf, tierCountsOf } from './buckets';
import {
  bandRange,
  beijingYear,
  childLevelOf,
  mayExportDrill,
  trendRangeError,
  usesCountyBands,
} from './policy';
import { progressOfCounts } from './progress';

describe('economy views policy', () => {
  it('breaks a region into the level below it', () => {
    expect(childLevelOf('province')).toBe('county');
    expect(childLevelOf('city')).toBe('county');
    expect(childLevelOf('county')).toBe('township');
    expect(childLevelOf('township')).toBe('village');
    expect(childLevelOf('village')).toBeNull();
  });

  it('uses the county’s bands at or below a county, the defaults above', () => {
    expect(usesCountyBands('township')).toBe(true);
    expect(usesCountyBands('city')).toBe(false);
  });

  it('takes the year in China time and bounds the trend', () => {
    expect(beijingYear(new Date('2026-12-31T16:30:00Z'))).toBe(2027);
    expect(trendRangeError(2020, 2024)).toBeNull();
    expect(trendRangeError(2025, 2024)?.path).toBe('from');
    expect(trendRangeError(2000, 2030)?.message).toMatch(/最多/);
  });

  it('lets staff who keep or report accounts export, not grid workers', () => {
    expect(mayExportDrill('county_admin')).toBe(true);
    expect(mayExportDrill('village')).toBe(true);
    expect(mayExportDrill('grid_worker')).toBe(false);
  });

  it('gives a band’s range', () => {
    expect(bandRange(DEFAULT_BANDS, 'T2')).toEqual({ atLeast: 5_000_000, below: 10_000_000 });
    expect(bandRange(DEFAULT_BANDS, 'T6')?.below).toBeNull();
    expect(bandRange(DEFAULT_BANDS, 'T0')?.below).toBe(1);
    expect(bandRange(DEFAULT_BANDS, 'X')).toBeNull();
  });
});

describe('tier counts from buckets', () => {
  const incomes = [
    0, 0, 1, 49_999_99, 5_000_000, 12_000_000, 19_999_999, 20_000_000, 70_000_000, 150_000_000, 11_999_999,
  ];
  const thresholds = thresholdsOf(DEFAULT_BANDS, [DEFAULT_TARGET]);
  const rows: BucketRow[] = [];
  for (const income of incomes) {
    const bucket = bucketOf(income, thresholds);
    const row = rows.find((r) => r.bucket === bucket);
    if (row) {
      row.villages += 1;
      row.basisFen += income;
    } else
      rows.push({
        bucket,
        villages: 1,
        withAccount: 1,
        basisFen: income,
        operatingFen: income,
        totalFen: income,
        contractingFen: 0,
      });
  }

  it('equal tiers.ts summarize over every village', () => {
    const expected = summarize(incomes, DEFAULT_BANDS);
    const got = tierCountsOf(rows, [...DEFAULT_BANDS], thresholds);
    expect(got.counts.map((c) => c.villages)).toEqual(expected.counts.map((c) => c.villages));
    expect(got.atLeast.map((c) => c.villages)).toEqual(expected.atLeast.map((c) => c.villages));
    expect([got.villages, got.basisFen, got.averageFen]).toEqual([
      expected.villages,
      expected.totalFen,
      expected.averageFen,
    ]);
  });

  it('give the target progress tiers.ts targetProgress gives', () => {
    const expected = targetProgress(incomes, DEFAULT_TARGET);
    const below = incomes.filter((i) => i < DEFAULT_TARGET.everyMinFen).length;
    const at = incomes.filter((i) => i >= DEFAULT_TARGET.shareMinFen).length;
    expect(progressOfCounts(incomes.length, below, at, DEFAULT_TARGET)).toEqual(expected);
    const none = { everyMinFen: null, shareMinFen: null, sharePercent: null };
    expect(progressOfCounts(3, 2, 1, none)).toEqual(targetProgress([1, 2, 3], none));
  });
});
