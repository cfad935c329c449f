import { desc, eq } from 'drizzle-orm';
import type { WhatIf, WhatIfVillage } from '../../../../contracts/api/assess-criteria';
import type { Ctx } from '../../../platform/context';
import { invalidField } from '../../../platform/errors';
import { scopeOf } from '../../../platform/scope';
import { scoreVillage } from '../score';
import { loadSetRule } from '../set-rule';
import { ratingCampaigns } from '../tables';
import { campaignValues } from './campaign-values';
import { getSetForRead } from './set-access';

// 推演: the set (draft or published) applied to the reviewed values of a campaign of its county
// (the latest published one unless named), scored with score.ts exactly as a campaign scores, so
// a real re-run with the same values gives the same stars. Indicators the campaign did not score
// count 0 and are listed as `missing`.

const directionOf = (before: number | null, after: number): WhatIfVillage['direction'] =>
  before == null || before === after ? 'same' : after > before ? 'up' : 'down';

export const whatIf = async (
  ctx: Ctx,
  setId: string,
  body: { campaignId?: string; movedOnly?: boolean },
): Promise<WhatIf> => {
  const set = await getSetForRead(ctx, setId);
  const campaigns = await ctx.db
    .select({
      id: ratingCampaigns.id,
      year: ratingCampaigns.year,
      name: ratingCampaigns.name,
      status: ratingCampaigns.status,
    })
    .from(ratingCampaigns)
    .where(eq(ratingCampaigns.regionCode, set.regionCode))
    .orderBy(desc(ratingCampaigns.year));
  const campaign = body.campaignId
    ? campaigns.find((c) => c.id === body.campaignId)
    : campaigns.find((c) => c.status === 'published');
  if (!campaign)
    throw invalidField(
      'campaignId',
      body.campaignId ? '所选星级评定不存在或不属于本县' : '本县还没有已发布的星级评定，无法推演',
    );
  const rule = await loadSetRule(ctx.db, set);
  const villages = await campaignValues(ctx.db, campaign.id, scopeOf(ctx.actor));
  const scored = new Set(villages.flatMap((v) => [...v.values.keys()]));
  const counts = { up: 0, down: 0, same: 0 };
  const rows: WhatIfVillage[] = [];
  for (const v of villages) {
    const result = scoreVillage(rule, v.values);
    const direction = directionOf(v.stars, result.stars);
    counts[direction]++;
    if (body.movedOnly && direction === 'same') continue;
    rows.push({
      regionCode: v.regionCode,
      name: v.name,
      townshipName: v.townshipName,
      oldStars: v.stars,
      newStars: result.stars,
      oldTotal: v.total,
      newTotal: result.total,
      direction,
    });
  }
  return {
    campaign,
    campaigns: campaigns.filter((c) => c.status === 'published' || c.id === campaign.id),
    counts,
    missing: rule.indicators.map((i) => i.code).filter((code) => !scored.has(code)),
    villages: rows,
  };
};
