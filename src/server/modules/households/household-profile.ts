import { and, asc, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { NotFound } from '../../platform/errors';
import { inScope, scopeOf } from '../../platform/scope';
import { gridSummaries } from '../grids/lookups';
import { historyOf } from './history';
import { selectHouseholdViews, toHouseholdView, toView } from './household-view';
import { loadHousehold } from './load';
import { toPersonView } from './person-view';
import { households, persons } from './tables';

export const getHousehold = async (ctx: Ctx, householdId: string) =>
  toHouseholdView(ctx.db, await loadHousehold(ctx, householdId, { deleted: true }));

/**
 * 一户一档: the household, its living members, its moves and its members' moves, its small grid
 * (十联户) and the middle grid above it; the contacting party member, points, visits and events
 * are slots later modules fill.
 */
export const householdProfile = async (ctx: Ctx, householdId: string) => {
  // One query loads the household in scope together with its view columns.
  const [view] = await selectHouseholdViews(ctx.db).where(
    and(eq(households.id, householdId), inScope(households.regionCode, scopeOf(ctx.actor))),
  );
  if (!view) throw new NotFound('农户不存在或不在您的管辖范围内');
  const row = view.row;
  const members = await ctx.db
    .select()
    .from(persons)
    .where(eq(persons.householdId, householdId))
    .orderBy(asc(persons.createdAt), asc(persons.id));
  const living = members.filter((m) => row.deletedAt !== null || m.deletedAt === null);
  const [history, small] = await Promise.all([
    historyOf(ctx.db, [householdId, ...living.map((m) => m.id)]),
    row.gridId ? gridSummaries(ctx, [row.gridId]).then((g) => g.get(row.gridId!)) : undefined,
  ]);
  const parent = small?.parentId
    ? (await gridSummaries(ctx, [small.parentId])).get(small.parentId)
    : undefined;
  return {
    household: toView(view),
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
