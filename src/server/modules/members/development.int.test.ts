import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAGE_ITEMS } from '../../../contracts/api/members';
import { type Session, sessionAs, testRegions } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { insertPerson } from '../../../testing/people';

let h: TestHarness;
let regions: Awaited<ReturnType<typeof testRegions>>;
let county: Session;
let township: Session;
let ownBranch: string;
let otherBranch: string;

type Stage = keyof typeof STAGE_ITEMS;
const allDone = (stage: Stage) => Object.fromEntries(STAGE_ITEMS[stage].map((i) => [i, true]));

beforeAll(async () => {
  h = await createHarness();
  regions = await testRegions(h.services.database.db);
  county = await sessionAs(h.app, h.services, 'county_admin', regions.county);
  township = await sessionAs(h.app, h.services, 'township', regions.ownTownship.code);
  const branch = async (regionCode: string) =>
    (
      await county.post('/api/orgs', {
        name: `党支部${regionCode}`,
        level: 'branch',
        kind: 'village',
        regionCode,
      })
    ).json().id;
  ownBranch = await branch(regions.ownVillage.code);
  otherBranch = await branch(regions.otherVillage.code);
});
afterAll(() => h.close());

const apply = async (
  s: Session,
  orgId: string,
  regionCode: string,
  reachedOn: string,
  birthDate?: string,
) => {
  const p = await insertPerson(h.services, { regionCode, name: `申请人${reachedOn}`, birthDate });
  const res = await s.post('/api/development/records', {
    personId: p.id,
    orgId,
    reachedOn,
    responsible: '李书记',
    items: allDone('applicant'),
  });
  return res;
};

const advance = (s: Session, recordId: string, stage: Stage, reachedOn: string, items = allDone(stage)) =>
  s.post(`/api/development/records/${recordId}/advance`, { stage, reachedOn, responsible: '李书记', items });

/** Runs a record from application to probationary with the shortest allowed intervals. */
const toProbationary = async (s: Session, orgId: string, regionCode: string, probationaryOn: string) => {
  const year = Number(probationaryOn.slice(0, 4));
  const record = (await apply(s, orgId, regionCode, `${year - 2}-01-10`)).json();
  for (const [stage, on] of [
    ['activist', `${year - 2}-03-01`],
    ['target', `${year - 1}-03-01`],
    ['probationary', probationaryOn],
  ] as const)
    expect((await advance(s, record.id, stage, on)).statusCode).toBe(200);
  return record.id as string;
};

describe('the development pipeline (发展党员)', () => {
  it('runs applicant → full, creating the probationary member and making it full', async () => {
    const created = await apply(township, ownBranch, regions.ownVillage.code, '2023-01-10');
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({ stage: 'applicant', stageSince: '2023-01-10', memberId: null });
    expect((await advance(township, id, 'activist', '2023-04-01')).statusCode).toBe(200);
    const early = await advance(township, id, 'target', '2024-03-31');
    expect(early.statusCode).toBe(422);
    expect(early.json().message).toBe('确定为入党积极分子满一年后，才能列为发展对象');
    expect((await advance(township, id, 'target', '2024-04-01')).statusCode).toBe(200);
    const admitted = await advance(township, id, 'probationary', '2024-10-01');
    expect(admitted.json()).toMatchObject({ stage: 'probationary', memberId: expect.any(String) });
    const memberId = admitted.json().memberId;
    const member = (await township.get(`/api/members/${memberId}`)).json();
    expect(member).toMatchObject({ status: 'probationary', joinedOn: '2024-10-01', orgId: ownBranch });
    expect((await advance(township, id, 'full', '2025-09-30')).json().message).toBe(
      '预备期满一年后，才能转为正式党员',
    );
    expect((await advance(township, id, 'full', '2025-10-01')).statusCode).toBe(200);
    expect((await township.get(`/api/members/${memberId}`)).json()).toMatchObject({
      status: 'full',
      fullOn: '2025-10-01',
    });
    const detail = (await township.get(`/api/development/records/${id}`)).json();
    expect(detail.steps.map((s: { stage: string }) => s.stage)).toEqual([
      'applicant',
      'activist',
      'target',
      'probationary',
      'full',
    ]);
    expect(detail.steps[2].items).toEqual(allDone('target'));
    expect((await advance(township, id, 'full', '2026-10-01')).statusCode).toBe(422);
  });

  it('refuses skipped stages, earlier dates, missing items and a minor applicant', async () => {
    const id = (await apply(township, ownBranch, regions.ownVillage.code, '2025-02-01')).json().id;
    expect((await advance(township, id, 'target', '2026-03-01')).json().fields[0].path).toBe('stage');
    expect((await advance(township, id, 'activist', '2025-01-31')).json().message).toBe(
      '日期不能早于上一阶段的日期',
    );
    const missing = await advance(township, id, 'activist', '2025-05-01', {
      ...allDone('activist'),
      指定培养联系人: false,
    });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().message).toContain('指定培养联系人');
    const minor = await apply(township, ownBranch, regions.ownVillage.code, '2025-02-01', '2008-03-01');
    expect(minor.json().message).toBe('申请入党时须年满18周岁');
    const again = await township.get(`/api/development/records?stage=applicant`);
    expect(again.json().total).toBe(1);
  });

  it('counts progress against county and township targets from the records', async () => {
    await toProbationary(township, ownBranch, regions.ownVillage.code, '2026-05-01');
    await toProbationary(township, ownBranch, regions.ownVillage.code, '2026-06-01');
    await toProbationary(county, otherBranch, regions.otherVillage.code, '2026-07-01');
    await toProbationary(township, ownBranch, regions.ownVillage.code, '2027-02-01');
    const put = (s: Session, regionCode: string, target: number) =>
      s.request('PUT', '/api/development/targets', { regionCode, year: 2026, target });
    expect((await put(county, regions.county, 6)).json()).toMatchObject({
      target: 6,
      reached: 3,
      percent: 50,
    });
    expect((await put(township, regions.ownTownship.code, 3)).json()).toMatchObject({
      reached: 2,
      percent: 66.67,
    });
    expect((await put(township, regions.ownTownship.code, 4)).json()).toMatchObject({
      target: 4,
      reached: 2,
      percent: 50,
    });
    expect((await put(township, regions.otherTownship.code, 3)).statusCode).toBe(422);
    expect((await put(township, regions.ownVillage.code, 3)).statusCode).toBe(422);
    const seen = (await township.get('/api/development/targets?year=2026')).json().items;
    expect(seen).toEqual([
      {
        regionCode: regions.ownTownship.code,
        regionName: regions.ownTownship.name,
        year: 2026,
        target: 4,
        reached: 2,
        percent: 50,
      },
    ]);
    expect((await county.get('/api/development/targets?year=2026')).json().items).toHaveLength(2);
  });

  it('hides another township’s records', async () => {
    const foreign = (await apply(county, otherBranch, regions.otherVillage.code, '2025-01-01')).json();
    expect((await township.get(`/api/development/records/${foreign.id}`)).statusCode).toBe(404);
    expect((await advance(township, foreign.id, 'activist', '2025-06-01')).statusCode).toBe(404);
    expect(
      JSON.stringify((await township.get('/api/development/records?pageSize=200')).json()),
    ).not.toContain(foreign.id);
    const outsider = await apply(township, otherBranch, regions.otherVillage.code, '2025-01-01');
    expect(outsider.statusCode).toBe(404);
  });
});
