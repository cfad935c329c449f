import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCounty } from '../../../generator/county';
import { sessionAs, testRegions } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { households } from './tables';

// Fixtures from the synthetic-data generator: the first three villages of 田东, 30 households each.
let h: TestHarness;
let regions: Awaited<ReturnType<typeof testRegions>>;
beforeAll(async () => {
  h = await createHarness();
  regions = await testRegions(h.services.database.db);
  await generateCounty(h.services.database, h.services.pii, {
    countyCode: '451022',
    seed: 11,
    villages: 3,
    householdsPerVillage: 30,
  });
});
afterAll(() => h.close());

describe('households by poverty status per township', () => {
  it('counts what the registry holds, per township, for the county', async () => {
    const county = await sessionAs(h.app, h.services, 'county_admin', regions.county);
    const rows = await h.services.database.db.select().from(households);
    const stats = (await county.get('/api/households/stats')).json();
    const township = stats.items.find(
      (i: { regionCode: string }) => i.regionCode === regions.ownTownship.code,
    );
    const mine = rows.filter((r) => r.regionCode.startsWith(regions.ownTownship.code.slice(0, 9)));
    expect(township).toMatchObject({
      regionName: regions.ownTownship.name,
      total: mine.length,
      escaped: mine.filter((r) => r.povertyStatus === 'escaped').length,
      monitored: mine.filter((r) => r.povertyStatus === 'monitored').length,
    });
    expect(township.escaped + township.monitored + township.general).toBe(township.total);
  });

  it('keeps a township user to its township and narrows to one village', async () => {
    const other = await sessionAs(h.app, h.services, 'township', regions.otherTownship.code);
    expect((await other.get('/api/households/stats')).json().items).toEqual([]);
    const own = await sessionAs(h.app, h.services, 'township', regions.ownTownship.code);
    const village = (await own.get(`/api/households/stats?regionCode=${regions.ownVillage.code}`)).json();
    const rows = (await h.services.database.db.select().from(households)).filter(
      (r) => r.regionCode === regions.ownVillage.code,
    );
    expect(village.items).toHaveLength(1);
    expect(village.items[0].total).toBe(rows.length);
  });
});
