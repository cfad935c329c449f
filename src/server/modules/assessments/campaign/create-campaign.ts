import { and, eq } from 'drizzle-orm';
import type { CampaignDetail, CreateCampaignBody } from '../../../../contracts/api/assess-campaign';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Conflict, Forbidden, invalidField } from '../../../platform/errors';
import { getInScope, scopeOf } from '../../../platform/scope';
import { recordCreated } from '../../../platform/workflow/transition';
import { descendantsOf } from '../../regions/list-descendants';
import { setIndicators } from '../set-rule';
import { criteriaSets, ratingCampaigns, ratingScores, villageRatings } from '../tables';
import { campaignDetail } from './get-campaign';
import { actsForCounty } from './policy';
import { campaignWorkflow } from './workflows';

// 开展星级评定: the county opens the year's campaign on a published criteria set. Every village
// of the county gets its rating (村自评) and an empty score row per indicator, written in a few
// multi-row inserts (a county has about 170 villages × 20–40 indicators).

const BATCH = 1000;

export const createCampaign = (ctx: Ctx, body: CreateCampaignBody): Promise<CampaignDetail> =>
  inTransaction(ctx, async (tx) => {
    if (!actsForCounty(tx.actor)) throw new Forbidden('只有县委组织部可以开展星级评定');
    const set = await getInScope(tx.db, criteriaSets, body.setId, scopeOf(tx.actor)).catch(() => {
      throw invalidField('setId', '没有这套评定标准');
    });
    if (set.status !== 'published') throw invalidField('setId', '只能使用已发布的评定标准');
    if (body.selfDue && body.reviewDue && body.reviewDue < body.selfDue)
      throw invalidField('reviewDue', '审核截止日期不能早于自评截止日期');
    const county = set.regionCode;
    const [existing] = await tx.db
      .select({ id: ratingCampaigns.id })
      .from(ratingCampaigns)
      .where(and(eq(ratingCampaigns.regionCode, county), eq(ratingCampaigns.year, body.year)))
      .limit(1);
    if (existing) throw new Conflict(`${body.year} 年度的星级评定已经开展，每县每年只开展一次`);
    const villages = await descendantsOf(tx.db, county, 'village');
    if (villages.length === 0) throw new Conflict('本县还没有村（社区），请先导入行政区划');
    const indicators = await setIndicators(tx.db, set.id);
    const id = newId();
    const [campaign] = await tx.db
      .insert(ratingCampaigns)
      .values({
        id,
        regionCode: county,
        year: body.year,
        name: body.name ?? `${body.year}年度村党组织星级评定`,
        setId: set.id,
        noticeDays: body.noticeDays ?? 5,
        selfDue: body.selfDue ?? null,
        reviewDue: body.reviewDue ?? null,
        createdBy: tx.actor.userId,
      })
      .returning();
    const ratings = villages.map((v) => ({ id: newId(), campaignId: id, regionCode: v.code }));
    for (let i = 0; i < ratings.length; i += BATCH)
      await tx.db.insert(villageRatings).values(ratings.slice(i, i + BATCH));
    const scores = ratings.flatMap((r) =>
      indicators.map((ind) => ({
        id: newId(),
        ratingId: r.id,
        regionCode: r.regionCode,
        indicatorId: ind.id,
        indicatorCode: ind.code,
      })),
    );
    for (let i = 0; i < scores.length; i += BATCH)
      await tx.db.insert(ratingScores).values(scores.slice(i, i + BATCH));
    await recordCreated(tx, campaignWorkflow, campaign, 'open');
    await writeAudit(tx.db, tx, {
      action: 'assessments.campaign.create',
      entity: campaignWorkflow.kind,
      entityId: id,
      regionCode: county,
      diff: { year: body.year, setId: set.id, villages: ratings.length, indicators: indicators.length },
    });
    return campaignDetail(tx, campaign);
  });
