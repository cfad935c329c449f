import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionAs } from '../../../testing/factories';
import { insertPerson } from '../../../testing/people';
import { auditLog } from '../../platform/audit/tables';
import {
  cadreOf,
  closeHarness,
  county,
  director,
  h,
  openHarness,
  regions,
  secondVillage,
  secretary,
  township,
} from './cadres-test-kit';

beforeAll(openHarness);
afterAll(closeHarness);

describe('cadre records', () => {
  it('derives 一肩挑 from the posts and writes the audit row', async () => {
    const cadre = await cadreOf(
      township,
      regions.ownVillage.code,
      {
        posts: [secretary, director],
        backgrounds: ['wealth_expert'],
        startedOn: '2021-01-01',
      },
      '王一肩',
    );
    expect(cadre).toMatchObject({ name: '王一肩', oneShoulder: true, regionCode: regions.ownVillage.code });
    const [audit] = await h.services.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, cadre.id), eq(auditLog.action, 'cadre.create')));
    expect(audit.diff).toMatchObject({ after: { isReserve: false, backgrounds: ['wealth_expert'] } });
    const edited = await township.patch(`/api/cadres/${cadre.id}`, { posts: [secretary] });
    expect(edited.json().oneShoulder).toBe(false);
    expect((await township.request('DELETE', `/api/cadres/${cadre.id}`)).statusCode).toBe(200);
    expect((await township.get(`/api/cadres/${cadre.id}`)).statusCode).toBe(404);
  });

  it('refuses a post that does not exist in its body, two posts in one body, and no post at all', async () => {
    const person = await insertPerson(h.services, { regionCode: regions.ownVillage.code });
    const wrong = await township.post('/api/cadres', {
      personId: person.id,
      posts: [{ body: 'party', post: 'director' }],
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().fields[0]).toMatchObject({
      path: 'posts.0.post',
      message: expect.stringContaining('书记'),
    });
    const twice = await township.post('/api/cadres', {
      personId: person.id,
      posts: [secretary, { body: 'party', post: 'member' }],
    });
    expect(twice.json().fields[0].path).toBe('posts.1.body');
    const none = await township.post('/api/cadres', { personId: person.id, posts: [] });
    expect(none.statusCode).toBe(422);
    const dates = await township.post('/api/cadres', {
      personId: person.id,
      posts: [secretary],
      startedOn: '2024-01-01',
      endedOn: '2023-01-01',
    });
    expect(dates.json().fields[0].path).toBe('endedOn');
    const yearZero = await township.post('/api/cadres', {
      personId: person.id,
      posts: [secretary],
      startedOn: '0000-01-01',
    });
    expect(yearZero.statusCode).toBe(400);
  });

  it('refuses a second record for the same person with 409', async () => {
    const person = await insertPerson(h.services, { regionCode: regions.ownVillage.code });
    expect((await township.post('/api/cadres', { personId: person.id, isReserve: true })).statusCode).toBe(
      201,
    );
    const again = await township.post('/api/cadres', { personId: person.id, posts: [secretary] });
    expect(again.statusCode).toBe(409);
    expect(
      (
        await township.request(
          'DELETE',
          `/api/cadres/${(await township.get('/api/cadres?isReserve=true&pageSize=200')).json().items.find((c: { personId: string }) => c.personId === person.id).id}`,
        )
      ).statusCode,
    ).toBe(200);
  });

  it('answers 404 for a person, a record or an edit in another township, and lists exclude them', async () => {
    const theirs = await cadreOf(county, regions.otherVillage.code, { posts: [secretary] }, '外乡干部');
    const stranger = await insertPerson(h.services, { regionCode: regions.otherVillage.code });
    expect(
      (await township.post('/api/cadres', { personId: stranger.id, posts: [secretary] })).statusCode,
    ).toBe(404);
    expect((await township.get(`/api/cadres/${theirs.id}`)).statusCode).toBe(404);
    expect((await township.patch(`/api/cadres/${theirs.id}`, { isReserve: true })).statusCode).toBe(404);
    expect((await township.request('DELETE', `/api/cadres/${theirs.id}`)).statusCode).toBe(404);
    const list = await township.get('/api/cadres?pageSize=200');
    expect(list.body).not.toContain('外乡干部');
    expect((await county.get('/api/cadres?pageSize=200')).body).toContain('外乡干部');
    await county.request('DELETE', `/api/cadres/${theirs.id}`);
  });

  it('refuses cadre writes to a village secretary with 403', async () => {
    const village = await sessionAs(h.app, h.services, 'village', regions.ownVillage.code);
    const person = await insertPerson(h.services, { regionCode: regions.ownVillage.code });
    expect((await village.post('/api/cadres', { personId: person.id, posts: [secretary] })).statusCode).toBe(
      403,
    );
    expect((await village.get('/api/cadres')).statusCode).toBe(200);
  });
});

describe('cadre statistics', () => {
  it('computes 一肩挑, backgrounds, secretaries who are wealth experts and reserves per village', async () => {
    const a = regions.ownVillage.code;
    await cadreOf(township, a, { posts: [secretary, director], backgrounds: ['wealth_expert'] });
    await cadreOf(township, a, {
      posts: [{ body: 'committee', post: 'deputy_director' }],
      backgrounds: ['returned_migrant'],
    });
    await cadreOf(township, a, { isReserve: true, backgrounds: ['returned_graduate'] });
    await cadreOf(township, a, { isReserve: true });
    await cadreOf(township, secondVillage, { posts: [secretary], backgrounds: ['veteran'] });
    await cadreOf(township, secondVillage, { posts: [director], backgrounds: ['wealth_expert'] });
    await cadreOf(township, secondVillage, { isReserve: true });
    await cadreOf(township, secondVillage, {
      posts: [{ body: 'party', post: 'deputy_secretary' }],
      backgrounds: ['wealth_expert'],
      startedOn: '2018-01-01',
      endedOn: '2020-12-31',
    });
    await cadreOf(county, regions.otherVillage.code, {
      posts: [secretary, director],
      backgrounds: ['wealth_expert'],
    });

    const mine = (await township.get('/api/cadres/stats')).json();
    expect(mine).toMatchObject({
      villages: 2,
      cadres: 4,
      oneShoulder: { numerator: 1, denominator: 2, value: 0.5 },
      secretariesWealthExpert: { numerator: 1, denominator: 2, value: 0.5 },
      reservePerVillage: { numerator: 3, denominator: 2, value: 1.5 },
    });
    const count = (stats: { byBackground: { background: string; count: number }[] }, b: string) =>
      stats.byBackground.find((x) => x.background === b)?.count;
    expect([count(mine, 'wealth_expert'), count(mine, 'returned_migrant'), count(mine, 'veteran')]).toEqual([
      2, 1, 1,
    ]);
    // Reserve cadres hold no post: their backgrounds are not counted among serving cadres.
    expect(count(mine, 'returned_graduate')).toBe(0);

    const all = (await county.get('/api/cadres/stats')).json();
    expect(all.oneShoulder).toEqual({ numerator: 2, denominator: 3, value: 0.6667 });
    expect(all.secretariesWealthExpert).toEqual({ numerator: 2, denominator: 3, value: 0.6667 });
    const one = (await county.get(`/api/cadres/stats?regionCode=${a}`)).json();
    expect(one).toMatchObject({ villages: 1, oneShoulder: { numerator: 1, denominator: 1, value: 1 } });
    const outside = (await township.get(`/api/cadres/stats?regionCode=${regions.otherVillage.code}`)).json();
    expect(outside).toMatchObject({ villages: 0, cadres: 0, oneShoulder: { value: null } });
  });
});
