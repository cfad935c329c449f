import { and, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seedMissingVisitsCatalogues } from './seed';
import { monitoringRules, monitoringThresholds } from './tables';
import { db, regions, withVisitsHarness } from './visits-test-kit';

withVisitsHarness();

describe('the monitoring catalogues of a county', () => {
  it('are seeded at import: this year’s and last year’s threshold and version 1 of R1–R4', async () => {
    const rules = await db()
      .select()
      .from(monitoringRules)
      .where(and(eq(monitoringRules.regionCode, regions.county), isNull(monitoringRules.supersededAt)));
    expect(rules.map((r) => `${r.code}:${r.version}:${r.kind}`).sort()).toEqual([
      'R1:1:income_below',
      'R2:1:rigid_spending',
      'R3:1:sudden_event',
      'R4:1:department_data',
    ]);
    const thresholds = await db()
      .select()
      .from(monitoringThresholds)
      .where(eq(monitoringThresholds.regionCode, regions.county));
    const year = new Date().getFullYear();
    expect(thresholds.map((t) => t.year).sort()).toEqual([year - 1, year]);
    // 广西 is not among the provinces a source names: the fallback asks for the real figure.
    expect(thresholds.every((t) => t.amountYuan === 8700 && t.note?.includes('请按本省'))).toBe(true);
  });

  it('are not written twice at start-up', async () => {
    expect(await seedMissingVisitsCatalogues(db())).toBe(0);
  });
});
