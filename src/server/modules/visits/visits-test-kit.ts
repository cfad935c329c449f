import { eq } from 'drizzle-orm';
import { afterAll, beforeAll } from 'vitest';
import type { Role } from '../../../contracts/roles';
import {
  type Session,
  sessionAs,
  testRegions,
  villagesUnder as villagesUnderIn,
} from '../../../testing/factories';
import { createHarness, type HarnessOptions, type TestHarness } from '../../../testing/harness';
import type { Db } from '../../platform/db/types';
import { makeHousehold } from '../households/test-factories';
import { monitoringThresholds } from './tables';

// What the visits module's medium tests share: a fresh harness per file, sessions of the roles
// that take part, households made through the households API (so the ID numbers are encrypted and
// indexed as in life), and a way to set the county's threshold for a year.

export let h: TestHarness;
export let regions: Awaited<ReturnType<typeof testRegions>>;
export let county: Session;
export let township: Session;
export let village: Session;
export let gridWorker: Session;
export let otherTownship: Session;

export const withVisitsHarness = (options: HarnessOptions = {}) => {
  beforeAll(async () => {
    h = await createHarness(options);
    regions = await testRegions(h.services.database.db);
    county = await sessionAs(h.app, h.services, 'county_admin', regions.county);
    township = await sessionAs(h.app, h.services, 'township', regions.ownTownship.code);
    village = await sessionAs(h.app, h.services, 'village', regions.ownVillage.code);
    gridWorker = await sessionAs(h.app, h.services, 'grid_worker', regions.ownVillage.code);
    otherTownship = await sessionAs(h.app, h.services, 'township', regions.otherTownship.code);
  });
  afterAll(() => h.close());
};

export const sessionOf = (role: Role, regionCode: string) => sessionAs(h.app, h.services, role, regionCode);

export const db = (): Db => h.services.database.db;

/** The villages under a township or the county, in code order. */
export const villagesUnder = (prefixRegion: string) => villagesUnderIn(db(), prefixRegion);

/**
 * A household of the village made through the API by the county; `head` and `extra` override the
 * generated fields (`incomePerCapita`, `rigidSpending`, `povertyStatus` …).
 */
export const newHousehold = (
  regionCode: string,
  extra: Record<string, unknown> = {},
  head: Record<string, unknown> = {},
) => makeHousehold(county, regionCode, head, extra);

/** Sets the county's threshold (元/人/年) for a year, replacing the seeded one. */
export const setThreshold = async (countyCode: string, year: number, amountYuan: number) => {
  await db().delete(monitoringThresholds).where(eq(monitoringThresholds.regionCode, countyCode));
  await db()
    .insert(monitoringThresholds)
    .values({ id: crypto.randomUUID(), regionCode: countyCode, year, amountYuan, note: 'test' });
};
