import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  NoticeDetail,
  ObjectionBody,
  ObjectionView,
  objectionListQuerySchema,
  objectionPageSchema,
} from '../../../../contracts/api/assess-campaign';
import { maskPhone } from '../../../../contracts/pii';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction, type RequestMeta } from '../../../platform/context';
import type { Db } from '../../../platform/db/types';
import { Conflict, Forbidden, invalidField, NotFound } from '../../../platform/errors';
import type { PiiCipher } from '../../../platform/pii/crypto';
import {
  countyCodeOf,
  getInScope,
  inScope,
  regionAtLevel,
  scopeOf,
  underRegion,
} from '../../../platform/scope';
import { transition } from '../../../platform/workflow/transition';
import { regionNameOf, regionNames } from '../../regions/region-view';
import { ratingCampaigns, ratingObjections, villageRatings } from '../tables';
import { objectionKind } from './kinds';
import { loadCampaign } from './load';
import { actsForCounty } from './policy';
import { ratingWorkflow } from './workflows';

// 公示与异议: the campaigns in 公示 and their lists for anyone (no account), an objection lodged by
// anyone about one village of a campaign in 公示 (its phone kept encrypted), and the county's
// answer: upheld sends the village's rating back to the county for a new decision. Publication
// waits until every objection is answered (workflows.ts).

type ObjectionRow = typeof ratingObjections.$inferSelect;

const noticeSummary = (
  c: typeof ratingCampaigns.$inferSelect,
  countyName: string | null,
  villages: number,
) => ({
  campaignId: c.id,
  countyCode: c.regionCode,
  countyName,
  year: c.year,
  name: c.name,
  noticeStartedAt: c.noticeStartedAt?.toISOString() ?? null,
  noticeEndsAt: c.noticeEndsAt?.toISOString() ?? null,
  villages,
});

const ratingsOfCampaign = sql<number>`(select count(*)::int from ${villageRatings} where ${villageRatings.campaignId} = ${ratingCampaigns.id})`;

/** GET /api/public/assess/notices: campaigns in 公示 (of one county when named). */
export const publicNotices = async (db: Db, county?: string) => {
  const rows = await db
    .select({ c: ratingCampaigns, villages: ratingsOfCampaign })
    .from(ratingCampaigns)
    .where(
      and(
        eq(ratingCampaigns.status, 'notice'),
        county ? underRegion(ratingCampaigns.regionCode, countyCodeOf(county)) : undefined,
      ),
    )
    .orderBy(desc(ratingCampaigns.noticeStartedAt))
    .limit(100);
  const names = await regionNames(
    db,
    rows.map((r) => r.c.regionCode),
  );
  return { items: rows.map((r) => noticeSummary(r.c, names.get(r.c.regionCode) ?? null, r.villages)) };
};

const noticeCampaign = async (db: Db, campaignId: string) => {
  const [campaign] = await db
    .select()
    .from(ratingCampaigns)
    .where(eq(ratingCampaigns.id, campaignId))
    .limit(1);
  if (campaign?.status !== 'notice') throw new NotFound('该星级评定不在公示期');
  return campaign;
};

/** GET /api/public/assess/notices/:campaignId: the villages, their stars and totals (no personal data). */
export const publicNotice = async (db: Db, campaignId: string): Promise<NoticeDetail> => {
  const campaign = await noticeCampaign(db, campaignId);
  const township = regionAtLevel(villageRatings.regionCode, 'township');
  const rows = await db
    .select({
      ratingId: villageRatings.id,
      regionCode: villageRatings.regionCode,
      villageName: regionNameOf(villageRatings.regionCode),
      townshipName: regionNameOf(township),
      stars: villageRatings.stars,
      total: sql<number | null>`coalesce(${villageRatings.reviewTotal}, ${villageRatings.selfTotal})`,
    })
    .from(villageRatings)
    .where(eq(villageRatings.campaignId, campaign.id))
    .orderBy(asc(villageRatings.regionCode));
  const names = await regionNames(db, [campaign.regionCode]);
  return { ...noticeSummary(campaign, names.get(campaign.regionCode) ?? null, rows.length), items: rows };
};

/** POST /api/public/assess/notices/:campaignId/objections: anyone, about one village of the list. */
export const lodgeObjection = (
  services: { db: Db; pii: PiiCipher },
  meta: RequestMeta,
  campaignId: string,
  body: ObjectionBody,
) =>
  services.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const campaign = await noticeCampaign(db, campaignId);
    if (campaign.noticeEndsAt && campaign.noticeEndsAt < new Date())
      throw new Conflict('公示期已结束，不再受理异议');
    const [rating] = await db
      .select()
      .from(villageRatings)
      .where(and(eq(villageRatings.id, body.ratingId), eq(villageRatings.campaignId, campaign.id)))
      .limit(1);
    if (!rating) throw invalidField('ratingId', '请从公示名单中选择一个村');
    const id = newId();
    await db.insert(ratingObjections).values({
      id,
      campaignId: campaign.id,
      ratingId: rating.id,
      regionCode: rating.regionCode,
      text: body.text,
      name: body.name || null,
      phoneEnc: body.phone ? services.pii.encrypt(body.phone) : null,
    });
    await writeAudit(
      db,
      { actor: null, meta },
      {
        action: 'assessments.objection.lodge',
        entity: objectionKind,
        entityId: id,
        regionCode: rating.regionCode,
        diff: { ratingId: rating.id, length: body.text.length, named: !!body.name, phone: !!body.phone },
      },
    );
    return { id, message: '异议已收到，县委组织部将在公示期内答复' };
  });

const objectionView = (ctx: Ctx, o: ObjectionRow & { villageName: string | null }): ObjectionView => ({
  id: o.id,
  campaignId: o.campaignId,
  ratingId: o.ratingId,
  regionCode: o.regionCode,
  villageName: o.villageName,
  text: o.text,
  name: o.name,
  phone: o.phoneEnc ? maskPhone(ctx.pii.decrypt(o.phoneEnc)) : null,
  status: o.status,
  answer: o.answer,
  upheld: o.upheld,
  answeredAt: o.answeredAt?.toISOString() ?? null,
  createdAt: o.createdAt.toISOString(),
});

/** GET /api/assess/campaigns/:campaignId/objections: the objections in the caller's scope, open first. */
export const listObjections = async (
  ctx: Ctx,
  campaignId: string,
  q: z.infer<typeof objectionListQuerySchema>,
): Promise<z.infer<typeof objectionPageSchema>> => {
  await loadCampaign(ctx, campaignId);
  const o = ratingObjections;
  const where = and(
    eq(o.campaignId, campaignId),
    inScope(o.regionCode, scopeOf(ctx.actor)),
    q.status ? eq(o.status, q.status) : undefined,
  );
  const [[{ total }], rows] = await Promise.all([
    ctx.db.select({ total: count() }).from(o).where(where),
    ctx.db
      .select({ o, villageName: regionNameOf(o.regionCode) })
      .from(o)
      .where(where)
      .orderBy(sql`case ${o.status} when 'open' then 0 else 1 end`, asc(o.createdAt), asc(o.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
  ]);
  return {
    items: rows.map((r) => objectionView(ctx, { ...r.o, villageName: r.villageName })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
};

/** POST /api/assess/objections/:objectionId/answer: the county answers; upheld reopens the rating. */
export const answerObjection = (
  ctx: Ctx,
  objectionId: string,
  body: { answer: string; upheld: boolean },
): Promise<ObjectionView> =>
  inTransaction(ctx, async (tx) => {
    const objection = await getInScope(tx.db, ratingObjections, objectionId, scopeOf(tx.actor), {
      forUpdate: true,
    });
    if (!actsForCounty(tx.actor)) throw new Forbidden('只有县委组织部可以答复异议');
    if (objection.status !== 'open') throw new Conflict('该异议已答复');
    const now = new Date();
    const [updated] = await tx.db
      .update(ratingObjections)
      .set({
        status: 'answered',
        answer: body.answer,
        upheld: body.upheld,
        answeredBy: tx.actor.userId,
        answeredAt: now,
        updatedAt: now,
      })
      .where(eq(ratingObjections.id, objection.id))
      .returning();
    if (body.upheld) {
      const [rating] = await tx.db
        .select({ status: villageRatings.status })
        .from(villageRatings)
        .where(eq(villageRatings.id, objection.ratingId));
      if (rating?.status === 'decided')
        await transition(tx, ratingWorkflow, objection.ratingId, 'reopen', {
          reason: `异议成立：${body.answer}`,
        });
    }
    await writeAudit(tx.db, tx, {
      action: 'assessments.objection.answer',
      entity: objectionKind,
      entityId: objection.id,
      regionCode: objection.regionCode,
      diff: { upheld: body.upheld, answer: body.answer },
    });
    return objectionView(tx, {
      ...updated,
      villageName: (await regionNames(tx.db, [updated.regionCode])).get(updated.regionCode) ?? null,
    });
  });
