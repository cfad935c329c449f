import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { EconomyTarget } from '../../../../contracts/api/economy-plans';
import type { Ctx } from '../../../platform/context';
import type { Db } from '../../../platform/db/types';
import { NotFound } from '../../../platform/errors';
import { inScope, isInScope, scopeOf } from '../../../platform/scope';
import { ancestorCodes, regionNames } from '../../regions/region-view';
import { economyTargets } from '../tables';
import { mayEditSettings } from './policy';

// A target is seen by everyone under its region (the county's by every township and village) and
// by those above it; it is changed by the county in whose scope it lies.

type TargetRow = typeof economyTargets.$inferSelect;

/** Targets the caller sees: its own region's and its ancestors', and those under its scope. */
export const visibleTargets = (ctx: Ctx): SQL =>
  or(
    inScope(economyTargets.regionCode, scopeOf(ctx.actor)),
    inArray(economyTargets.regionCode, ancestorCodes(ctx.actor.scopeCode)),
  ) as SQL;

export const loadTarget = async (ctx: Ctx, targetId: string, db: Db = ctx.db): Promise<TargetRow> => {
  const [row] = await db
    .select()
    .from(economyTargets)
    .where(and(eq(economyTargets.id, targetId), visibleTargets(ctx)))
    .limit(1);
  if (!row) throw new NotFound();
  return row;
};

/** A target the caller may change: in its scope, and the caller sets targets. */
export const loadEditableTarget = async (ctx: Ctx, targetId: string): Promise<TargetRow> => {
  const row = await loadTarget(ctx, targetId);
  if (!isInScope(row.regionCode, scopeOf(ctx.actor)) || !mayEditSettings(ctx.actor)) throw new NotFound();
  return row;
};

export const toTargetViews = async (ctx: Ctx, rows: TargetRow[]): Promise<EconomyTarget[]> => {
  const names = await regionNames(
    ctx.db,
    rows.map((r) => r.regionCode),
  );
  return rows.map((r) => ({
    id: r.id,
    regionCode: r.regionCode,
    regionName: names.get(r.regionCode) ?? r.regionCode,
    name: r.name,
    byYear: r.byYear,
    everyMinFen: r.everyMinFen,
    shareMinFen: r.shareMinFen,
    sharePercent: r.sharePercent,
    editable: mayEditSettings(ctx.actor) && isInScope(r.regionCode, scopeOf(ctx.actor)),
  }));
};
