import { and, desc, eq } from 'drizzle-orm';
import type { SetSummary } from '../../../../contracts/api/assess-criteria';
import type { Ctx } from '../../../platform/context';
import { type CriteriaStatus, criteriaSets } from '../tables';
import { callerCounty } from './set-access';
import { setSummaries } from './set-view';

// 评定标准列表: the caller's county's sets, newest year and version first.

export const listSets = async (
  ctx: Ctx,
  query: { year?: number; status?: CriteriaStatus },
): Promise<SetSummary[]> => {
  const county = callerCounty(ctx);
  const sets = await ctx.db
    .select()
    .from(criteriaSets)
    .where(
      and(
        eq(criteriaSets.regionCode, county),
        query.year ? eq(criteriaSets.year, query.year) : undefined,
        query.status ? eq(criteriaSets.status, query.status) : undefined,
      ),
    )
    .orderBy(desc(criteriaSets.year), desc(criteriaSets.version));
  return setSummaries(ctx.db, sets);
};
