import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkIdNumber } from '../contracts/id-number';
import { grids } from '../server/modules/grids/tables';
import { households, persons } from '../server/modules/households/tables';
import { memberContacts, partyMembers } from '../server/modules/members/tables';
import { partyOrgs } from '../server/modules/org/tables';
import { sessionAs, testRegions } from '../testing/factories';
import { createHarness, type TestHarness } from '../testing/harness';
import { generateCounty } from './county';
import { generateCountiesInThreads } from './threads';

let a: TestHarness;
let b: TestHarness;
const options = {
  countyCode: '451022',
  seed: 7,
  villages: 2,
  householdsPerVillage: 40,
  today: new Date(Date.UTC(2026, 10, 25)),
};

beforeAll(async () => {
  [a, b] = await Promise.all([createHarness(), createHarness()]);
  await generateCounty(a.services.database, a.services.pii, options);
});
afterAll(async () => {
  await a.close();
  await b.close();
});

describe('the generator on the database', () => {
  it('writes households whose people have valid ID numbers of the county, one head each, all in small grids', async () => {
    const db = a.services.database.db;
    const homes = await db.select().from(households);
    const people = await db.select().from(persons);
    expect(homes.length).toBeGreaterThanOrEqual(24);
    for (const h of homes) {
      const members = people.filter((p) => p.householdId === h.id);
      expect(members.filter((p) => p.relation === 'head').map((p) => p.id)).toEqual([h.headPersonId]);
      expect(h.gridId).not.toBeNull();
    }
    for (const p of people.slice(0, 200)) {
      const id = a.services.pii.decrypt(p.idNumberEnc!);
      expect(checkIdNumber(id), id).toBeNull();
      expect(id.startsWith('451022')).toBe(true);
      expect(id.slice(-4)).toBe(p.idLast4);
    }
    const small = await db.select().from(grids).where(eq(grids.tier, 'small'));
    const perGrid = homes.length / small.length;
    expect(perGrid).toBeGreaterThan(5);
    expect(perGrid).toBeLessThan(15);
    const all = await db.select().from(grids);
    const byId = new Map(all.map((g) => [g.id, g]));
    for (const g of small) {
      expect(g.code).toMatch(new RegExp(`^${g.regionCode}\\d{2}\\d{2}$`));
      const middle = byId.get(g.parentId!)!;
      expect(middle.tier).toBe('middle');
      expect(g.code.slice(0, 14)).toBe(middle.code.slice(0, 14));
      expect(byId.get(middle.parentId!)?.tier).toBe('big');
    }
  });

  it('makes a branch per village under the township committee and members among 4–8 % of adults', async () => {
    const db = a.services.database.db;
    const orgs = await db.select().from(partyOrgs);
    const committee = orgs.find((o) => o.level === 'committee')!;
    const branches = orgs.filter((o) => o.level === 'branch' && o.parentId === committee.id);
    expect(branches).toHaveLength(2);
    expect(
      orgs.filter((o) => o.level === 'group').every((g) => branches.some((b) => b.id === g.parentId)),
    ).toBe(true);
    const [{ adults }] = await db
      .select({ adults: sql<number>`count(*)::int` })
      .from(persons)
      .where(sql`${persons.birthDate} <= '2008-11-25'`);
    const members = await db.select().from(partyMembers);
    expect(members.length / adults).toBeGreaterThan(0.03);
    expect(members.length / adults).toBeLessThan(0.09);
  });

  it('has each member contact 3–6 other households of the member’s own village', async () => {
    const db = a.services.database.db;
    const members = await db.select().from(partyMembers);
    const contacts = await db.select().from(memberContacts);
    const people = new Map((await db.select().from(persons)).map((p) => [p.id, p]));
    const homes = new Map((await db.select().from(households)).map((h) => [h.id, h]));
    for (const m of members) {
      const mine = contacts.filter((c) => c.memberId === m.id);
      expect(mine.length).toBeGreaterThanOrEqual(3);
      expect(mine.length).toBeLessThanOrEqual(6);
      for (const c of mine) {
        expect(c.householdId).not.toBe(people.get(m.personId)?.householdId);
        expect(homes.get(c.householdId)?.regionCode).toBe(m.regionCode);
      }
    }
  });

  // About 9 s alone; its worker threads load the app again, which took over 30 s in CI beside
  // three other test workers on two cores.
  it('gives the same counties for the same seeds, generated in this thread or in worker threads', {
    timeout: 120_000,
  }, async () => {
    const c = await createHarness();
    try {
      const jobs = [options, { ...options, countyCode: '522601', villages: 1, householdsPerVillage: 20 }];
      for (const job of jobs) await generateCounty(c.services.database, c.services.pii, job);
      // PostgreSQL: two counties at once, a connection each; PGlite: rows from a thread, copied here.
      const { ZHENXING_SECRET_KEY: secret, dataDir } = b.services.config;
      const results = await generateCountiesInThreads(b.services.database, { secret, dataDir }, jobs);
      expect(results.map((r) => r.villages)).toEqual([2, 1]);
      const pick = async (h: TestHarness) =>
        (
          await h.services.database.db
            .select({
              id: persons.id,
              region: persons.regionCode,
              household: persons.householdId,
              name: persons.name,
              initials: persons.initials,
              birth: persons.birthDate,
              idNumber: persons.idNumberEnc,
              phone: persons.phoneIdx,
            })
            .from(persons)
            .orderBy(persons.id)
        ).map((p) => ({ ...p, idNumber: h.services.pii.decrypt(p.idNumber as string) }));
      const inThreads = await pick(b);
      expect(inThreads).toEqual(await pick(c));
      expect(inThreads.filter((p) => p.region.startsWith('451022'))).toEqual(await pick(a));
      expect(new Set(inThreads.map((p) => p.idNumber)).size).toBe(inThreads.length);
      const homes = (h: TestHarness) =>
        h.services.database.db.select().from(households).orderBy(households.id);
      expect((await homes(b)).map(({ createdAt, updatedAt, ...h }) => h)).toEqual(
        (await homes(c)).map(({ createdAt, updatedAt, ...h }) => h),
      );
    } finally {
      await c.close();
    }
  });

  it('shows the generated households to a township user through the API, and refuses villages that hold data', async () => {
    const regions = await testRegions(a.services.database.db);
    const township = await sessionAs(a.app, a.services, 'township', regions.ownTownship.code);
    const list = (await township.get('/api/households?pageSize=5')).json();
    expect(list.total).toBeGreaterThan(0);
    expect(list.items[0].headIdNumberMasked).toMatch(/^4510\*{10}[\dX]{4}$/);
    await expect(generateCounty(a.services.database, a.services.pii, options)).rejects.toThrow(/已有/);
  });
});
