import { and, asc, count, eq, gte, isNull, lt } from 'drizzle-orm';
import type { DevelopmentTarget } from '../../../contracts/api/members';
import type { Ctx } from '../../platform/context';
import { inScope, scopeOf, underRegion } from '../../platform/scope';
import { percentOf } from '../org/coverage';
import { regionNames } from '../regions/region-view';
import { developmentRecords, developmentSteps, developmentTargets } from './tables';

type TargetRow = typeof developmentTargets.$inferSelect;

/** Persons who reached 'probationary' in `year` in the region: counted from the steps, never typed. */
export const reachedProbationary = async (ctx: Ctx, regionCode: string, year: number): Promise<number> => {
  const [row] = await ctx.db
    .select({ n: count() })
    .from(developmentSteps)
    .innerJoin(developmentRecords, eq(developmentRecords.id, developmentSteps.recordId))
    .where(
      and(
        eq(developmentSteps.stage, 'probationary'),
        gte(developmentSteps.reachedOn, `${year}-01-01`),
        lt(developmentSteps.reachedOn, `${year + 1}-01-01`),
        underRegion(developmentRecords.regionCode, regionCode),
        isNull(developmentRecords.deletedAt),
      ),
    );
  return row.n;
};

export const toTargetViews = async (ctx: Ctx, rows: TargetRow[]): Promise<DevelopmentTarget[]> => {
  const names = await regionNames(
    ctx.db,
    rows.map((r) => r.regionCode),
  );
  const out: DevelopmentTarget[] = [];
  for (const r of rows) {
    {
      const reached = await reachedProbationary(ctx, r.regionCode, r.year);
      out.push({
        regionCode: r.regionCode,
        regionName: names.get(r.regionCode) ?? r.regionCode,
        year: r.year,
        target: r.target,
        reached,
        percent: percentOf(reached, r.target),
      });
    }
  }
  return out;
};

/** Annual targets of the county and townships in scope, with progress. */
export const listTargets = async (ctx: Ctx, year?: number) => {
  const rows = await ctx.db
    .select()
    .from(developmentTargets)
    .where(
      and(
        inScope(developmentTargets.regionCode, scopeOf(ctx.actor)),
        isNull(developmentTargets.deletedAt),
        year ? eq(developmentTargets.year, year) : undefined,
      ),
    )
    .orderBy(asc(developmentTargets.year), asc(developmentTargets.regionCode))
    .limit(500);
  return { items: await toTargetViews(ctx, rows) };
};
