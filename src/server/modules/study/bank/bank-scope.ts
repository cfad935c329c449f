import { and, eq, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context';
import { NotFound } from '../../../platform/errors';
import { countyCodeOf, countyScope, getInScope } from '../../../platform/scope';
import { studyQuestions } from '../tables';

// The bank a caller works with is its county's (region_code = the county's 12-digit code): the
// county keeps it, townships draw their tests from it. Another county's bank is never seen.

export const bankCodeOf = (ctx: Ctx): string => countyCodeOf(ctx.actor.scopeCode);

/** The caller's county bank, with a further condition. */
export const inBank = (ctx: Ctx, where?: SQL): SQL =>
  and(eq(studyQuestions.regionCode, bankCodeOf(ctx)), where) as SQL;

/** One question of the caller's county bank, or NotFound. */
export const getQuestionInBank = async (ctx: Ctx, id: string, forUpdate = false) => {
  const row = await getInScope(ctx.db, studyQuestions, id, countyScope(ctx.actor.scopeCode), { forUpdate });
  if (row.regionCode !== bankCodeOf(ctx)) throw new NotFound();
  return row;
};
