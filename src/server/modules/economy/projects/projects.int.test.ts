import { describe, expect, it } from 'vitest';
import { ok } from '../../../../testing/ok';
import { testPhoto, uploadAttachments } from '../../../../testing/photos';
import {
  county,
  regions,
  sessionOf,
  township,
  village,
  villagesUnder,
  withEconomyHarness,
} from '../economy-test-kit';
import {
  act,
  cadreIn,
  evaluation,
  MEMBER,
  namedProject,
  SECRETARY,
  villageProject,
  YEAR,
} from './projects-test-kit';

withEconomyHarness();

const photo = async () => [{ name: 'jidi.jpg', type: 'image/jpeg', bytes: await testPhoto() }];

describe('a secretary-led project', () => {
  it('goes draft → committed → evaluated → closed, and a closed project refuses every change', async () => {
    const own = regions.ownVillage.code;
    const secretary = await cadreIn(county, own, SECRETARY);
    let p = await ok(village.post('/api/economy/projects', villageProject(own, secretary.id)), 201);
    expect([p.status, p.leaderLevel, p.leaderName, p.leaderPost]).toEqual([
      'draft',
      'village',
      secretary.name,
      '村党组织书记、村民委员会主任',
    ]);
    expect(p.actions.map((a: { action: string }) => a.action)).toEqual(['commit']);

    p = await ok(act(village, p.id, 'commit'));
    expect(p.status).toBe('committed');
    expect(p.committedAt).not.toBeNull();

    p = await ok(
      village.post(`/api/economy/projects/${p.id}/milestones`, { title: '土地流转', sort: 1 }),
      201,
    );
    p = await ok(
      village.post(`/api/economy/projects/${p.id}/milestones`, { title: '种苗下地', sort: 2 }),
      201,
    );
    const [first, second] = p.milestones;
    p = await ok(
      village.post(`/api/economy/milestones/${first.id}/done`, {
        doneOn: `${YEAR}-04-01`,
        note: '流转 100 亩',
      }),
    );
    expect(p.milestonesDone).toBe(1);
    await ok(uploadAttachments(village, 'project_milestone', first.id, await photo()), 201);
    p = await ok(village.patch(`/api/economy/milestones/${second.id}`, { dueOn: `${YEAR}-06-30` }));
    expect(p.milestones[0].photos).toHaveLength(1);

    expect((await act(township, p.id, 'evaluate')).statusCode).toBe(409);
    expect((await village.post(`/api/economy/projects/${p.id}/evaluations`, evaluation(90))).statusCode).toBe(
      403,
    );
    await ok(township.post(`/api/economy/projects/${p.id}/evaluations`, evaluation(90, '甲')), 201);
    p = await ok(county.post(`/api/economy/projects/${p.id}/evaluations`, evaluation(85, '乙')), 201);
    expect(p.score).toBe(88);
    expect((await act(village, p.id, 'evaluate')).statusCode).toBe(403);
    p = await ok(act(township, p.id, 'evaluate'));
    expect([p.status, p.score]).toEqual(['evaluated', 88]);

    expect((await act(township, p.id, 'close', { note: '已完成' })).statusCode).toBe(422);
    const open = await act(township, p.id, 'close', { incomeFen: 5_200_000 });
    expect(open.statusCode).toBe(422);
    expect(open.json().fields[0].path).toBe('note');
    p = await ok(act(township, p.id, 'close', { incomeFen: 5_200_000, note: '种苗第二批转入下年度' }));
    expect([p.status, p.incomeFen, p.closingNote]).toEqual(['closed', 5_200_000, '种苗第二批转入下年度']);
    expect(p.actions).toEqual([]);
    expect(p.may).toEqual({ edit: false, delete: false, milestones: false, evaluate: false });
    expect(p.history.map((s: { to: string }) => s.to)).toEqual(['draft', 'committed', 'evaluated', 'closed']);

    const refused = await village.patch(`/api/economy/projects/${p.id}`, { title: '改名' });
    expect([refused.statusCode, refused.json().message]).toEqual([409, '已办结销号的项目不能修改']);
    const evaluationId = p.evaluations[0].id;
    for (const res of [
      await village.post(`/api/economy/projects/${p.id}/milestones`, { title: '补一个' }),
      await village.patch(`/api/economy/milestones/${second.id}`, { title: '改' }),
      await village.post(`/api/economy/milestones/${second.id}/done`, {}),
      await village.request('DELETE', `/api/economy/milestones/${second.id}`),
      await township.post(`/api/economy/projects/${p.id}/evaluations`, evaluation(60)),
      await township.request('DELETE', `/api/economy/evaluations/${evaluationId}`),
      await uploadAttachments(village, 'project_milestone', second.id, await photo()),
      await village.request('DELETE', `/api/attachment-files/${p.milestones[0].photos[0].id}`),
      await act(township, p.id, 'close', { incomeFen: 1, note: 'x' }),
      await village.request('DELETE', `/api/economy/projects/${p.id}`),
    ])
      expect(res.statusCode, res.body).toBe(409);
    const after = await ok(village.get(`/api/economy/projects/${p.id}`));
    expect([after.title, after.milestones.length, after.evaluations.length, after.score]).toEqual([
      '百香果种植基地',
      2,
      2,
      88,
    ]);
  });

  it('is led in a village by a cadre of that village, its party secretary for a led project', async () => {
    const [, second] = await villagesUnder(regions.ownTownship.code);
    const member = await cadreIn(county, second.code, MEMBER);
    const secretaryElsewhere = await cadreIn(county, regions.ownVillage.code, SECRETARY);
    const notSecretary = await township.post('/api/economy/projects', villageProject(second.code, member.id));
    expect(notSecretary.statusCode).toBe(422);
    expect(notSecretary.json().message).toContain('村党组织书记');
    expect(notSecretary.json().fields[0].path).toBe('leaderCadreId');
    const otherVillage = await township.post(
      '/api/economy/projects',
      villageProject(second.code, secretaryElsewhere.id),
    );
    expect([otherVillage.statusCode, otherVillage.json().fields[0].path]).toEqual([422, 'leaderCadreId']);
    expect(
      (
        await township.post('/api/economy/projects', {
          ...villageProject(second.code, ''),
          leaderCadreId: null,
        })
      ).statusCode,
    ).toBe(422);
    const practical = await ok(
      township.post(
        '/api/economy/projects',
        villageProject(second.code, member.id, { kind: 'practical', title: '修通组道' }),
      ),
      201,
    );
    expect([practical.kind, practical.leaderName]).toEqual(['practical', member.name]);
    const candidates = await ok(
      township.get(`/api/economy/projects/leader-candidates?regionCode=${second.code}&year=${YEAR}`),
    );
    expect(candidates.items.map((c: { cadreId: string }) => c.cadreId)).toEqual([member.id]);
    // A township project names its leader; a leaderless one is refused.
    const named = await ok(
      township.post('/api/economy/projects', namedProject(regions.ownTownship.code)),
      201,
    );
    expect([named.leaderLevel, named.leaderCadreId, named.leaderName]).toEqual(['township', null, '黄书记']);
    const nameless = await township.post(
      '/api/economy/projects',
      namedProject(regions.ownTownship.code, { leaderName: '' }),
    );
    expect([nameless.statusCode, nameless.json().fields[0].path]).toEqual([422, 'leaderName']);
  });

  it('is out of reach of another village (404) and of another township', async () => {
    const [, second] = await villagesUnder(regions.ownTownship.code);
    const secretary = await cadreIn(county, second.code, SECRETARY);
    const p = await ok(
      township.post('/api/economy/projects', villageProject(second.code, secretary.id)),
      201,
    );
    const m = await ok(township.post(`/api/economy/projects/${p.id}/milestones`, { title: '选址' }), 201);
    const milestoneId = m.milestones[0].id;
    const otherTownship = await sessionOf('township', regions.otherTownship.code);
    for (const s of [village, otherTownship]) {
      for (const res of [
        await s.get(`/api/economy/projects/${p.id}`),
        await s.patch(`/api/economy/projects/${p.id}`, { title: '改名' }),
        await s.post(`/api/economy/projects/${p.id}/milestones`, { title: '插一个' }),
        await s.patch(`/api/economy/milestones/${milestoneId}`, { title: '改' }),
        await s.post(`/api/economy/milestones/${milestoneId}/done`, {}),
        await s.request('DELETE', `/api/economy/milestones/${milestoneId}`),
        await act(s, p.id, 'commit'),
        await uploadAttachments(s, 'project_milestone', milestoneId, await photo()),
      ])
        expect(res.statusCode, res.body).toBe(404);
      const list = await ok(s.get(`/api/economy/projects?year=${YEAR}&pageSize=200`));
      expect(list.items.map((i: { id: string }) => i.id)).not.toContain(p.id);
    }
    // The village cannot enter a project for another village either.
    const foreign = await village.post('/api/economy/projects', villageProject(second.code, secretary.id));
    expect(foreign.statusCode).toBe(422);
    const still = await ok(township.get(`/api/economy/projects/${p.id}`));
    expect([still.title, still.milestones.length, still.status]).toEqual(['百香果种植基地', 1, 'draft']);
  });
});
