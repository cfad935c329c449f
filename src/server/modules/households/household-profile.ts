import { and, asc, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { NotFound } from '../../platform/errors';
import type { HouseholdFileSlot } from '../../platform/modules/manifest';
import { inScope, scopeOf } from '../../platform/scope';
import { historyOf } from './history';
import { selectHouseholdViews, toHouseholdView, toView } from './household-view';
import { loadHousehold } from './load';
import { toPersonView } from './person-view';
import { households, persons } from './tables';

export const getHousehold = async (ctx: Ctx, householdId: string) =>
  toHouseholdView(ctx, await loadHousehold(ctx, householdId, { deleted: true }));

/**
 * The households module's part of 一户一档: the household, its living members, its moves and its
 * members' moves (the whole view is household-file/; the grids module adds the household's grids).
 * One query finds the household in scope, NotFound otherwise; the other two run together.
 */
export const openHouseholdFile: NonNullable<HouseholdFileSlot['open']> = async (ctx, householdId) => {
  const [view] = await selectHouseholdViews(ctx.db).where(
    and(eq(households.id, householdId), inScope(households.regionCode, scopeOf(ctx.actor))),
  );
  if (!view) throw new NotFound('农户不存在或不在您的管辖范围内');
  const row = view.row;
  const deleted = row.deletedAt !== null;
  const [members, history] = await Promise.all([
    ctx.db
      .select()
      .from(persons)
      .where(eq(persons.householdId, householdId))
      .orderBy(asc(persons.createdAt), asc(persons.id)),
    historyOf(ctx, householdId, deleted),
  ]);
  const living = members.filter((m) => deleted || m.deletedAt === null);
  return {
    household: {
      id: row.id,
      regionCode: row.regionCode,
      memberIds: living.map((m) => m.id),
      gridId: row.gridId,
    },
    part: {
      household: toView(ctx.pii, view),
      members: living.map((m) => toPersonView(ctx.pii, m)),
      helper: row.helperName || row.helperUserId ? { name: row.helperName, userId: row.helperUserId } : null,
      history,
    },
  };
};
