import { describe, expect, it } from 'vitest';
import { ok } from '../../../../testing/ok';
import {
  county,
  insertIncomes,
  otherTownship,
  regions,
  township,
  village,
  villagesUnder,
  withEconomyHarness,
} from '../economy-test-kit';

withEconomyHarness();

const WAN = 1_000_000;
const year = 2025;
const rule = { everyMinFen: 12 * WAN, shareMinFen: 20 * WAN, sharePercent: 60 };

describe('targets and their progress', () => {
  it('lets the county set a target for a township, and nobody else', async () => {
    const body = { regionCode: regions.ownTownship.code, name: '乡镇目标', byYear: year, ...rule };
    expect((await township.post('/api/economy/targets', body)).statusCode).toBe(403);
    const target = await ok(county.post('/api/economy/targets', body), 201);
    expect(target.regionName).toBe(regions.ownTownship.name);
    const half = await county.post('/api/economy/targets', { ...body, sharePercent: null });
    expect([half.statusCode, half.json().fields[0].path]).toEqual([422, 'sharePercent']);
    const names = (await ok(township.get('/api/economy/targets'))).items.map((t: { name: string }) => t.name);
    expect(names).toContain('乡镇目标');
    const others = (await ok(otherTownship.get('/api/economy/targets'))).items.map(
      (t: { name: string }) => t.name,
    );
    expect(others).not.toContain('乡镇目标');
    expect((await otherTownship.get(`/api/economy/targets/${target.id}/progress`)).statusCode).toBe(404);
    const renamed = await ok(county.patch(`/api/economy/targets/${target.id}`, { name: '改名目标' }));
    expect(renamed.name).toBe('改名目标');
    await ok(county.request('DELETE', `/api/economy/targets/${target.id}`));
    expect((await township.get(`/api/economy/targets/${target.id}/progress`)).statusCode).toBe(404);
  });

  it('counts progress over every village of the region, one without an account as 0, and names those below', async () => {
    const villages = (await villagesUnder(regions.ownTownship.code)).map((v) => v.code);
    const withAccount = villages.slice(0, -1);
    const incomeOf = (_: string, i: number) => (i % 5) * 6 * WAN; // 0, 6, 12, 18, 24 万
    await insertIncomes(year, withAccount, incomeOf);
    const incomes = villages.map((code, i) => (i < withAccount.length ? incomeOf(code, i) : 0));
    const target = await ok(
      county.post('/api/economy/targets', {
        regionCode: regions.ownTownship.code,
        name: '进度',
        byYear: year,
        ...rule,
      }),
      201,
    );
    const p = await ok(township.get(`/api/economy/targets/${target.id}/progress`));
    const below = incomes.filter((i) => i < rule.everyMinFen).length;
    const atShare = incomes.filter((i) => i >= rule.shareMinFen).length;
    expect(p).toMatchObject({
      year,
      villages: villages.length,
      withoutAccount: 1,
      belowEvery: below,
      atShare,
      shareMissing: Math.max(0, Math.ceil((60 * villages.length) / 100) - atShare),
      met: false,
    });
    expect(p.below).toHaveLength(below);
    expect(p.below.map((v: { incomeFen: number }) => v.incomeFen)).toEqual(
      incomes.filter((i) => i < rule.everyMinFen).sort((a, b) => a - b),
    );
    expect(p.below.some((v: { hasAccount: boolean }) => !v.hasAccount)).toBe(true);
    const one = await ok(village.get(`/api/economy/targets/${target.id}/progress`));
    expect(one.villages).toBe(1);
    const outside = await county.get(
      `/api/economy/targets/${target.id}/progress?regionCode=${regions.otherTownship.code}`,
    );
    expect(outside.statusCode).toBe(422);
  });
});
