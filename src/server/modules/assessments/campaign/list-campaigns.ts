import { and, count, desc, eq, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { campaignListQuerySchema, campaignPageSchema } from '../../../../contracts/api/assess-campaign';
import type { Ctx } from '../../../platform/context';
import { countyCodeOf, inScope, scopeOf } from '../../../platform/scope';
import { regionNames } from '../../regions/region-view';
import { criteriaSets, ratingCampaigns, villageRatings } from '../tables';
import { campaignView } from './get-campaign';

// The campaigns the caller sees: its county's (a county account: every campaign in its scope; a
// township or village account: its county's), newest year first.

type Query = z.infer<typeof campaignListQuerySchema>;

export const listCampaigns = async (ctx: Ctx, q: Query): Promise<z.infer<typeof campaignPageSchema>> => {
  const scope = scopeOf(ctx.actor);
  const where = and(
    or(
      inScope(ratingCampaigns.regionCode, scope),
      eq(ratingCampaigns.regionCode, countyCodeOf(ctx.actor.scopeCode)),
    ),
    q.year ? eq(ratingCampaigns.year, q.year) : undefined,
    q.status ? eq(ratingCampaigns.status, q.status) : undefined,
  ) as SQL;
  const [[{ total }], rows] = await Promise.all([
    ctx.db.select({ total: count() }).from(ratingCampaigns).where(where),
    ctx.db
      .select({
        c: ratingCampaigns,
        setName: criteriaSets.name,
        ratings: sql<number>`(select count(*)::int from ${villageRatings} where ${villageRatings.campaignId} = ${ratingCampaigns.id})`,
      })
      .from(ratingCampaigns)
      .leftJoin(criteriaSets, eq(criteriaSets.id, ratingCampaigns.setId))
      .where(where)
      .orderBy(desc(ratingCampaigns.year), desc(ratingCampaigns.createdAt))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
  ]);
  const names = await regionNames(ctx.db, [...new Set(rows.map((r) => r.c.regionCode))]);
  return {
    items: rows.map((r) =>
      campaignView(r.c, {
        regionName: names.get(r.c.regionCode) ?? null,
        setName: r.setName ?? '',
        ratings: r.ratings,
      }),
    ),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
};
