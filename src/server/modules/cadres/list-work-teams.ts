import { and, asc, count, eq, isNull, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { listWorkTeamsQuerySchema } from '../../../contracts/api/cadres';
import type { Ctx } from '../../platform/context';
import { inScope, scopeOf, underRegion } from '../../platform/scope';
import { workTeams } from './tables';
import { toWorkTeamViews } from './work-team-view';

type Query = z.infer<typeof listWorkTeamsQuerySchema>;

export const workTeamConditions = (ctx: Ctx, regionCode?: string): SQL[] => {
  const conditions = [inScope(workTeams.regionCode, scopeOf(ctx.actor)), isNull(workTeams.deletedAt) as SQL];
  if (regionCode) conditions.push(underRegion(workTeams.regionCode, regionCode));
  return conditions;
};

export const listWorkTeams = async (ctx: Ctx, query: Query) => {
  const conditions = workTeamConditions(ctx, query.regionCode);
  if (query.sendingLevel) conditions.push(eq(workTeams.sendingLevel, query.sendingLevel));
  const where = and(...conditions);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select()
      .from(workTeams)
      .where(where)
      .orderBy(asc(workTeams.regionCode), asc(workTeams.createdAt), asc(workTeams.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ total: count() }).from(workTeams).where(where),
  ]);
  return { items: await toWorkTeamViews(ctx, rows), total, page: query.page, pageSize: query.pageSize };
};
