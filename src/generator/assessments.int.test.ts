import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  criteriaIndicators,
  flagAwards,
  ratingCampaigns,
  ratingScores,
  villageRatings,
  villageStars,
  weakOrgs,
} from '../server/modules/assessments/tables';
import { createHarness, type TestHarness } from '../testing/harness';
import { type AssessmentsResult, generateAssessments } from './assessments';

// The assessments generator on 田东 (173 villages): the same seed gives the same rows, stars land
// roughly like seed T, and a 40-indicator set adds up to 100.

let a: TestHarness;
let b: TestHarness;
let result: AssessmentsResult;
const options = { countyCode: '451022', seed: 11, year: 2026 };

beforeAll(async () => {
  a = await createHarness();
  b = await createHarness();
  result = await generateAssessments(a.services.database, options);
});
afterAll(async () => {
  await a.close();
  await b.close();
});

const rowsOf = async (h: TestHarness) => {
  const db = h.services.database.db;
  return {
    ratings: await db
      .select({
        id: villageRatings.id,
        regionCode: villageRatings.regionCode,
        status: villageRatings.status,
        selfTotal: villageRatings.selfTotal,
        stars: villageRatings.stars,
      })
      .from(villageRatings)
      .orderBy(asc(villageRatings.id)),
    scores: await db
      .select({ id: ratingScores.id, v: ratingScores.selfValue, r: ratingScores.reviewValue })
      .from(ratingScores)
      .orderBy(asc(ratingScores.id)),
    stars: await db
      .select({ id: villageStars.id, stars: villageStars.stars, source: villageStars.source })
      .from(villageStars)
      .orderBy(asc(villageStars.id)),
    flags: await db
      .select({ id: flagAwards.id, regionCode: flagAwards.regionCode, status: flagAwards.status })
      .from(flagAwards)
      .orderBy(asc(flagAwards.id)),
    weak: await db
      .select({ id: weakOrgs.id, regionCode: weakOrgs.regionCode, status: weakOrgs.status })
      .from(weakOrgs)
      .orderBy(asc(weakOrgs.id)),
  };
};

describe('the assessments generator', () => {
  it('scores every village in both years, last year published with stars like seed T', async () => {
    expect(result.villages).toBe(173);
    expect(result.ratings).toBe(2 * 173);
    expect(result.scores).toBe(2 * 173 * 20);
    const [one, two, three, four, five] = result.stars;
    expect(one + two + three + four + five).toBe(173);
    // Seed T: 14 of 73 five-star (19 %), 27 four-star (37 %), 32 three-star (44 %).
    expect(five / 173).toBeGreaterThan(0.1);
    expect(five / 173).toBeLessThan(0.3);
    expect(four / 173).toBeGreaterThan(0.25);
    expect(three / 173).toBeGreaterThan(0.2);
    expect((one + two) / 173).toBeLessThan(0.2);
    expect(result.flaggedVillages).toBe(34);
    expect(result.flags).toBeGreaterThanOrEqual(40);
    expect(result.flags).toBeLessThanOrEqual(48);
    expect(result.weak).toEqual({ lastYear: 18, thisYear: 13 });
    const campaigns = await a.services.database.db.select().from(ratingCampaigns);
    expect(campaigns.map((c) => [c.year, c.status]).sort()).toEqual([
      [2025, 'published'],
      [2026, 'open'],
    ]);
  });

  it('writes the same rows for the same seed, and refuses a county that has a campaign', async () => {
    await generateAssessments(b.services.database, options);
    expect(await rowsOf(b)).toEqual(await rowsOf(a));
    await expect(generateAssessments(a.services.database, options)).rejects.toThrow('已有星级评定');
  });

  it('builds a 40-indicator set over A–G adding up to 100', async () => {
    const r = await generateAssessments(b.services.database, {
      ...options,
      countyCode: '451027',
      indicators: 40,
    });
    expect(r.indicators).toBe(40);
    const [campaign] = await b.services.database.db
      .select()
      .from(ratingCampaigns)
      .where(eq(ratingCampaigns.regionCode, '451027000000'))
      .limit(1);
    const indicators = await b.services.database.db
      .select()
      .from(criteriaIndicators)
      .where(eq(criteriaIndicators.setId, campaign.setId));
    expect(indicators).toHaveLength(40);
    expect(indicators.reduce((s, i) => s + i.maxPoints, 0)).toBe(100);
    expect(new Set(indicators.map((i) => i.area))).toEqual(new Set(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'V']));
  });
});
