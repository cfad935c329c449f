import { afterAll, beforeAll } from 'vitest';
import type { Role } from '../../../contracts/roles';
import {
  type Session,
  sessionAs,
  testRegions,
  villagesUnder as villagesUnderIn,
} from '../../../testing/factories';
import { createHarness, type HarnessOptions, type TestHarness } from '../../../testing/harness';
import { newId } from '../../platform/auth/session';
import type { Db } from '../../platform/db/types';
import { accountSums } from './accounts/account-sums';
import { economyAccounts, economyIncomeLines, type IncomeCode } from './tables';

// What the economy medium tests share: a fresh harness per file, sessions of the roles that take
// part, and factories that write accounts straight into the tables (for summaries, drill-downs and
// lists that need many villages without entering each through the API).

export let h: TestHarness;
export let regions: Awaited<ReturnType<typeof testRegions>>;
export let county: Session;
export let township: Session;
export let village: Session;
export let otherTownship: Session;

export const withEconomyHarness = (options: HarnessOptions = {}) => {
  beforeAll(async () => {
    h = await createHarness(options);
    regions = await testRegions(h.services.database.db);
    county = await sessionAs(h.app, h.services, 'county_admin', regions.county);
    township = await sessionAs(h.app, h.services, 'township', regions.ownTownship.code);
    village = await sessionAs(h.app, h.services, 'village', regions.ownVillage.code);
    otherTownship = await sessionAs(h.app, h.services, 'township', regions.otherTownship.code);
  });
  afterAll(() => h.close());
};

export const sessionOf = (role: Role, regionCode: string) => sessionAs(h.app, h.services, role, regionCode);

export const db = (): Db => h.services.database.db;

/** The villages under a township or the county, in code order. */
export const villagesUnder = (prefixRegion: string) => villagesUnderIn(db(), prefixRegion);

export interface LineFixture {
  code: IncomeCode;
  amountFen: number;
  quarter?: number;
  item?: string;
  contracting?: boolean;
}

/** Writes a village's account for a year with its lines and sums; returns the account id. */
export const insertAccount = async (regionCode: string, year: number, lines: LineFixture[]) => {
  const id = newId();
  await db()
    .insert(economyAccounts)
    .values({ id, regionCode, year, ...accountSums(year, lines) });
  if (lines.length)
    await db()
      .insert(economyIncomeLines)
      .values(
        lines.map((l) => ({
          id: newId(),
          accountId: id,
          regionCode,
          year,
          quarter: l.quarter ?? 4,
          code: l.code,
          item: l.item ?? '收入',
          contracting: l.contracting ?? false,
          amountFen: l.amountFen,
        })),
      );
  return id;
};

/** Accounts for many villages at once: one I1 line of the income `incomeOf` gives each. */
export const insertIncomes = async (
  year: number,
  villages: string[],
  incomeOf: (code: string, i: number) => number,
) => {
  for (const [i, code] of villages.entries())
    await insertAccount(code, year, [{ code: 'I1', amountFen: incomeOf(code, i) }]);
};
