import { eq } from 'drizzle-orm';
import { makeUser, testRegions } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { auditLog } from '../../platform/audit/tables';
import { sessions } from '../../platform/auth/tables';

// Shared setup of the auth/*.int.test.ts files. Each file calls openHarness in beforeAll and
// closeHarness in afterAll, so each gets its own harness; the bindings are live once beforeAll has run.
export let h: TestHarness;
export let regions: Awaited<ReturnType<typeof testRegions>>;
export const openHarness = async () => {
  h = await createHarness();
  regions = await testRegions(h.services.database.db);
};
export const closeHarness = () => h.close();

export const db = () => h.services.database.db;
export const login = (username: string, password: string) =>
  h.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
export const grid = () => makeUser(h.services, { role: 'grid_worker', regionCode: regions.ownVillage.code });
export const countyAdmin = () => makeUser(h.services, { role: 'county_admin', regionCode: regions.county });
export const sessionCount = async (userId: string) =>
  (await db().select().from(sessions).where(eq(sessions.userId, userId))).length;
export const auditActions = async (userId: string) =>
  (await db().select().from(auditLog).where(eq(auditLog.entityId, userId)).orderBy(auditLog.seq)).map(
    (r) => r.action,
  );
