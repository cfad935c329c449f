import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types';
import { inScope, regionAtLevel, type Scope } from '../../../platform/scope';
import { regionNameOf } from '../../regions/region-view';
import { ratingScores, villageRatings } from '../tables';

// A campaign's scores as score.ts reads them, per village: the reviewed value of each indicator
// (the village's own where the township gave none), by indicator code. Two queries for the whole
// campaign however many villages it rates (a prefecture's 2,500 included): what-if and reports.

export interface VillageValues {
  ratingId: string;
  regionCode: string;
  name: string;
  townshipName: string;
  /** The county's decision, or the computed stars before it. */
  stars: number | null;
  /** The reviewed total, or the village's own before review. */
  total: number | null;
  values: Map<string, number | null>;
}

export const campaignValues = async (db: Db, campaignId: string, scope: Scope): Promise<VillageValues[]> => {
  const where = and(eq(villageRatings.campaignId, campaignId), inScope(villageRatings.regionCode, scope));
  const ratings = await db
    .select({
      ratingId: villageRatings.id,
      regionCode: villageRatings.regionCode,
      name: regionNameOf(villageRatings.regionCode),
      townshipName: regionNameOf(regionAtLevel(villageRatings.regionCode, 'township')),
      stars: sql<number | null>`coalesce(${villageRatings.stars}, ${villageRatings.computedStars})`,
      total: sql<number | null>`coalesce(${villageRatings.reviewTotal}, ${villageRatings.selfTotal})`,
    })
    .from(villageRatings)
    .where(where)
    .orderBy(asc(villageRatings.regionCode));
  const scores = await db
    .select({
      ratingId: ratingScores.ratingId,
      code: ratingScores.indicatorCode,
      value: sql<number | null>`coalesce(${ratingScores.reviewValue}, ${ratingScores.selfValue})`,
    })
    .from(ratingScores)
    .innerJoin(villageRatings, eq(villageRatings.id, ratingScores.ratingId))
    .where(where);
  const byRating = new Map<string, Map<string, number | null>>(ratings.map((r) => [r.ratingId, new Map()]));
  for (const s of scores) byRating.get(s.ratingId)?.set(s.code, s.value == null ? null : Number(s.value));
  return ratings.map((r) => ({
    ...r,
    name: r.name ?? r.regionCode,
    townshipName: r.townshipName ?? '',
    stars: r.stars == null ? null : Number(r.stars),
    total: r.total == null ? null : Number(r.total),
    values: byRating.get(r.ratingId) ?? new Map(),
  }));
};
