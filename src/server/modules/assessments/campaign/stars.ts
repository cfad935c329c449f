import { and, desc, eq } from 'drizzle-orm';
import type { StarEntry, VillageStars } from '../../../../contracts/api/assess-campaign';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Conflict, Forbidden } from '../../../platform/errors';
import { assertInScope, inScope, scopeOf } from '../../../platform/scope';
import { assertVillageInScope } from '../../regions/assert-village';
import { regionNames } from '../../regions/region-view';
import { ratingCampaigns, villageRatings, villageStars } from '../tables';
import { starsKind } from './kinds';
import { actsForCounty } from './policy';
import { sheetOf } from './rating-sheet';

// A village's stars over time (village_stars): one row per published campaign and one per dynamic
// adjustment (动态调整, county, with its reason, only once the village has published stars). The
// village page shows the stars now, the history and the latest published rating's sheet.

type StarRow = typeof villageStars.$inferSelect;

const entryOf = (r: StarRow, names: Map<string, string>): StarEntry => ({
  id: r.id,
  year: r.year,
  stars: r.stars,
  source: r.source,
  campaignId: r.campaignId,
  ratingId: r.ratingId,
  reason: r.reason,
  effectiveAt: r.effectiveAt.toISOString(),
  createdByName: r.createdBy ? (names.get(r.createdBy) ?? null) : null,
});

const history = (ctx: Ctx, regionCode: string) =>
  ctx.db
    .select()
    .from(villageStars)
    .where(and(eq(villageStars.regionCode, regionCode), inScope(villageStars.regionCode, scopeOf(ctx.actor))))
    .orderBy(desc(villageStars.effectiveAt), desc(villageStars.createdAt));

/** POST /api/assess/stars: the county changes a village's stars during the year, with a reason. */
export const adjustStars = (
  ctx: Ctx,
  body: { regionCode: string; stars: number; reason: string },
): Promise<StarEntry> =>
  inTransaction(ctx, async (tx) => {
    await assertVillageInScope(tx, body.regionCode);
    const village = body.regionCode;
    if (!actsForCounty(tx.actor)) throw new Forbidden('只有县委组织部可以动态调整星级');
    const [latest] = await history(tx, village);
    if (!latest) throw new Conflict('该村还没有发布的星级，星级评定发布后才能动态调整');
    if (latest.stars === body.stars) throw new Conflict(`该村现在就是 ${body.stars} 星`);
    const row = {
      id: newId(),
      regionCode: village,
      year: latest.year,
      stars: body.stars,
      source: 'adjust' as const,
      reason: body.reason,
      effectiveAt: new Date(),
      createdBy: tx.actor.userId,
    };
    const [inserted] = await tx.db.insert(villageStars).values(row).returning();
    await writeAudit(tx.db, tx, {
      action: 'assessments.stars.adjust',
      entity: starsKind,
      entityId: row.id,
      regionCode: village,
      diff: { before: { stars: latest.stars }, after: { stars: body.stars, reason: body.reason } },
    });
    return entryOf(inserted, new Map([[tx.actor.userId, tx.actor.displayName]]));
  });

/** GET /api/assess/villages/:regionCode/stars. */
export const villageStarsOf = async (ctx: Ctx, regionCode: string): Promise<VillageStars> => {
  assertInScope(regionCode, scopeOf(ctx.actor));
  const rows = await history(ctx, regionCode);
  const [rated] = await ctx.db
    .select({ rating: villageRatings, campaign: ratingCampaigns })
    .from(villageRatings)
    .innerJoin(ratingCampaigns, eq(ratingCampaigns.id, villageRatings.campaignId))
    .where(
      and(
        eq(villageRatings.regionCode, regionCode),
        inScope(villageRatings.regionCode, scopeOf(ctx.actor)),
        eq(ratingCampaigns.status, 'published'),
      ),
    )
    .orderBy(desc(ratingCampaigns.year))
    .limit(1);
  const names = await regionNames(ctx.db, [regionCode]);
  return {
    regionCode,
    villageName: names.get(regionCode) ?? null,
    stars: rows[0]?.stars ?? null,
    history: rows.map((r) => entryOf(r, new Map())),
    rating: rated ? await sheetOf(ctx, rated.rating, { campaign: rated.campaign }) : null,
  };
};
