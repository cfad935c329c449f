import { describe, expect, it } from 'vitest';
import { ok } from '../../../../testing/ok';
import { newId } from '../../../platform/auth/session';
import { WEAK_BELOW_FEN } from '../defaults';
import {
  county,
  db,
  insertIncomes,
  otherTownship,
  regions,
  township,
  villagesUnder,
  withEconomyHarness,
} from '../economy-test-kit';
import { economyProjects } from '../tables';

withEconomyHarness();

const WAN = 1_000_000;
const year = 2024;

type Item = { code: string; incomeFen: number; unattended: boolean; plan: unknown; ledProject: unknown };

describe('消除薄弱村: villages below an amount', () => {
  it('lists exactly the villages below the amount, with their plan and led project, flagging those with neither', async () => {
    const villages = (await villagesUnder(regions.ownTownship.code)).map((v) => v.code);
    const incomeOf = (_: string, i: number) => (i % 4) * 3 * WAN; // 0, 3, 6, 9 万
    await insertIncomes(year, villages.slice(1), (c, i) => incomeOf(c, i + 1));
    const incomes = new Map(villages.map((c, i) => [c, i === 0 ? 0 : incomeOf(c, i)]));
    const [a, b] = villages.filter((c) => incomes.get(c)! < WEAK_BELOW_FEN);
    await ok(
      township.post('/api/economy/plans', {
        regionCode: a,
        title: '消薄方案',
        startYear: year,
        endYear: year + 1,
        measures: '盘活闲置校舍',
      }),
      201,
    );
    await db().insert(economyProjects).values({
      id: newId(),
      regionCode: b,
      year,
      kind: 'led',
      title: '领办项目',
      leaderLevel: 'village',
      leaderName: '书记',
      commitment: '增收',
    });
    const list = await ok(township.get(`/api/economy/weak-villages?year=${year}&pageSize=200`));
    const expected = villages.filter((c) => incomes.get(c)! < WEAK_BELOW_FEN);
    expect(list.items.map((i: Item) => i.code).sort()).toEqual([...expected].sort());
    expect(list.total).toBe(expected.length);
    const byCode = new Map<string, Item>(list.items.map((i: Item) => [i.code, i]));
    expect([!!byCode.get(a)!.plan, byCode.get(a)!.unattended]).toEqual([true, false]);
    expect([!!byCode.get(b)!.ledProject, byCode.get(b)!.unattended]).toEqual([true, false]);
    expect(list.unattendedTotal).toBe(expected.length - 2);
    const flagged = await ok(township.get(`/api/economy/weak-villages?year=${year}&unattended=true`));
    expect(flagged.total).toBe(expected.length - 2);

    const higher = await ok(
      township.get(`/api/economy/weak-villages?year=${year}&belowFen=${7 * WAN}&pageSize=200`),
    );
    expect(higher.total).toBe(villages.filter((c) => incomes.get(c)! < 7 * WAN).length);
  });

  it('exports the list as Excel and keeps a township to its own villages', async () => {
    const res = await township.get(`/api/economy/weak-villages/export?year=${year}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const other = await ok(otherTownship.get(`/api/economy/weak-villages?year=${year}&pageSize=200`));
    expect(other.items.every((i: Item) => !i.code.startsWith(regions.ownTownship.code.slice(0, 9)))).toBe(
      true,
    );
    const probe = await otherTownship.get(
      `/api/economy/weak-villages?year=${year}&regionCode=${regions.ownTownship.code}`,
    );
    expect(probe.statusCode).toBe(404);
    const all = await ok(county.get(`/api/economy/weak-villages?year=${year}&pageSize=5`));
    expect(all.items).toHaveLength(5);
  });
});
