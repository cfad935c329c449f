import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { talentSchema, talentTagSchema } from '../../../contracts/api/talents';
import { maskPhone } from '../../../contracts/pii';
import type { Coded, talentCategory, talentStatus } from '../../../contracts/registry/enums';
import type { Ctx } from '../../platform/context';
import { regionNames } from '../regions/region-view';
import { talentReviews, type talents } from './tables';

type TalentRow = typeof talents.$inferSelect;

/** Talents as shown: phone masked, the latest return comment beside a returned record. */
export const toTalentViews = async (ctx: Ctx, rows: TalentRow[]): Promise<z.infer<typeof talentSchema>[]> => {
  const returned = rows.filter((r) => r.status === 'returned').map((r) => r.id);
  // One after the other: inside a transaction the queries share one connection.
  const names = await regionNames(
    ctx.db,
    rows.map((r) => r.regionCode),
  );
  const returns = returned.length
    ? await ctx.db
        .select({ talentId: talentReviews.talentId, comment: talentReviews.comment })
        .from(talentReviews)
        .where(and(inArray(talentReviews.talentId, returned), eq(talentReviews.decision, 'return')))
        .orderBy(desc(talentReviews.at))
    : [];
  return rows.map((r) => ({
    id: r.id,
    regionCode: r.regionCode,
    regionName: names.get(r.regionCode) ?? r.regionCode,
    personId: r.personId,
    name: r.name,
    phoneMasked: r.phoneEnc ? maskPhone(ctx.pii.decrypt(r.phoneEnc)) : null,
    category: r.category as Coded<typeof talentCategory>,
    tags: r.tags as z.infer<typeof talentTagSchema>[],
    skills: r.skills,
    status: r.status as Coded<typeof talentStatus>,
    returnComment:
      r.status === 'returned' ? (returns.find((x) => x.talentId === r.id)?.comment ?? null) : null,
    updatedAt: r.updatedAt.toISOString(),
  }));
};

export const talentDetail = async (ctx: Ctx, row: TalentRow) => {
  const [view] = await toTalentViews(ctx, [row]);
  const reviews = await ctx.db
    .select()
    .from(talentReviews)
    .where(eq(talentReviews.talentId, row.id))
    .orderBy(asc(talentReviews.at), asc(talentReviews.id));
  return {
    ...view,
    reviews: reviews.map((r) => ({
      step: r.step as 'village_survey',
      decision: r.decision as 'submit',
      reviewerName: r.reviewerName,
      comment: r.comment,
      at: r.at.toISOString(),
    })),
  };
};

export const auditableTalent = (ctx: Ctx, r: TalentRow) => ({
  regionCode: r.regionCode,
  personId: r.personId,
  name: r.name,
  phone: r.phoneEnc ? ctx.pii.decrypt(r.phoneEnc) : null,
  category: r.category,
  tags: r.tags,
  skills: r.skills,
  status: r.status,
});
