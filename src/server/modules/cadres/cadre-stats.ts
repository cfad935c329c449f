import { and, gte, isNull, or, sql } from 'drizzle-orm';
import type { CadrePost } from '../../../contracts/api/cadres';
import type { Ctx } from '../../platform/context';
import { cadreConditions } from './list-cadres';
import { computeCadreStats } from './stats';
import { cadres } from './tables';

/** Figures over the cadres serving today (no end date, or one not yet passed). */
export const cadreStats = async (ctx: Ctx, regionCode?: string) => {
  const rows = await ctx.db
    .select({
      regionCode: cadres.regionCode,
      posts: cadres.posts,
      backgrounds: cadres.backgrounds,
      isReserve: cadres.isReserve,
    })
    .from(cadres)
    .where(
      and(
        ...cadreConditions(ctx, regionCode),
        or(isNull(cadres.endedOn), gte(cadres.endedOn, sql`current_date`)),
      ),
    );
  return computeCadreStats(rows.map((r) => ({ ...r, posts: r.posts as CadrePost[] })));
};
