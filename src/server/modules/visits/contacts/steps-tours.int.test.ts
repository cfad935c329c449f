import { describe, expect, it } from 'vitest';
import { loginAs, makeUser } from '../../../../testing/factories';
import { ok } from '../../../../testing/ok';
import {
  county,
  h,
  otherTownship,
  regions,
  township,
  villagesUnder,
  withVisitsHarness,
} from '../visits-test-kit';
import { beijingToday } from './policy';

// 十步法 and 书记拉练 through the API: the stationed cadres of the villages' work teams (from the
// cadres module) and typed ones, each with the ten steps done or not; a cadre records their own
// steps and the township corrects; tours per quarter with the quarters missing; another
// township's records stay invisible and unchangeable.

withVisitsHarness();

const del = (s: typeof county, url: string) => s.request('DELETE', url);
const today = beijingToday();
const lastYear = Number(today.slice(0, 4)) - 1;

type Cadre = {
  cadreName: string;
  regionCode: string;
  fromTeam: boolean;
  done: number;
  editable: boolean;
  steps: { step: string; id: string | null; doneOn: string | null }[];
};
const cadreOf = async (s: typeof county, name: string) => {
  const { cadres } = await ok(s.get('/api/contacts/ten-steps'));
  return (cadres as Cadre[]).find((c) => c.cadreName === name);
};

describe('十步法 ten steps per stationed cadre', () => {
  it('lists the work team’s cadres with the ten steps, records the cadre’s own and lets the township correct', async () => {
    const team = await ok(
      county.post('/api/work-teams', {
        regionCode: regions.ownVillage.code,
        name: '县财政局驻村工作队',
        sendingUnit: '县财政局',
        sendingLevel: 'county',
      }),
      201,
    );
    await ok(
      county.post(`/api/work-teams/${team.id}/members`, { name: '蓝海', role: 'first_secretary' }),
      201,
    );
    const fresh = await cadreOf(township, '蓝海');
    expect(fresh).toMatchObject({ regionCode: regions.ownVillage.code, fromTeam: true, done: 0 });
    expect(fresh?.steps.map((s) => s.step)).toEqual([
      'S01',
      'S02',
      'S03',
      'S04',
      'S05',
      'S06',
      'S07',
      'S08',
      'S09',
      'S10',
    ]);

    const user = await makeUser(h.services, {
      role: 'stationed_cadre',
      regionCode: regions.ownVillage.code,
      displayName: '蓝海',
    });
    const cadre = await loginAs(h.app, user.username);
    const step = {
      regionCode: regions.ownVillage.code,
      cadreName: '蓝海',
      step: 'S01',
      doneOn: '2025-03-01',
    };
    await ok(cadre.post('/api/contacts/ten-steps', step));
    await ok(cadre.post('/api/contacts/ten-steps', { ...step, step: 'S02', doneOn: '2025-04-10' }));
    // Not someone else's.
    const others = await cadre.post('/api/contacts/ten-steps', { ...step, cadreName: '黄文' });
    expect(others.statusCode).toBe(422);
    expect(others.json().fields[0]).toMatchObject({
      path: 'cadreName',
      message: '驻村干部只能记录本人的十步法',
    });
    const future = await cadre.post('/api/contacts/ten-steps', { ...step, doneOn: '2999-01-01' });
    expect(future.json().fields[0].path).toBe('doneOn');
    // The township corrects the date: the same step, not a second one.
    const corrected = await ok(
      township.post('/api/contacts/ten-steps', { ...step, doneOn: '2025-03-05', note: '按报到单更正' }),
    );
    const seen = await cadreOf(township, '蓝海');
    expect(seen?.done).toBe(2);
    expect(seen?.steps[0]).toMatchObject({ id: corrected.id, doneOn: '2025-03-05' });
    // Undo and restore.
    await ok(del(township, `/api/contacts/ten-steps/${corrected.id}`));
    expect((await cadreOf(township, '蓝海'))?.done).toBe(1);
    await ok(township.post(`/api/contacts/ten-steps/${corrected.id}/restore`));
    expect((await cadreOf(township, '蓝海'))?.done).toBe(2);
    // The village sees, may not write.
    const villageUser = await loginAs(
      h.app,
      (await makeUser(h.services, { role: 'village', regionCode: regions.ownVillage.code })).username,
    );
    expect((await cadreOf(villageUser, '蓝海'))?.editable).toBe(false);
    expect((await villageUser.post('/api/contacts/ten-steps', step)).statusCode).toBe(422);
  });

  it('takes a typed cadre who is not in a work team', async () => {
    const [, second] = await villagesUnder(regions.ownTownship.code);
    await ok(
      township.post('/api/contacts/ten-steps', {
        regionCode: second.code,
        cadreName: '韦丽',
        step: 'S03',
        doneOn: '2025-05-01',
      }),
    );
    expect(await cadreOf(county, '韦丽')).toMatchObject({
      fromTeam: false,
      done: 1,
      regionCode: second.code,
    });
    const notVillage = await township.post('/api/contacts/ten-steps', {
      regionCode: regions.ownTownship.code,
      cadreName: '韦丽',
      step: 'S03',
      doneOn: '2025-05-01',
    });
    expect(notVillage.json().fields[0].path).toBe('regionCode');
  });

  it('keeps another township’s cadres invisible and unchangeable', async () => {
    expect(await cadreOf(otherTownship, '蓝海')).toBeUndefined();
    expect(await cadreOf(otherTownship, '韦丽')).toBeUndefined();
    const theirs = await ok(
      otherTownship.post('/api/contacts/ten-steps', {
        regionCode: regions.otherVillage.code,
        cadreName: '莫林',
        step: 'S01',
        doneOn: '2025-01-02',
      }),
    );
    expect(await cadreOf(township, '莫林')).toBeUndefined();
    expect((await del(township, `/api/contacts/ten-steps/${theirs.id}`)).statusCode).toBe(404);
    const into = await township.post('/api/contacts/ten-steps', {
      regionCode: regions.otherVillage.code,
      cadreName: '莫林',
      step: 'S02',
      doneOn: '2025-01-02',
    });
    expect(into.statusCode).toBe(422);
  });
});

describe('书记拉练 quarterly field tours', () => {
  const tour = (extra: Record<string, unknown> = {}) => ({
    year: lastYear,
    quarter: 1,
    theme: '党旗领航·产业观摩',
    heldOn: `${lastYear}-02-20`,
    places: [{ regionCode: regions.ownVillage.code, name: regions.ownVillage.name, note: '芒果基地' }],
    participants: '各村党组织书记',
    ...extra,
  });

  it('lists the tours of a year by quarter, the quarters without one and the villages toured', async () => {
    const [, second] = await villagesUnder(regions.ownTownship.code);
    const first = await ok(township.post('/api/contacts/tours', tour()), 201);
    expect(first).toMatchObject({ regionCode: regions.ownTownship.code, editable: true });
    expect(first.places[0]).toMatchObject({ regionName: regions.ownVillage.name });
    await ok(
      county.post(
        '/api/contacts/tours',
        tour({
          quarter: 3,
          heldOn: `${lastYear}-08-08`,
          theme: '一支部一主题一品牌',
          places: [{ regionCode: second.code, name: second.name }, { name: '县党群服务中心' }],
        }),
      ),
      201,
    );
    const year = await ok(county.get(`/api/contacts/tours?year=${lastYear}`));
    expect(year.quarters).toEqual([
      { quarter: 1, count: 1 },
      { quarter: 2, count: 0 },
      { quarter: 3, count: 1 },
      { quarter: 4, count: 0 },
    ]);
    expect(year.missingQuarters).toEqual([2, 4]);
    expect(year.villagesToured).toBe(2);
    const q3 = await ok(county.get(`/api/contacts/tours?year=${lastYear}&quarter=3`));
    expect(q3.items.map((t: { theme: string }) => t.theme)).toEqual(['一支部一主题一品牌']);
    // The township sees its own tour only.
    const own = await ok(township.get(`/api/contacts/tours?year=${lastYear}`));
    expect(own.items).toHaveLength(1);
    expect(own.missingQuarters).toEqual([2, 3, 4]);
    // Edit, delete with undo.
    const edited = await ok(township.patch(`/api/contacts/tours/${first.id}`, { notes: '观摩三个基地' }));
    expect(edited.notes).toBe('观摩三个基地');
    await ok(del(township, `/api/contacts/tours/${first.id}`));
    expect((await ok(county.get(`/api/contacts/tours?year=${lastYear}`))).missingQuarters).toEqual([1, 2, 4]);
    await ok(township.post(`/api/contacts/tours/${first.id}/restore`));
  });

  it('checks the date against the quarter, and the places against the organiser', async () => {
    const wrongQuarter = await township.post('/api/contacts/tours', tour({ quarter: 2 }));
    expect(wrongQuarter.statusCode).toBe(422);
    expect(wrongQuarter.json().fields[0]).toMatchObject({
      path: 'heldOn',
      message: '拉练日期应在所填年度和季度之内',
    });
    const badQuarter = await township.post('/api/contacts/tours', tour({ quarter: 5 }));
    expect(badQuarter.statusCode).toBe(400);
    const elsewhere = await township.post(
      '/api/contacts/tours',
      tour({ places: [{ regionCode: regions.otherVillage.code, name: '别处' }] }),
    );
    expect(elsewhere.json().fields[0].path).toBe('places.0.regionCode');
    const villageUser = await loginAs(
      h.app,
      (await makeUser(h.services, { role: 'village', regionCode: regions.ownVillage.code })).username,
    );
    expect((await villageUser.post('/api/contacts/tours', tour())).statusCode).toBe(422);
  });

  it('keeps another township’s tours invisible and unchangeable', async () => {
    const theirs = await ok(
      otherTownship.post(
        '/api/contacts/tours',
        tour({
          theme: '他乡拉练',
          places: [{ regionCode: regions.otherVillage.code, name: regions.otherVillage.name }],
        }),
      ),
      201,
    );
    expect(JSON.stringify(await ok(township.get(`/api/contacts/tours?year=${lastYear}`)))).not.toContain(
      '他乡拉练',
    );
    expect((await township.patch(`/api/contacts/tours/${theirs.id}`, { notes: '改' })).statusCode).toBe(404);
    expect((await del(township, `/api/contacts/tours/${theirs.id}`)).statusCode).toBe(404);
  });
});
