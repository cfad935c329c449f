import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll } from 'vitest';
import type { Role } from '../../../contracts/roles';
import {
  type Session,
  sessionAs,
  testRegions,
  villagesUnder as villagesUnderIn,
} from '../../../testing/factories';
import { createHarness, type HarnessOptions, type TestHarness } from '../../../testing/harness';
import { newId } from '../../platform/auth/session';
import type { Db } from '../../platform/db/types';
import { scoreVillage } from './score';
import { defaultCriteriaRows } from './seed';
import { setIndicators, setRuleOf } from './set-rule';
import {
  type CampaignStatus,
  criteriaIndicators,
  criteriaSets,
  ratingCampaigns,
  ratingScores,
  villageRatings,
  villageStars,
} from './tables';

// What the assessments medium tests share: a fresh harness per file, sessions of the roles that
// take part, the county's published default criteria set, and a factory that writes a whole
// campaign's scores straight into the tables (for what-if, reports and lists that need many
// villages scored without walking each through the workflow).

export let h: TestHarness;
export let regions: Awaited<ReturnType<typeof testRegions>>;
export let county: Session;
export let township: Session;
export let village: Session;
export let otherTownship: Session;

export const withAssessHarness = (options: HarnessOptions = {}) => {
  beforeAll(async () => {
    h = await createHarness(options);
    regions = await testRegions(h.services.database.db);
    county = await sessionAs(h.app, h.services, 'county_admin', regions.county);
    township = await sessionAs(h.app, h.services, 'township', regions.ownTownship.code);
    village = await sessionAs(h.app, h.services, 'village', regions.ownVillage.code);
    otherTownship = await sessionAs(h.app, h.services, 'township', regions.otherTownship.code);
  });
  afterAll(() => h.close());
};

export const sessionOf = (role: Role, regionCode: string) => sessionAs(h.app, h.services, role, regionCode);

export const db = (): Db => h.services.database.db;

/** The county's newest published criteria set (the seeded default unless a test published another). */
export const publishedSet = async (countyCode = regions.county) => {
  const [set] = await db()
    .select()
    .from(criteriaSets)
    .where(and(eq(criteriaSets.regionCode, countyCode), eq(criteriaSets.status, 'published')))
    .orderBy(desc(criteriaSets.year), desc(criteriaSets.version))
    .limit(1);
  if (!set) throw new Error(`no published criteria set in ${countyCode}`);
  return set;
};

/** Inserts a published copy of the default set for another year (last year's campaign's set). */
export const insertDefaultSet = async (year: number, countyCode = regions.county) => {
  const { set, indicators } = defaultCriteriaRows(countyCode, year);
  await db().insert(criteriaSets).values(set);
  await db().insert(criteriaIndicators).values(indicators);
  return set;
};

/** The villages of a township (or of the county when none is named), in code order. */
export const villagesUnder = (prefixRegion: string) => villagesUnderIn(db(), prefixRegion);

export interface CampaignFixture {
  year: number;
  setId: string;
  /** Villages to rate (their 12-digit codes). */
  villages: string[];
  /** The value of each indicator code for a village; null leaves it unscored. */
  value: (villageCode: string, indicatorCode: string, index: number) => number | null;
  status?: CampaignStatus;
  countyCode?: string;
}

/**
 * Writes a campaign whose villages were all scored, reviewed with the same values and decided at
 * the stars score.ts gives; a published one also writes each village's stars (village_stars).
 */
export const insertCampaign = async (f: CampaignFixture) => {
  const d = db();
  const countyCode = f.countyCode ?? regions.county;
  const [set] = await d.select().from(criteriaSets).where(eq(criteriaSets.id, f.setId));
  const indicators = await setIndicators(d, set.id);
  const rule = setRuleOf(set, indicators);
  const status = f.status ?? 'published';
  const campaignId = newId();
  await d.insert(ratingCampaigns).values({
    id: campaignId,
    regionCode: countyCode,
    year: f.year,
    name: `${f.year}年度星级评定`,
    setId: f.setId,
    status,
    publishedAt: status === 'published' ? new Date() : null,
  });
  const ratings: { id: string; regionCode: string; stars: number; total: number }[] = [];
  for (const [i, code] of f.villages.entries()) {
    const values = new Map(indicators.map((ind) => [ind.code, f.value(code, ind.code, i)]));
    const result = scoreVillage(rule, values);
    const ratingId = newId();
    await d.insert(villageRatings).values({
      id: ratingId,
      campaignId,
      regionCode: code,
      status: 'decided',
      selfTotal: result.total,
      reviewTotal: result.total,
      computedStars: result.stars,
      stars: result.stars,
      decidedAt: new Date(),
    });
    await d.insert(ratingScores).values(
      indicators.map((ind) => {
        const v = values.get(ind.code) ?? null;
        return {
          id: newId(),
          ratingId,
          regionCode: code,
          indicatorId: ind.id,
          indicatorCode: ind.code,
          selfValue: v,
          reviewValue: v,
        };
      }),
    );
    if (status === 'published')
      await d.insert(villageStars).values({
        id: newId(),
        regionCode: code,
        year: f.year,
        stars: result.stars,
        source: 'campaign',
        campaignId,
        ratingId,
      });
    ratings.push({ id: ratingId, regionCode: code, stars: result.stars, total: result.total });
  }
  return { campaignId, ratings };
};
