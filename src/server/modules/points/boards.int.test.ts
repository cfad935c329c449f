import { describe, expect, it } from 'vitest';
import { ok } from '../../../testing/ok';
import { insertPerson } from '../../../testing/people';
import {
  award,
  civilRule,
  grid,
  h,
  household,
  regions,
  today,
  village,
  villageBranch,
  withPointsHarness,
} from './points-test-kit';
import { maskName } from './report-periods';

// The points ledger as strict as a bank's (issue 6): rankings and the walls with masked names.

withPointsHarness();

describe('rankings and walls', () => {
  it('ranks households of a village by the month’s points and masks names on the smile wall', async () => {
    const a = await household();
    const b = await household();
    await award(a.id, (await civilRule('榜A', { points: 7 })).id);
    await award(b.id, (await civilRule('榜B', { points: 3 })).id);
    const month = today.slice(0, 7);
    const ranking = await ok(
      village.get(`/api/points/rankings?system=civil&regionCode=${regions.ownVillage.code}&period=${month}`),
    );
    const names = ranking.items.map((r: { holderName: string }) => r.holderName);
    expect(names.indexOf(a.headName)).toBeLessThan(names.indexOf(b.headName));
    const wall = await ok(village.get(`/api/points/walls/smile/${regions.ownVillage.code}?period=${month}`));
    const masked = wall.items.map((r: { maskedName: string }) => r.maskedName);
    expect(masked).not.toContain(a.headName);
    expect(masked).toContain(maskName(a.headName));
    expect(wall.items[masked.indexOf(maskName(a.headName))]).toMatchObject({ total: 7, smile: 'smile' });
  });

  it('gives vanguard-wall stars by the year’s points, so members with different points differ', async () => {
    const { memberOf } = await villageBranch('星级测试党支部');
    const member = async () => {
      const person = await insertPerson(h.services, { regionCode: regions.ownVillage.code });
      return { id: await memberOf(person.id), name: person.name };
    };
    const [idle, active, model] = [await member(), await member(), await member()];
    const rule = await ok(
      village.post('/api/points/rules', {
        regionCode: regions.ownVillage.code,
        system: 'member',
        code: 'X星级',
        name: '村级志愿服务',
        points: 12,
        proposerRoles: ['grid_worker'],
        approverRoles: ['village'],
      }),
      201,
    );
    const earn = async (holderId: string, times: number) => {
      for (let i = 0; i < times; i++) {
        const claim = await ok(
          grid.post('/api/points/claims', { system: 'member', holderId, ruleId: rule.id, occurredOn: today }),
          201,
        );
        await ok(village.post(`/api/points/claims/${claim.id}/approve`));
      }
    };
    await earn(active.id, 1);
    await earn(model.id, 3);
    const year = today.slice(0, 4);
    const wall = await ok(
      village.get(`/api/points/walls/vanguard/${regions.ownVillage.code}?period=${year}`),
    );
    const byName = (name: string) => wall.items.find((r: { maskedName: string }) => r.maskedName === name);
    expect(byName(idle.name)).toMatchObject({ total: 0, score: 100, stars: 1 });
    expect(byName(active.name)).toMatchObject({ total: 12, score: 112, stars: 2 });
    expect(byName(model.name)).toMatchObject({ total: 36, score: 136, stars: 5 });
  });

  it('masks names the way villages post them', () => {
    expect(['黄明', '黄小明', '欧阳小明', '王'].map(maskName)).toEqual(['黄*', '黄*明', '欧**明', '王']);
  });
});
