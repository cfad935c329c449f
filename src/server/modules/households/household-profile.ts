import { asc, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { gridSummaries } from '../grids/lookups';
import { historyOf } from './history';
import { toHouseholdView } from './household-view';
import { loadHousehold } from './load';
import { toPersonView } from './person-view';
import { persons } from './tables';

export const getHousehold = async (ctx: Ctx, householdId: string) =>
  toHouseholdView(ctx.db, await loadHousehold(ctx, householdId, { deleted: true }));

/**
 * 一户一档: the household, its living members, its moves and its members' moves, its small grid
 * (十联户) and the middle grid above it; the contacting party member, points, visits and events
 * are slots later modules fill.
 */
export const householdProfile = async (ctx: Ctx, householdId: string) => {
  const row = await loadHousehold(ctx, householdId, { deleted: true });
  const members = await ctx.db
    .select()
    .from(persons)
    .where(eq(persons.householdId, householdId))
    .orderBy(asc(persons.createdAt), asc(persons.id));
  const living = members.filter((m) => row.deletedAt !== null || m.deletedAt === null);
  const [household, history] = await Promise.all([
    toHouseholdView(ctx.db, row),
    historyOf(ctx.db, [householdId, ...living.map((m) => m.id)]),
  ]);
  const small = row.gridId ? (await gridSummaries(ctx, [row.gridId])).get(row.gridId) : undefined;
  const parent = small?.parentId
    ? (await gridSummaries(ctx, [small.parentId])).get(small.parentId)
    : undefined;
  return {
    household,
    members: living.map((m) => toPersonView(ctx.pii, m)),
    grid: parent ? { id: parent.id, name: parent.name } : null,
    smallGridUnit: row.gridId ? { id: row.gridId, name: small?.name ?? null } : null,
    contactMember: null,
    helper: row.helperName || row.helperUserId ? { name: row.helperName, userId: row.helperUserId } : null,
    history,
    points: null,
    visits: null,
    events: null,
  };
};
