import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHousehold, nextIdNumber } from '../server/modules/households/test-factories';
import { type Session, sessionAs, testRegions } from './factories';
import { createHarness, type TestHarness } from './harness';
import { exportedRows, exportOf, importBack } from './round-trip';

// Every registry's export imports back unchanged (issue 11): records made through the API in one
// database, exported, imported into a fresh one in the order the registries depend on each other
// (people first), and exported there again: the two exports agree cell for cell.

let from: TestHarness;
let to: TestHarness;
let a: Session;
let b: Session;
let villages: string[];
beforeAll(async () => {
  from = await createHarness();
  to = await createHarness();
  const regions = await testRegions(from.services.database.db);
  a = await sessionAs(from.app, from.services, 'county_admin', regions.county);
  b = await sessionAs(to.app, to.services, 'county_admin', regions.county);
  villages = [regions.ownVillage.code, regions.otherVillage.code];
});
afterAll(() => Promise.all([from?.close(), to?.close()]));

const created = async (res: Promise<{ statusCode: number; body: string; json(): unknown }>) => {
  const r = await res;
  if (r.statusCode !== 201) throw new Error(`${r.statusCode} ${r.body}`);
  return r.json() as { id: string; headPersonId: string };
};

/** Exports `base` from the first database, imports it into the second, and compares the exports. */
const roundTrip = async (base: string, sheet: string) => {
  const first = await exportOf(a, base);
  const rows = await exportedRows(first, sheet);
  expect(rows.length, `${sheet}: rows to compare`).toBeGreaterThan(1);
  await importBack(to.app, b, base, first);
  expect(await exportedRows(await exportOf(b, base), sheet)).toEqual(rows);
};

const people: { personId: string; village: string }[] = [];
const orgs: string[] = [];

describe('export → import round trip of every registry', () => {
  it('农户人员', async () => {
    for (const village of villages)
      for (let i = 0; i < 3; i++) {
        const household = await makeHousehold(a, village, { phone: '13812345678' }, { relocated: i === 1 });
        people.push({ personId: household.headPersonId, village });
        await created(
          a.post('/api/persons', {
            householdId: household.id,
            name: `成员${i}`,
            idNumber: nextIdNumber(),
            relation: 'other',
            ethnicity: '02',
            labour: 'skilled',
            leftBehind: i === 2 ? 'child' : null,
          }),
        );
      }
    await roundTrip('/api/households', '农户人员');
  });

  it('党组织', async () => {
    for (const [i, village] of villages.entries()) {
      const org = await created(
        a.post('/api/orgs', {
          name: `第${i + 1}村党支部`,
          level: 'branch',
          kind: 'village',
          regionCode: village,
        }),
      );
      orgs.push(org.id);
    }
    await roundTrip('/api/orgs', '党组织');
  });

  it('党员', async () => {
    for (const [i, p] of people.entries())
      if (i % 3 === 0)
        await created(
          a.post('/api/members', {
            personId: p.personId,
            orgId: orgs[villages.indexOf(p.village)],
            status: i === 0 ? 'probationary' : 'full',
            joinedOn: '2010-07-01',
          }),
        );
    await roundTrip('/api/members', '党员');
  });

  it('村干部', async () => {
    await created(
      a.post('/api/cadres', {
        personId: people[1].personId,
        posts: [
          { body: 'party', post: 'secretary' },
          { body: 'committee', post: 'director' },
        ],
        backgrounds: ['veteran', 'returned_migrant'],
        isReserve: false,
        startedOn: '2021-07-01',
      }),
    );
    await created(a.post('/api/cadres', { personId: people[4].personId, isReserve: true, backgrounds: [] }));
    await roundTrip('/api/cadres', '村干部');
  });

  it('驻村工作队', async () => {
    const team = await created(
      a.post('/api/work-teams', {
        regionCode: villages[0],
        name: '自治区财政厅驻村工作队',
        sendingUnit: '自治区财政厅',
        sendingLevel: 'province',
        startedOn: '2024-03-01',
        endedOn: '2026-02-28',
      }),
    );
    await created(
      a.post(`/api/work-teams/${team.id}/members`, {
        name: '张书记',
        role: 'secretary_leader',
        phone: '13812345678',
        startedOn: '2024-03-01',
      }),
    );
    await created(
      a.post(`/api/work-teams/${team.id}/members`, {
        name: '李队员',
        role: 'member',
        sendingUnit: '百色市农业农村局',
        sendingLevel: 'city',
        startedOn: '2024-03-01',
      }),
    );
    await roundTrip('/api/work-teams', '驻村工作队');
  });

  it('网格', async () => {
    const big = await created(
      a.post('/api/grids', { tier: 'big', regionCode: villages[0], name: '那坡村大网格' }),
    );
    const middle = await created(a.post('/api/grids', { tier: 'middle', parentId: big.id, name: '那坡屯' }));
    const small = await created(
      a.post('/api/grids', { tier: 'small', parentId: middle.id, name: '十联户一组' }),
    );
    await created(a.post(`/api/grids/${small.id}/workers`, { name: '韦网格', phone: '13912345678' }));
    await roundTrip('/api/grids', '网格');
  });

  it('人才', async () => {
    await created(
      a.post('/api/talents', {
        regionCode: villages[0],
        personId: people[2].personId,
        name: (await a.get(`/api/persons/${people[2].personId}`)).json().name,
        category: 'planting',
        tags: ['土专家'],
        skills: '砂糖橘种植',
      }),
    );
    await created(
      a.post('/api/talents', {
        regionCode: villages[1],
        name: '外来能人',
        phone: '13712345678',
        category: 'ecommerce',
        tags: [],
      }),
    );
    await roundTrip('/api/talents', '人才');
  });
});
