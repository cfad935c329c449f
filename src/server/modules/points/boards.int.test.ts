import { describe, expect, it } from 'vitest';
import { ok } from '../../../testing/ok';
import { award, civilRule, household, regions, today, village, withPointsHarness } from './points-test-kit';
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

  it('masks names the way villages post them', () => {
    expect(['黄明', '黄小明', '欧阳小明', '王'].map(maskName)).toEqual(['黄*', '黄*明', '欧**明', '王']);
  });
});
