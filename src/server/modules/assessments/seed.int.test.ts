import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, h, publishedSet, regions, withAssessHarness } from './assessments-test-kit';
import { seedAssessmentCatalogues, seedMissingAssessmentCatalogues } from './seed';
import {
  checklistItems,
  criteriaIndicators,
  flagKinds,
  rectificationTemplates,
  weakSituations,
} from './tables';

withAssessHarness();

describe('the default assessment catalogues', () => {
  it('are written for every imported county: a published criteria set adding up to 100 and the catalogues', async () => {
    for (const county of [regions.county, regions.otherCounty]) {
      const set = await publishedSet(county);
      const indicators = await db()
        .select()
        .from(criteriaIndicators)
        .where(eq(criteriaIndicators.setId, set.id));
      expect(indicators).toHaveLength(20);
      expect(indicators.filter((i) => i.method !== 'veto').reduce((s, i) => s + i.maxPoints, 0)).toBe(100);
      expect(indicators.every((i) => i.regionCode === county)).toBe(true);
      const count = async (
        t: typeof flagKinds | typeof checklistItems | typeof weakSituations | typeof rectificationTemplates,
      ) => (await db().select().from(t).where(eq(t.regionCode, county))).length;
      expect([
        await count(flagKinds),
        await count(checklistItems),
        await count(weakSituations),
        await count(rectificationTemplates),
      ]).toEqual([8, 15, 12, 3]);
    }
  });

  it('are not written twice, neither at import nor at start-up', async () => {
    const who = { actor: null, meta: { requestId: 'test', ip: null } };
    expect(await seedAssessmentCatalogues(h.services.database.db, who, regions.county)).toBe(0);
    expect(await seedMissingAssessmentCatalogues(h.services.database.db)).toBe(0);
  });
});
