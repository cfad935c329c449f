import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reconcile } from '../server/modules/points/reconcile';
import { pointsAccounts, pointsGoods, pointsLedger } from '../server/modules/points/tables';
import { sessionAs, testRegions } from '../testing/factories';
import { createHarness, type TestHarness } from '../testing/harness';
import { generateCounty } from './county';
import { generatePoints } from './points';

let a: TestHarness;
const today = new Date(Date.UTC(2026, 10, 25, 8));
const county = { countyCode: '451022', seed: 7, villages: 5, householdsPerVillage: 40, today };

/** The county's first five villages: three get default points, two a target entry count. */
const villageCodes = async (h: TestHarness) =>
  (
    await h.services.database.rawQuery<{ code: string }>(
      `select code from regions where code like '451022%' and level = 'village' order by code limit 5`,
    )
  ).map((v) => v.code);

const generated = async (h: TestHarness) => {
  await generateCounty(h.services.database, h.services.pii, county);
  const villages = (await villageCodes(h)).slice(0, 3);
  return generatePoints(h.services.database, { countyCode: '451022', seed: 11, today, villages });
};

let result: Awaited<ReturnType<typeof generatePoints>>;
beforeAll(async () => {
  a = await createHarness();
  result = await generated(a);
});
afterAll(() => a.close());

describe('the points generator', () => {
  it('writes a shop, accounts, claims and redemptions that reconcile without a difference', async () => {
    expect(result.villages).toBe(3);
    expect(result.entries).toBeGreaterThan(result.accounts * 10);
    expect(result.redemptions).toBeGreaterThan(0);
    const report = await reconcile(a.services.database.db, '451022');
    expect(report.differences).toEqual([]);
    expect(report).toMatchObject({ entries: result.entries, redemptions: result.redemptions, goods: 3 * 18 });
    const [neverNegative] = await a.services.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(pointsGoods)
      .where(sql`${pointsGoods.stock} < 0`);
    expect(neverNegative.n).toBe(0);
    // A redemption never overdrew the account it was taken from.
    const [overdrawn] = await a.services.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(pointsLedger)
      .where(sql`${pointsLedger.kind} = 'redeem' and ${pointsLedger.balanceAfter} < 0`);
    expect(overdrawn.n).toBe(0);
  });

  it('gives the same rows for the same seed', async () => {
    const b = await createHarness();
    try {
      await generated(b);
      const pick = (h: TestHarness) =>
        h.services.database.db
          .select({
            id: pointsLedger.id,
            account: pointsLedger.accountId,
            seq: pointsLedger.seq,
            amount: pointsLedger.amount,
            balanceAfter: pointsLedger.balanceAfter,
            on: pointsLedger.occurredOn,
          })
          .from(pointsLedger)
          .orderBy(pointsLedger.id);
      expect(await pick(b)).toEqual(await pick(a));
    } finally {
      await b.close();
    }
  });

  it('reaches a target entry count, and shows the points through the API', async () => {
    const regions = await testRegions(a.services.database.db);
    const villages = (await villageCodes(a)).slice(3);
    const more = await generatePoints(a.services.database, {
      countyCode: '451022',
      seed: 12,
      today,
      villages,
      targetEntries: 8000,
    });
    expect(more.entries).toBeGreaterThan(8000 * 0.85);
    expect(more.entries).toBeLessThan(8000 * 1.15);
    expect((await reconcile(a.services.database.db)).differences).toEqual([]);
    await expect(
      generatePoints(a.services.database, { countyCode: '451022', seed: 1, villages: [villages[0]] }),
    ).rejects.toThrow(/已有积分/);
    const township = await sessionAs(a.app, a.services, 'township', regions.ownTownship.code);
    const ranking = (await township.get('/api/points/rankings?system=civil&period=2026')).json();
    expect(ranking.items.length).toBeGreaterThan(0);
    const [top] = await a.services.database.db
      .select({ balance: pointsAccounts.balance })
      .from(pointsAccounts)
      .limit(1);
    expect(typeof top.balance).toBe('number');
  });
});
