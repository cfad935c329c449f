import { sql } from 'drizzle-orm';
import type { NoticePrint } from '../../../../contracts/api/assess-reports';
import type { Ctx } from '../../../platform/context';
import { countyScope, getInScope, inScope, regionAtLevel, scopeOf } from '../../../platform/scope';
import { regionName, regionNameOf } from '../../regions/region-view';
import { ratingCampaigns, villageRatings } from '../tables';
import { rowsOf } from './report-sql';

// The printable A4 公示 of a campaign (web /assess-print/:campaignId): the county, the year, the
// notice period and every village's decided stars in the caller's scope (a township prints its
// own villages), by township and village code. The objection channel is the public page.

export const noticePrint = async (ctx: Ctx, campaignId: string): Promise<NoticePrint> => {
  const campaign = await getInScope(ctx.db, ratingCampaigns, campaignId, countyScope(ctx.actor.scopeCode));
  const township = regionAtLevel(villageRatings.regionCode, 'township');
  const rows = await rowsOf<{ township: string; village: string; regionCode: string; stars: number | null }>(
    ctx,
    sql`select coalesce(${regionNameOf(township)}, ${township}) as township,
        coalesce(${regionNameOf(villageRatings.regionCode)}, ${villageRatings.regionCode}) as village,
        ${villageRatings.regionCode} as "regionCode", ${villageRatings.stars} as stars
      from ${villageRatings}
      where ${villageRatings.campaignId} = ${campaign.id} and ${inScope(villageRatings.regionCode, scopeOf(ctx.actor))}
      order by ${villageRatings.regionCode}`,
  );
  return {
    campaignId: campaign.id,
    county: await regionName(ctx.db, campaign.regionCode),
    year: campaign.year,
    status: campaign.status,
    noticeStartedAt: campaign.noticeStartedAt?.toISOString() ?? null,
    noticeEndsAt: campaign.noticeEndsAt?.toISOString() ?? null,
    noticeDays: campaign.noticeDays,
    rows: rows.map((r) => ({ ...r, stars: r.stars == null ? null : Number(r.stars) })),
  };
};
