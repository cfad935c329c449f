import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { loginAs, makeUser, type Session } from '../../../../testing/factories';
import { ok } from '../../../../testing/ok';
import { auditLog } from '../../../platform/audit/tables';
import { users } from '../../../platform/auth/tables';
import { eventCategories, serviceItems } from '../../events/tables';
import { monitoringSignals } from '../tables';
import {
  db,
  gridWorker,
  h,
  newHousehold,
  otherTownship,
  regions,
  sessionOf,
  township,
  village,
  withVisitsHarness,
} from '../visits-test-kit';
import { collectServiceRequests } from './service-requests';

// 农户自主申报 (the villager's page and the service list's 防返贫申报) and 基层排查: each opens a
// signal of the household it is about, audited; the caller's own household only, the caller's
// scope only, and a service request once however often the sweep collects it.

withVisitsHarness();

/** A villager (or party member) whose account is the head of a new household of the village. */
const residentOf = async (
  role: 'villager' | 'party_member' = 'villager',
  regionCode = regions.ownVillage.code,
) => {
  const home = await newHousehold(regionCode);
  const account = await makeUser(h.services, { role, regionCode });
  await db().update(users).set({ personId: home.headPersonId }).where(eq(users.id, account.id));
  return { home, session: await loginAs(h.app, account.username) };
};

const signalsOf = (householdId: string) =>
  db().select().from(monitoringSignals).where(eq(monitoringSignals.householdId, householdId));

describe('农户自主申报', () => {
  it('opens a self signal for the caller’s own household, audited, and lists it with its state', async () => {
    const { home, session } = await residentOf();
    const other = await newHousehold(regions.ownVillage.code);
    const made = await ok(
      session.post('/api/monitoring/requests', {
        riskType: 'illness',
        description: '老伴住院，自付三万多',
        // A household id in the body is not the caller's to choose.
        householdId: other.id,
      }),
      201,
    );
    expect(made).toMatchObject({
      householdId: home.id,
      channel: 'self',
      riskType: 'illness',
      status: 'open',
    });
    expect(made.reason).toContain('老伴住院');
    expect(await signalsOf(other.id)).toEqual([]);
    const [row] = await signalsOf(home.id);
    expect(row).toMatchObject({ channel: 'self', regionCode: regions.ownVillage.code, status: 'open' });
    const audit = await db().select().from(auditLog).where(eq(auditLog.entityId, row.id));
    expect(audit.map((a) => a.action)).toEqual(['monitoring.request.create']);
    const mine = await ok(session.get('/api/monitoring/my-requests'));
    expect(mine).toMatchObject({ hasHousehold: true, householdNo: home.householdNo });
    expect(mine.items).toEqual([
      expect.objectContaining({ id: row.id, riskName: '因病', status: 'open', viaServiceList: false }),
    ]);
  });

  it('refuses the same open risk twice, a blank description, and an account without a household', async () => {
    const { session } = await residentOf('party_member');
    await ok(
      session.post('/api/monitoring/requests', { riskType: 'disaster', description: '房子被水冲了' }),
      201,
    );
    const again = await ok(
      session.post('/api/monitoring/requests', { riskType: 'disaster', description: '再报一次' }),
      409,
    );
    expect(again.message).toContain('无需重复申报');
    const blank = await ok(
      session.post('/api/monitoring/requests', { riskType: 'work', description: ' ' }),
      400,
    );
    expect(blank.fields[0]).toMatchObject({ path: 'description' });
    const badType = await ok(
      session.post('/api/monitoring/requests', { riskType: 'luck', description: '没钱' }),
      400,
    );
    expect(badType.fields[0]).toMatchObject({ path: 'riskType', message: '请选择风险类型' });
    const lonely = await sessionOf('villager', regions.ownVillage.code);
    expect(await ok(lonely.get('/api/monitoring/my-requests'))).toEqual({
      hasHousehold: false,
      householdNo: null,
      items: [],
    });
    await ok(lonely.post('/api/monitoring/requests', { riskType: 'work', description: '没活干' }), 409);
    // Staff use screening, not the household's own page.
    await ok(gridWorker.post('/api/monitoring/requests', { riskType: 'work', description: '没活干' }), 403);
  });
});

describe('服务清单 防返贫申报', () => {
  it('becomes one self signal of the household however often it is collected', async () => {
    const { home, session } = await residentOf();
    const [item] = await db()
      .select()
      .from(serviceItems)
      .where(and(eq(serviceItems.regionCode, regions.county), eq(serviceItems.name, '防返贫申报')));
    const [e06] = await db()
      .select()
      .from(eventCategories)
      .where(and(eq(eventCategories.regionCode, regions.county), eq(eventCategories.code, 'E06')));
    const event = await ok(
      session.post('/api/events', {
        categoryId: e06.id,
        serviceItemId: item.id,
        description: '孩子上大学学费凑不齐',
      }),
      201,
    );
    expect(await signalsOf(home.id)).toEqual([]);
    const first = await collectServiceRequests(db(), { countyCode: regions.county });
    expect(first).toBeGreaterThanOrEqual(1);
    await collectServiceRequests(db(), { countyCode: regions.county });
    await collectServiceRequests(db());
    const rows = await signalsOf(home.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ channel: 'self', sourceId: event.id, status: 'open' });
    expect(rows[0].reason).toContain('孩子上大学学费凑不齐');
    expect(await collectServiceRequests(db(), { countyCode: regions.county })).toBe(0);
    const audit = await db().select().from(auditLog).where(eq(auditLog.entityId, rows[0].id));
    expect(audit.map((a) => a.action)).toEqual(['monitoring.request.service']);
    const mine = await ok(session.get('/api/monitoring/my-requests'));
    expect(mine.items).toEqual([expect.objectContaining({ id: rows[0].id, viaServiceList: true })]);
    // Another county's sweep does not touch it (nothing to collect there).
    expect(await collectServiceRequests(db(), { countyCode: regions.otherCounty })).toBe(0);
  });
});

describe('基层排查', () => {
  const report = (session: Session, householdId: string, riskType = 'accident') =>
    session.post('/api/monitoring/signals', {
      householdId,
      riskType,
      description: '务工摔伤，三个月不能干活',
    });

  it('opens a screening signal for a household of the caller’s scope, audited', async () => {
    const home = await newHousehold(regions.ownVillage.code);
    const made = await ok(report(gridWorker, home.id), 201);
    expect(made).toMatchObject({ householdId: home.id, channel: 'screening', riskType: 'accident' });
    expect(made.reason).toMatch(/^网格员.*排查发现（因意外事故）/);
    await ok(report(village, home.id, 'work'), 201);
    await ok(report(township, home.id, 'work'), 201);
    const dup = await ok(report(gridWorker, home.id), 409);
    expect(dup.message).toContain('已上报过');
    const rows = await signalsOf(home.id);
    expect(rows.map((r) => r.channel)).toEqual(['screening', 'screening', 'screening']);
    const audit = await db()
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'monitoring.screening.create'));
    expect(audit.filter((a) => rows.some((r) => r.id === a.entityId))).toHaveLength(3);
  });

  it('answers 404 for a household outside the caller’s scope and writes nothing', async () => {
    const theirs = await newHousehold(regions.otherVillage.code);
    await ok(report(gridWorker, theirs.id), 404);
    await ok(report(township, theirs.id), 404);
    await ok(report(otherTownship, theirs.id), 201);
    const rows = await signalsOf(theirs.id);
    expect(rows).toHaveLength(1);
    const unknown = await ok(report(gridWorker, crypto.randomUUID()), 404);
    expect(unknown.message).toContain('不在您的管辖范围内');
    // A department imports its list; it does not screen.
    const dept = await makeUser(h.services, { role: 'department', regionCode: regions.county });
    await ok(report(await loginAs(h.app, dept.username), theirs.id), 403);
    const bad = await ok(gridWorker.post('/api/monitoring/signals', { householdId: theirs.id }), 400);
    expect(bad.fields.map((f: { path: string }) => f.path)).toEqual(
      expect.arrayContaining(['riskType', 'description']),
    );
  });
});
