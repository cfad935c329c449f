import { and, eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context';
import { NotFound } from '../../../platform/errors';
import { getInScope, ownersAbove, regionScope, villageOf } from '../../../platform/scope';
import { studyAttempts, studyTests } from '../tables';

// A taker's own records: attempts of the account (in its village, 404 for anyone else's), and
// the published tests of the county and township above it.

/** The part of the region a taker's own attempts lie in: the account's village (or township). */
export const ownScope = (ctx: Ctx) => regionScope(villageOf(ctx.actor.scopeCode));

export const loadOwnAttempt = async (ctx: Ctx, id: string, forUpdate = false) => {
  const row = await getInScope(ctx.db, studyAttempts, id, ownScope(ctx), { forUpdate });
  if (row.userId !== ctx.actor.userId) throw new NotFound();
  return row;
};

/** Tests set above the taker (county, township) that have been published (or since closed). */
export const testsAbove = (ctx: Ctx) =>
  and(
    inArray(studyTests.regionCode, ownersAbove(ctx.actor.scopeCode)),
    inArray(studyTests.status, ['published', 'closed']),
  );

export const loadTestAbove = async (ctx: Ctx, id: string) => {
  const [row] = await ctx.db
    .select()
    .from(studyTests)
    .where(and(eq(studyTests.id, id), testsAbove(ctx)))
    .limit(1);
  if (!row) throw new NotFound();
  return row;
};
