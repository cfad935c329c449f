import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BANDS, DEFAULT_TARGET } from './defaults';
import { db, h, regions, withEconomyHarness } from './economy-test-kit';
import { seedEconomyCatalogues, seedMissingEconomyCatalogues } from './seed';
import { economySettings, economyTargets } from './tables';

withEconomyHarness();

describe('the default economy catalogues', () => {
  it('are written for every imported county: the tiers of CATALOGUES.md §11 and 凌云’s target', async () => {
    for (const county of [regions.county, regions.otherCounty]) {
      const [settings] = await db()
        .select()
        .from(economySettings)
        .where(eq(economySettings.regionCode, county));
      expect(settings.basis).toBe('operating');
      expect(settings.bands.map((b) => b.code)).toEqual(DEFAULT_BANDS.map((b) => b.code));
      const targets = await db().select().from(economyTargets).where(eq(economyTargets.regionCode, county));
      expect(targets).toHaveLength(1);
      expect(targets[0]).toMatchObject({ byYear: 2025, everyMinFen: 12_000_000, shareMinFen: 20_000_000 });
      expect(targets[0].sharePercent).toBe(DEFAULT_TARGET.sharePercent);
    }
  });

  it('are not written twice, neither at import nor at start-up', async () => {
    const who = { actor: null, meta: { requestId: 'test', ip: null } };
    expect(await seedEconomyCatalogues(h.services.database.db, who, regions.county)).toBe(0);
    expect(await seedMissingEconomyCatalogues(h.services.database.db)).toBe(0);
  });
});
