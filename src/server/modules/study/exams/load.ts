import { and, eq, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context';
import { Forbidden, NotFound } from '../../../platform/errors';
import { inScope, ownersAbove, scopeOf } from '../../../platform/scope';
import { mayManageTest } from '../policy';
import { studyTests } from '../tables';

// The tests a caller may see: those its own scope owns, and those of the county and township
// above it (their results limited to the caller's scope). Outside: 404.

export const visibleTests = (ctx: Ctx): SQL => {
  const scope = scopeOf(ctx.actor);
  const above = ownersAbove(ctx.actor.scopeCode);
  return or(
    inScope(studyTests.regionCode, scope),
    // A test set above is seen where its audience reaches: everywhere, or this part of the county.
    and(
      inArray(studyTests.regionCode, above),
      or(
        isNull(studyTests.audienceRegionCode),
        inScope(studyTests.audienceRegionCode, scope),
        inArray(studyTests.audienceRegionCode, above),
      ),
    ),
  ) as SQL;
};

export type TestRecord = typeof studyTests.$inferSelect;

export const loadTest = async (ctx: Ctx, id: string, forUpdate = false): Promise<TestRecord> => {
  const query = ctx.db
    .select()
    .from(studyTests)
    .where(and(eq(studyTests.id, id), visibleTests(ctx)))
    .limit(1);
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) throw new NotFound();
  return row;
};

/** A test the caller owns (its own county or township), locked for the change. */
export const loadManagedTest = async (ctx: Ctx, id: string): Promise<TestRecord> => {
  const row = await loadTest(ctx, id, true);
  if (!mayManageTest(ctx.actor, row)) throw new Forbidden('只有组织考试的县或乡镇可以修改此考试');
  return row;
};
