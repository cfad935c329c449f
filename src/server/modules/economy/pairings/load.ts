import { and, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context';
import { NotFound } from '../../../platform/errors';
import { eitherInScope, getInScope, scopeOf } from '../../../platform/scope';
import { economyPairingActivities, economyPairings } from '../tables';

// Loading one pairing or activity: a pairing is seen from either village's side (the weak one,
// region_code, or the strong one, strong_code); anything else answers 404. Deleted pairings load
// only for restoring.

export type PairingRow = typeof economyPairings.$inferSelect;

export const loadPairing = async (
  ctx: Ctx,
  pairingId: string,
  options: { forUpdate?: boolean; deleted?: boolean } = {},
): Promise<PairingRow> => {
  const query = ctx.db
    .select()
    .from(economyPairings)
    .where(
      and(
        eq(economyPairings.id, pairingId),
        eitherInScope(economyPairings.regionCode, economyPairings.strongCode, scopeOf(ctx.actor)),
        options.deleted ? undefined : isNull(economyPairings.deletedAt),
      ),
    )
    .limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw new NotFound();
  return row;
};

/** An activity of a pairing the caller sees; its pairing must still exist. */
export const loadActivity = async (ctx: Ctx, activityId: string) => {
  const [row] = await ctx.db
    .select()
    .from(economyPairingActivities)
    .where(eq(economyPairingActivities.id, activityId))
    .limit(1);
  if (!row) throw new NotFound();
  const pairing = await loadPairing(ctx, row.pairingId);
  return { activity: row, pairing };
};

/** An activity in the caller's scope by its weak village (the attachments' view of it). */
export const activityInScope = (ctx: Ctx, activityId: string) =>
  getInScope(ctx.db, economyPairingActivities, activityId, scopeOf(ctx.actor));
