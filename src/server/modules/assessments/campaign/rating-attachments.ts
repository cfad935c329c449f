import { eq } from 'drizzle-orm';
import { can } from '../../../../contracts/roles';
import type { AttachableKind } from '../../../platform/attachments/kinds';
import type { Ctx } from '../../../platform/context';
import { Conflict, NotFound } from '../../../platform/errors';
import { ratingScores, villageRatings } from '../tables';
import { scoreKind } from './kinds';
import { campaignOf, type ScoreRowDb } from './load';
import { mayChangeEvidence } from './policy';

// 证明材料: photos and PDFs on one indicator's score row (platform attachments, kind rating_score).
// Seen by whoever sees the village's rating; added and removed by the village while it scores and
// by the township while it reviews.

export const MAX_SCORE_FILES = 9;

const ratingOfScore = async (ctx: Ctx, score: ScoreRowDb) => {
  const [rating] = await ctx.db.select().from(villageRatings).where(eq(villageRatings.id, score.ratingId));
  if (!rating) throw new NotFound();
  return rating;
};

const assertMayChange = async (ctx: Ctx, score: ScoreRowDb) => {
  const rating = await ratingOfScore(ctx, score);
  if (!mayChangeEvidence(ctx.actor, rating, await campaignOf(ctx, rating)))
    throw new Conflict('只有村自评时（本村）或乡镇审核时（乡镇）可以上传或删除证明材料');
};

export const scoreAttachments: AttachableKind<ScoreRowDb> = {
  kind: scoreKind,
  label: { zh: '星级评定证明材料', en: 'star-rating evidence' },
  table: ratingScores,
  accept: ['image', 'document'],
  maxFiles: MAX_SCORE_FILES,
  assertMayRead: (ctx) => {
    if (!can(ctx.actor.role, 'assess.read')) throw new NotFound();
  },
  assertMayAdd: assertMayChange,
  assertMayRemove: assertMayChange,
};
