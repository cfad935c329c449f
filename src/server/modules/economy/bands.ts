import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/types';
import { countyCodeOf } from '../../platform/scope';
import { DEFAULT_BANDS } from './defaults';
import { economySettings, type IncomeBand, type TierBasis } from './tables';
import { bandOf } from './tiers';

// The county's income tiers (档次) and the income they count, read by every part that places a
// village in a tier: the county's own settings (plans part), or CATALOGUES.md §11 when it has none.

export interface CountyBands {
  bands: IncomeBand[];
  basis: TierBasis;
}

const sorted = (bands: readonly IncomeBand[]) => [...bands].sort((a, b) => a.minFen - b.minFen);

/** The default tiers over operating income: above a county, and for a county without settings. */
export const defaultBands = (): CountyBands => ({ bands: sorted(DEFAULT_BANDS), basis: 'operating' });

/** The bands and basis of the county that `anyRegionCode` (county, township, village, group) lies in. */
export const countyBands = async (db: Db, anyRegionCode: string): Promise<CountyBands> => {
  const [row] = await db
    .select({ bands: economySettings.bands, basis: economySettings.basis })
    .from(economySettings)
    .where(eq(economySettings.regionCode, countyCodeOf(anyRegionCode)))
    .limit(1);
  if (!row || row.bands.length === 0) return defaultBands();
  return { bands: sorted(row.bands), basis: row.basis };
};

/** Looks up each county's bands once, for lists that may span counties. */
export const bandsCache = (db: Db) => {
  const cache = new Map<string, Promise<CountyBands>>();
  return (regionCode: string) => {
    const county = countyCodeOf(regionCode);
    if (!cache.has(county)) cache.set(county, countyBands(db, county));
    return cache.get(county) as Promise<CountyBands>;
  };
};

/** The income a tier counts: operating (经营性收入) or total (总收入). */
export const incomeOf = (sums: { operatingFen: number; totalFen: number }, basis: TierBasis): number =>
  basis === 'total' ? sums.totalFen : sums.operatingFen;

/** A village's tier from its account's sums. */
export const tierOf = (sums: { operatingFen: number; totalFen: number }, c: CountyBands) =>
  bandOf(incomeOf(sums, c.basis), c.bands);
