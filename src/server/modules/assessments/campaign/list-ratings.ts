import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { RatingListQuery, RatingRow as RatingListRow } from '../../../../contracts/api/assess-campaign';
import { attachments } from '../../../platform/attachments/tables';
import type { Ctx } from '../../../platform/context';
import { containsPattern } from '../../../platform/db/like';
import { inScope, regionAtLevel, scopeOf, underRegion } from '../../../platform/scope';
import { regionNameOf } from '../../regions/region-view';
import { villageRatings } from '../tables';
import { scoreKind } from './kinds';
import { loadCampaign } from './load';

// The review list of a campaign (GET /api/assess/campaigns/:campaignId/ratings): the ratings in the
// caller's scope with village and township names, totals, stars, the indicators the township
// changed, the evidence given and how many indicators the village filled, filtered, searched,
// sorted and paged, in ONE statement (the total rides along as a window count).

const r = villageRatings;
const township = regionAtLevel(r.regionCode, 'township');
const villageName = regionNameOf(r.regionCode);
// Spelled out: Drizzle leaves columns unqualified in a single-table select, which the correlated
// subqueries on rating_scores would misread.
const RID = sql.raw('"village_ratings"."id"');

const SORTS: Record<RatingListQuery['sort'], SQL[]> = {
  village: [asc(r.regionCode)],
  status: [
    sql`case ${r.status} when 'self' then 0 when 'township' then 1 when 'county' then 2 else 3 end`,
    asc(r.regionCode),
  ],
  'self-desc': [sql`${r.selfTotal} desc nulls last`, asc(r.regionCode)],
  'self-asc': [sql`${r.selfTotal} asc nulls last`, asc(r.regionCode)],
  'review-desc': [sql`${r.reviewTotal} desc nulls last`, asc(r.regionCode)],
  'review-asc': [sql`${r.reviewTotal} asc nulls last`, asc(r.regionCode)],
  'stars-desc': [sql`coalesce(${r.stars}, ${r.computedStars}) desc nulls last`, asc(r.regionCode)],
  'stars-asc': [sql`coalesce(${r.stars}, ${r.computedStars}) asc nulls last`, asc(r.regionCode)],
  'updated-desc': [desc(r.updatedAt), asc(r.regionCode)],
};

export const listRatings = async (ctx: Ctx, campaignId: string, q: RatingListQuery) => {
  await loadCampaign(ctx, campaignId);
  const rows = await ctx.db
    .select({
      id: r.id,
      campaignId: r.campaignId,
      regionCode: r.regionCode,
      villageName,
      townshipCode: township,
      townshipName: regionNameOf(township),
      status: r.status,
      selfTotal: r.selfTotal,
      reviewTotal: r.reviewTotal,
      computedStars: r.computedStars,
      stars: r.stars,
      changed: sql<number>`(select count(*)::int from rating_scores rs where rs.rating_id = ${RID} and rs.review_value is not null and rs.review_value is distinct from rs.self_value)`,
      links: sql<number>`(select coalesce(sum(jsonb_array_length(rs.links)), 0)::int from rating_scores rs where rs.rating_id = ${RID})`,
      files: sql<number>`(select count(*)::int from rating_scores rs join ${attachments} a on a.record_kind = ${scoreKind} and a.record_id = rs.id where rs.rating_id = ${RID})`,
      filled: sql<number>`(select count(*)::int from rating_scores rs where rs.rating_id = ${RID} and rs.self_value is not null)`,
      updatedAt: r.updatedAt,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(r)
    .where(
      and(
        eq(r.campaignId, campaignId),
        inScope(r.regionCode, scopeOf(ctx.actor)),
        q.township ? underRegion(r.regionCode, q.township) : undefined,
        q.status ? eq(r.status, q.status) : undefined,
        q.stars ? sql`coalesce(${r.stars}, ${r.computedStars}) = ${q.stars}` : undefined,
        q.q ? sql`${villageName} like ${containsPattern(q.q)}` : undefined,
      ),
    )
    .orderBy(...SORTS[q.sort])
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const items: RatingListRow[] = rows.map(({ total: _, links, files, updatedAt, ...row }) => ({
    ...row,
    evidence: links + files,
    updatedAt: updatedAt.toISOString(),
  }));
  return { items, total: rows[0]?.total ?? 0, page: q.page, pageSize: q.pageSize };
};
