import { and, eq } from 'drizzle-orm';
import type { Role } from '../../../contracts/roles';
import { type Session, sessionAs, testRegions } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { auditLog } from '../../platform/audit/tables';

// Shared setup of the users/*.int.test.ts files. Each file calls openHarness in beforeAll and
// closeHarness in afterAll, so each gets its own harness; the bindings are live once beforeAll has run.
export let h: TestHarness;
export let regions: Awaited<ReturnType<typeof testRegions>>;
export let county: Session;
export let township: Session;
export const openHarness = async () => {
  h = await createHarness();
  regions = await testRegions(h.services.database.db);
  county = await sessionAs(h.app, h.services, 'county_admin', regions.county);
  township = await sessionAs(h.app, h.services, 'township', regions.ownTownship.code);
};
export const closeHarness = () => h.close();

export const db = () => h.services.database.db;
let counter = 0;
export const newAccount = (role: Role, scopeCode: string, extra: Record<string, unknown> = {}) => ({
  username: `acct${++counter}x${Date.now() % 100_000}`,
  displayName: `账号${counter}`,
  role,
  scopeCode,
  initialPassword: 'Initial-pass-2026',
  ...extra,
});
export const auditRowsOf = (entityId: string, action: string) =>
  db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, entityId), eq(auditLog.action, action)));
