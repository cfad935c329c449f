import { and, eq, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context';
import { Forbidden, NotFound } from '../../../platform/errors';
import { inScope, scopeOf } from '../../../platform/scope';
import { economyAlliances as al, economyAllianceMembers as m } from '../tables';
import { mayEditAlliance } from './policy';

// An alliance is seen by the callers above its organizer (the county or a township) and by those
// with a member village in their scope (a township sees the county's alliance its villages joined).
// Only the organizer's side changes it.

export type AllianceRow = typeof al.$inferSelect;

/** Alliances organized in the caller's scope or with a member village in it. */
export const visibleAlliances = (ctx: Ctx): SQL => {
  const scope = scopeOf(ctx.actor);
  const withMember = ctx.db.select({ id: m.allianceId }).from(m).where(inScope(m.regionCode, scope));
  return or(inScope(al.regionCode, scope), inArray(al.id, withMember)) as SQL;
};

export const loadAlliance = async (
  ctx: Ctx,
  allianceId: string,
  options: { forUpdate?: boolean; deleted?: boolean } = {},
): Promise<AllianceRow> => {
  const query = ctx.db
    .select()
    .from(al)
    .where(
      and(eq(al.id, allianceId), visibleAlliances(ctx), options.deleted ? undefined : isNull(al.deletedAt)),
    )
    .limit(1);
  const [row] = options.forUpdate ? await query.for('update', { of: al }) : await query;
  if (!row) throw new NotFound();
  return row;
};

/** An alliance the caller may change (organizer in scope, economy.pairings); 403 when it only sees it. */
export const loadAllianceForEdit = async (ctx: Ctx, allianceId: string, deleted = false) => {
  const row = await loadAlliance(ctx, allianceId, { forUpdate: true, deleted });
  if (!mayEditAlliance(ctx.actor, row)) throw new Forbidden('只有组织联盟的县、乡镇可以修改此联盟');
  return row;
};
