import { and, asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Ctx } from '../../platform/context';
import { NotFound } from '../../platform/errors';
import { inScope, scopeOf } from '../../platform/scope';
import { grids } from '../grids/tables';
import { historyOf } from './history';
import { selectHouseholdViews, toHouseholdView, toView } from './household-view';
import { loadHousehold } from './load';
import { toPersonView } from './person-view';
import { households, persons } from './tables';

export const getHousehold = async (ctx: Ctx, householdId: string) =>
  toHouseholdView(ctx, await loadHousehold(ctx, householdId, { deleted: true }));

const parentGrid = alias(grids, 'parent_grid');

/** The household's small grid (十联户) and the middle grid above it, in one query. */
const gridsOf = async (ctx: Ctx, gridId: string | null) => {
  if (!gridId) return undefined;
  const [row] = await ctx.db
    .select({ id: grids.id, name: grids.name, parentId: parentGrid.id, parentName: parentGrid.name })
    .from(grids)
    .leftJoin(parentGrid, eq(parentGrid.id, grids.parentId))
    .where(and(eq(grids.id, gridId), inScope(grids.regionCode, scopeOf(ctx.actor))));
  return row;
};

/**
 * The households module's part of 一户一档: the household, its living members, its moves and its
 * members' moves, its small grid (十联户) and the middle grid above it (the whole view is
 * household-file/). One query finds the household in scope; the other three run together.
 */
export const householdProfile = async (ctx: Ctx, householdId: string) => {
  const [view] = await selectHouseholdViews(ctx.db).where(
    and(eq(households.id, householdId), inScope(households.regionCode, scopeOf(ctx.actor))),
  );
  if (!view) throw new NotFound('农户不存在或不在您的管辖范围内');
  const row = view.row;
  const deleted = row.deletedAt !== null;
  const [members, history, grid] = await Promise.all([
    ctx.db
      .select()
      .from(persons)
      .where(eq(persons.householdId, householdId))
      .orderBy(asc(persons.createdAt), asc(persons.id)),
    historyOf(ctx, householdId, deleted),
    gridsOf(ctx, row.gridId),
  ]);
  const living = members.filter((m) => deleted || m.deletedAt === null);
  return {
    household: toView(ctx.pii, view),
    members: living.map((m) => toPersonView(ctx.pii, m)),
    grid: grid?.parentId ? { id: grid.parentId, name: grid.parentName } : null,
    smallGridUnit: row.gridId ? { id: row.gridId, name: grid?.name ?? null } : null,
    helper: row.helperName || row.helperUserId ? { name: row.helperName, userId: row.helperUserId } : null,
    history,
  };
};
