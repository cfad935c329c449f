import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, sessionAs, testRegions } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { ok } from '../../../testing/ok';
import { insertHousehold, insertPerson } from '../../../testing/people';

// 一户一档 gathers what the registries and the points hold on one household, each part read in
// the caller's scope through its own module.

let h: TestHarness;
let regions: Awaited<ReturnType<typeof testRegions>>;
let township: Session;
let otherTownship: Session;
let village: Session;
let grid: Session;
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  h = await createHarness();
  regions = await testRegions(h.services.database.db);
  township = await sessionAs(h.app, h.services, 'township', regions.ownTownship.code);
  otherTownship = await sessionAs(h.app, h.services, 'township', regions.otherTownship.code);
  village = await sessionAs(h.app, h.services, 'village', regions.ownVillage.code);
  grid = await sessionAs(h.app, h.services, 'grid_worker', regions.ownVillage.code);
});
afterAll(() => h.close());

const profileOf = (s: Session, householdId: string) => s.get(`/api/households/${householdId}/profile`);

describe('one household view 一户一档', () => {
  it('shows the contacting member, the household’s own member with the plaque, and its civilization points', async () => {
    const vc = regions.ownVillage.code;
    const home = await insertHousehold(h.services, { regionCode: vc, headName: '黄德明' });
    const branch = await ok(
      township.post('/api/orgs', { name: '德明村党支部', level: 'branch', kind: 'village', regionCode: vc }),
      201,
    );
    // A member of the household (its head) with the plaque, and a neighbour who contacts it.
    const own = await ok(
      township.post('/api/members', {
        personId: home.headPersonId,
        orgId: branch.id,
        status: 'full',
        joinedOn: '2010-07-01',
        fullOn: '2011-07-01',
        plaque: true,
      }),
      201,
    );
    const neighbour = await insertPerson(h.services, { regionCode: vc, name: '韦联户' });
    const contact = await ok(
      township.post('/api/members', {
        personId: neighbour.id,
        orgId: branch.id,
        status: 'probationary',
        joinedOn: '2025-07-01',
      }),
      201,
    );
    await ok(
      township.post(`/api/members/${contact.id}/contacts`, { householdId: home.id, since: '2025-08-01' }),
    );

    const before = await ok(profileOf(township, home.id));
    expect(before.points).toEqual({
      accountId: null,
      balance: 0,
      yearTotal: 0,
      frozenUntil: null,
      recent: [],
    });
    expect(before.contactMembers).toEqual([
      {
        contactId: expect.any(String),
        memberId: contact.id,
        name: '韦联户',
        branchName: '德明村党支部',
        since: '2025-08-01',
      },
    ]);
    expect(before.partyMembers).toEqual([
      {
        memberId: own.id,
        personId: home.headPersonId,
        name: '黄德明',
        branchName: '德明村党支部',
        status: 'full',
        plaque: true,
      },
    ]);
    expect(before).toMatchObject({ visits: { total: 0, recent: [] }, events: { total: 0, items: [] } });

    // Two awards: the view shows the balance, this year's total and the entries newest first.
    const rule = await ok(
      village.post('/api/points/rules', {
        regionCode: vc,
        system: 'civil',
        code: 'HF1',
        name: '庭院整洁',
        points: 5,
        proposerRoles: ['grid_worker'],
        approverRoles: ['village'],
      }),
      201,
    );
    for (const note of ['第一次', '第二次']) {
      const claim = await ok(
        grid.post('/api/points/claims', {
          system: 'civil',
          holderId: home.id,
          ruleId: rule.id,
          occurredOn: today,
          note,
        }),
        201,
      );
      await ok(village.post(`/api/points/claims/${claim.id}/approve`));
    }
    const after = await ok(profileOf(township, home.id));
    expect(after.points).toMatchObject({ balance: 10, yearTotal: 10, frozenUntil: null });
    expect(after.points.accountId).toEqual(expect.any(String));
    expect(after.points.recent.map((e: { amount: number; balanceAfter: number }) => e.balanceAfter)).toEqual([
      10, 5,
    ]);
    expect(after.points.recent[0]).toMatchObject({ kind: 'award', ruleName: '庭院整洁', amount: 5 });

    // The contact ended: gone from the view; the household's member stays.
    await ok(
      township.request('DELETE', `/api/members/${contact.id}/contacts/${before.contactMembers[0].contactId}`),
    );
    const ended = await ok(profileOf(township, home.id));
    expect(ended.contactMembers).toEqual([]);
    expect(ended.partyMembers).toHaveLength(1);
  });

  it('is not found outside the caller’s scope', async () => {
    const home = await insertHousehold(h.services, { regionCode: regions.ownVillage.code });
    expect((await profileOf(otherTownship, home.id)).statusCode).toBe(404);
  });
});
