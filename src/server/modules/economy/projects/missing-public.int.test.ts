import { describe, expect, it } from 'vitest';
import { makeUser } from '../../../../testing/factories';
import { ok } from '../../../../testing/ok';
import { actorOf } from '../../../platform/auth/session';
import { installedFigures } from '../../../platform/modules/registry';
import {
  county,
  h,
  regions,
  township,
  village,
  villagesUnder,
  withEconomyHarness,
} from '../economy-test-kit';
import { beijingYear } from './dates';
import { act, cadreIn, evaluation, namedProject, SECRETARY, villageProject, YEAR } from './projects-test-kit';

withEconomyHarness();

describe('missing led projects (未领办)', () => {
  it('names exactly the township and villages of the township without a led project of the year', async () => {
    const villages = await villagesUnder(regions.ownTownship.code);
    const [a, b, c] = villages;
    const secretaryA = await cadreIn(county, a.code, SECRETARY);
    const secretaryB = await cadreIn(county, b.code, SECRETARY);
    const secretaryC = await cadreIn(county, c.code, SECRETARY);
    await ok(township.post('/api/economy/projects', villageProject(a.code, secretaryA.id)), 201);
    const draft = await ok(
      township.post('/api/economy/projects', villageProject(b.code, secretaryB.id)),
      201,
    );
    // A practical deed is not a led project; nor is a project of another year; a deleted draft is gone.
    await ok(
      township.post('/api/economy/projects', villageProject(c.code, secretaryC.id, { kind: 'practical' })),
      201,
    );
    await ok(
      township.post('/api/economy/projects', villageProject(c.code, secretaryC.id, { year: YEAR - 1 })),
      201,
    );
    const gone = await ok(township.post('/api/economy/projects', villageProject(c.code, secretaryC.id)), 201);
    await ok(township.request('DELETE', `/api/economy/projects/${gone.id}`));

    const missing = await ok(township.get(`/api/economy/projects/missing?year=${YEAR}`));
    expect(missing.regions).toBe(villages.length + 1);
    expect(missing.items.map((i: { regionCode: string }) => i.regionCode)).toEqual([
      regions.ownTownship.code,
      ...villages.slice(2).map((v) => v.code),
    ]);
    expect(missing.items[1]).toMatchObject({
      name: c.name,
      level: 'village',
      townshipName: regions.ownTownship.name,
    });
    expect(missing.total).toBe(villages.length - 1);
    expect(draft.status).toBe('draft');

    await ok(township.post('/api/economy/projects', namedProject(regions.ownTownship.code)), 201);
    const after = await ok(township.get(`/api/economy/projects/missing?year=${YEAR}`));
    expect(after.items.map((i: { regionCode: string }) => i.regionCode)).toEqual(
      villages.slice(2).map((v) => v.code),
    );

    // The county sees itself, every township and every village; a village only itself.
    const countyView = await ok(county.get(`/api/economy/projects/missing?year=${YEAR}&regionCode=451022`));
    expect(countyView.items[0]).toMatchObject({
      regionCode: regions.county,
      level: 'county',
      townshipName: null,
    });
    expect(countyView.items.map((i: { regionCode: string }) => i.regionCode)).not.toContain(a.code);
    const own = await ok(village.get(`/api/economy/projects/missing?year=${YEAR}`));
    expect(own.items.map((i: { regionCode: string }) => i.regionCode)).toEqual([]);
    expect(own.regions).toBe(1);
    expect(
      (
        await township.get(
          `/api/economy/projects/missing?year=${YEAR}&regionCode=${regions.otherTownship.code}`,
        )
      ).statusCode,
    ).toBe(404);
  });

  it('shows the township how many secretaries lead no project this year on its home page', async () => {
    const year = beijingYear();
    const villages = await villagesUnder(regions.ownTownship.code);
    const home = await ok(township.get('/api/home'));
    const item = home.pending.find((p: { key: string }) => p.key === 'economy.projects.missing');
    expect(item).toMatchObject({
      count: villages.length + 1,
      path: '/economy-projects?tab=missing',
      label: { zh: `${villages.length + 1} 个村（乡镇）书记未领办 ${year} 年项目` },
    });
    const villageHome = await ok(village.get('/api/home'));
    expect(villageHome.pending.map((p: { key: string }) => p.key)).not.toContain('economy.projects.missing');
  });
});

describe('the public commitment page', () => {
  it('shows committed projects of the region and below without log-in and without personal data', async () => {
    const [, , , d] = await villagesUnder(regions.ownTownship.code);
    const secretary = await cadreIn(county, d.code, SECRETARY);
    const p = await ok(
      township.post('/api/economy/projects', villageProject(d.code, secretary.id, { title: '村级光伏电站' })),
      201,
    );
    const read = (code: string, year = YEAR) =>
      h.app.inject({ method: 'GET', url: `/api/public/economy/projects/${code}?year=${year}` });
    const before = await ok(read(d.code));
    expect(before.items).toEqual([]);
    await ok(act(township, p.id, 'commit'));
    await ok(township.post(`/api/economy/projects/${p.id}/milestones`, { title: '并网' }), 201);

    const page = await ok(read(regions.ownTownship.code));
    expect(page.region).toEqual({ code: regions.ownTownship.code, name: regions.ownTownship.name });
    const shown = page.items.find((i: { id: string }) => i.id === p.id);
    expect(shown).toMatchObject({
      regionName: d.name,
      title: '村级光伏电站',
      leaderName: secretary.name,
      leaderPost: '村党组织书记、村民委员会主任',
      status: 'committed',
      dueOn: `${YEAR}-11-30`,
      milestonesTotal: 1,
      milestonesDone: 0,
    });
    expect(Object.keys(shown).sort()).toEqual(
      [
        'id',
        'regionName',
        'kind',
        'title',
        'leaderName',
        'leaderPost',
        'commitment',
        'dueOn',
        'status',
        'statusLabel',
        'committedAt',
        'closedAt',
        'milestonesTotal',
        'milestonesDone',
      ].sort(),
    );
    // Drafts stay off the page; nothing of the cadre's record leaks.
    expect(page.items.every((i: { status: string }) => i.status !== 'draft')).toBe(true);
    const body = JSON.stringify(page);
    for (const secret of [secretary.id, secretary.personId, 'phone', 'idNumber', 'budget', 'leaderCadreId'])
      expect(body).not.toContain(secret);

    expect((await read(regions.county)).statusCode).toBe(200);
    expect((await read('451022999999')).statusCode).toBe(404);
    expect((await read('450000000000')).statusCode).toBe(404);
    expect((await ok(read(d.code, YEAR + 1))).items).toEqual([]);
  });
});

describe('the economy.ledProjects figure', () => {
  it('counts the region’s own led projects of the year that are not drafts', async () => {
    const [, , , , e] = await villagesUnder(regions.ownTownship.code);
    const secretary = await cadreIn(county, e.code, SECRETARY);
    const first = await ok(township.post('/api/economy/projects', villageProject(e.code, secretary.id)), 201);
    await ok(
      township.post('/api/economy/projects', villageProject(e.code, secretary.id, { title: '第二个' })),
      201,
    );
    await ok(act(township, first.id, 'commit'));
    await ok(township.post(`/api/economy/projects/${first.id}/evaluations`, evaluation(70)), 201);
    const figure = installedFigures().get('economy.ledProjects')!;
    const user = await makeUser(h.services, { role: 'township', regionCode: regions.ownTownship.code });
    const ctx = {
      db: h.services.database.db,
      actor: actorOf(user),
      meta: { requestId: 't', ip: null },
      pii: h.services.pii,
    };
    expect(await figure.compute(ctx, { regionCode: e.code, year: YEAR })).toBe(1);
    expect(await figure.compute(ctx, { regionCode: e.code, year: YEAR + 1 })).toBe(0);
    await expect(
      figure.compute(ctx, { regionCode: regions.otherVillage.code, year: YEAR }),
    ).rejects.toThrow();
  });
});
