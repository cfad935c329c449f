import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAGE_ITEMS } from '../contracts/api/members';
import { makeHousehold, nextIdNumber } from '../server/modules/households/test-factories';
import { buildSheet } from './excel';
import { type Session, sessionAs, testRegions } from './factories';
import { createHarness, type TestHarness } from './harness';
import { exportedRows, exportOf, importBack } from './round-trip';

// Every registry's export imports back unchanged (issue 11): records made through the API in one
// database, exported, imported into a fresh one in the order the registries depend on each other
// (people first), and exported there again: the two exports agree cell for cell.

const allDone = (stage: keyof typeof STAGE_ITEMS) =>
  Object.fromEntries(STAGE_ITEMS[stage].map((item) => [item, true]));

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
const roundTrip = async (base: string, sheet: string, query = '') => {
  const first = await exportOf(a, base, true, query);
  const rows = await exportedRows(first, sheet);
  expect(rows.length, `${sheet}: rows to compare`).toBeGreaterThan(1);
  await importBack(to.app, b, base, first);
  expect(await exportedRows(await exportOf(b, base, true, query), sheet)).toEqual(rows);
  return rows;
};

const people: { personId: string; village: string }[] = [];
const orgs: string[] = [];
let smallGrid = '';
/** 姓名 and 身份证号 of the members, as the members export lists them in full. */
let memberRows: string[][] = [];

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
    memberRows = (await roundTrip('/api/members', '党员')).slice(1).map((r) => JSON.parse(r as string));
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
    smallGrid = small.id;
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

  it('发展党员', async () => {
    const stages = ['activist', 'target', 'probationary'] as const;
    const dates = ['2023-04-01', '2024-04-01', '2024-10-01'];
    for (const [n, p] of [people[1], people[2], people[5]].entries()) {
      const record = await created(
        a.post('/api/development/records', {
          personId: p.personId,
          orgId: orgs[villages.indexOf(p.village)],
          reachedOn: '2023-03-01',
          responsible: '李书记',
          items: allDone('applicant'),
        }),
      );
      for (const [i, stage] of stages.slice(0, n + 1).entries()) {
        const res = await a.post(`/api/development/records/${record.id}/advance`, {
          stage,
          reachedOn: dates[i],
          responsible: '王委员',
          items: allDone(stage),
        });
        expect(res.statusCode, res.body).toBe(200);
      }
    }
    await roundTrip('/api/development/records', '发展党员');
  });

  it('户网格归属', async () => {
    const inVillage = (await a.get(`/api/households?regionCode=${villages[0]}&pageSize=2`)).json().items;
    const res = await a.post(`/api/grids/${smallGrid}/households`, {
      householdIds: inVillage.map((x: { id: string }) => x.id),
    });
    expect(res.statusCode, res.body).toBeLessThan(300);
    // The other households have no small grid yet: their rows come back with an empty code.
    const rows = await roundTrip('/api/grids/assignments', '户网格归属');
    const codes = rows.slice(1).map((r) => JSON.parse(r as string)[2] ?? '');
    expect(codes.filter((code) => code === '').length).toBeGreaterThan(0);
    expect(codes.filter((code) => code !== '').length).toBe(2);
  });

  it('历史积分', async () => {
    const homes = (await a.get(`/api/households?regionCode=${villages[0]}&pageSize=2`)).json().items as {
      householdNo: string;
      headName: string;
    }[];
    const [name, idNumber] = memberRows[0];
    const file = await buildSheet(
      '历史积分',
      ['户编号', '身份证号', '姓名', '日期', '分值', '规则编号', '说明'],
      [
        [homes[0].householdNo, null, homes[0].headName, '2024-05-01', 5, null, '2024年卫生评比'],
        [homes[1].householdNo, null, homes[1].headName, '2024-06-01', -2, null, '乱堆柴草'],
        [null, idNumber, name, '2024-07-01', 3, null, '参加志愿服务'],
      ],
    );
    await importBack(from.app, a, '/api/points/ledger', file);
    await roundTrip('/api/points/ledger', '历史积分', 'system=civil&format=history');
    await roundTrip('/api/points/ledger', '历史积分', 'system=member&format=history');
  });
});
