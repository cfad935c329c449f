import { and, asc, eq } from 'drizzle-orm';
import { type Session, sessionAs, testRegions } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { insertPerson } from '../../../testing/people';
import { regions as regionsTable } from '../regions/tables';

// Shared setup of cadres-*.int.test.ts. Each file calls openHarness in beforeAll and closeHarness in
// afterAll, so each gets its own harness; the bindings are live once beforeAll has run.
export let h: TestHarness;
export let regions: Awaited<ReturnType<typeof testRegions>>;
export let county: Session;
export let township: Session;
export let secondVillage: string;
export const openHarness = async () => {
  h = await createHarness();
  regions = await testRegions(h.services.database.db);
  county = await sessionAs(h.app, h.services, 'county_admin', regions.county);
  township = await sessionAs(h.app, h.services, 'township', regions.ownTownship.code);
  const villages = await h.services.database.db
    .select({ code: regionsTable.code })
    .from(regionsTable)
    .where(and(eq(regionsTable.parentCode, regions.ownTownship.code), eq(regionsTable.level, 'village')))
    .orderBy(asc(regionsTable.code));
  secondVillage = villages[1].code;
};
export const closeHarness = () => h.close();

export const cadreOf = async (
  session: Session,
  regionCode: string,
  record: Record<string, unknown>,
  name?: string,
) => {
  const person = await insertPerson(h.services, { regionCode, name });
  const res = await session.post('/api/cadres', { personId: person.id, ...record });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json();
};
export const secretary = { body: 'party', post: 'secretary' };
export const director = { body: 'committee', post: 'director' };
