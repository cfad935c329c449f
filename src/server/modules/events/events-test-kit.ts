import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll } from 'vitest';
import type { Department, Role } from '../../../contracts/roles';
import { loginAs, makeUser, type Session, sessionAs, testRegions } from '../../../testing/factories';
import { createHarness, type HarnessOptions, type TestHarness } from '../../../testing/harness';
import { ok } from '../../../testing/ok';
import { insertHousehold } from '../../../testing/people';
import { eventCategories } from './tables';

// What the events medium tests share: a fresh harness per test file, sessions of every role that
// takes part (the reporter, the village, the township, a department, the county), the county's
// categories by code, and a report through the API.

export let h: TestHarness;
export let regions: Awaited<ReturnType<typeof testRegions>>;
export let county: Session;
export let township: Session;
export let village: Session;
export let grid: Session;
export let villager: Session;
export let department: Session;

/** Opens the harness and sessions before the file's tests and closes it after them. */
export const withEventsHarness = (options: HarnessOptions = {}) => {
  beforeAll(async () => {
    h = await createHarness(options);
    regions = await testRegions(h.services.database.db);
    county = await sessionAs(h.app, h.services, 'county_admin', regions.county);
    township = await sessionAs(h.app, h.services, 'township', regions.ownTownship.code);
    village = await sessionAs(h.app, h.services, 'village', regions.ownVillage.code);
    grid = await sessionAs(h.app, h.services, 'grid_worker', regions.ownVillage.code);
    villager = await sessionAs(h.app, h.services, 'villager', regions.ownVillage.code);
    department = await departmentSession('civil_affairs');
  });
  afterAll(() => h.close());
};

/** A department handler of the county (报到 for its department's dispatches). */
export const departmentSession = async (dept: Department, regionCode = regions.county) => {
  const user = await makeUser(h.services, { role: 'department', regionCode, department: dept });
  return loginAs(h.app, user.username, user.password);
};

export const sessionOf = (role: Role, regionCode: string) => sessionAs(h.app, h.services, role, regionCode);

/** The county's category with this code (E01 … E15), as seeded from CATALOGUES.md §5. */
export const category = async (code: string, countyCode = regions.county) => {
  const [row] = await h.services.database.db
    .select()
    .from(eventCategories)
    .where(and(eq(eventCategories.regionCode, countyCode), eq(eventCategories.code, code)));
  if (!row) throw new Error(`no category ${code} in ${countyCode}`);
  return row;
};

export const household = () => insertHousehold(h.services, { regionCode: regions.ownVillage.code });

/** Reports an event through the API (E14 咨询、建议 unless told), as the grid worker unless told. */
export const report = async (
  extra: Record<string, unknown> = {},
  as: Session = grid,
  code = 'E14',
  headers?: Record<string, string>,
) =>
  ok(
    as.post(
      '/api/events',
      { categoryId: (await category(code)).id, description: '村口路灯坏了三盏，晚上看不清路', ...extra },
      headers,
    ),
    201,
  );
