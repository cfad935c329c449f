import { and, asc, eq } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context';
import { flagKinds } from '../tables';
import { kindView } from './kind-view';
import { flagCounty } from './kinds-county';
import { mayEditKinds } from './policy';

/** 红旗类别 of the caller's county in the county's order; stopped ones only for the county's editor. */
export const listFlagKinds = async (ctx: Ctx, q: { regionCode?: string; includeInactive?: boolean }) => {
  const county = flagCounty(ctx, q.regionCode);
  const all = q.includeInactive === true && mayEditKinds(ctx.actor);
  const rows = await ctx.db
    .select()
    .from(flagKinds)
    .where(and(eq(flagKinds.regionCode, county), all ? undefined : eq(flagKinds.active, true)))
    .orderBy(asc(flagKinds.sort), asc(flagKinds.code));
  return rows.map(kindView);
};
