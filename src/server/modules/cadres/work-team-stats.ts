import { and, count, countDistinct, eq, gte, isNull, or, sql } from 'drizzle-orm';
import { sendingLevel } from '../../../contracts/registry/enums';
import type { Ctx } from '../../platform/context';
import { workTeamConditions } from './list-work-teams';
import { workTeamMembers, workTeams } from './tables';

/**
 * Teams and members serving today by the members' sending level (T: 400 members in 167 teams).
 * A team counts under a level when at least one of its members was sent from that level.
 */
export const workTeamStats = async (ctx: Ctx, regionCode?: string) => {
  const serving = and(
    ...workTeamConditions(ctx, regionCode),
    or(isNull(workTeams.endedOn), gte(workTeams.endedOn, sql`current_date`)),
  );
  const memberJoin = and(eq(workTeamMembers.teamId, workTeams.id), isNull(workTeamMembers.deletedAt));
  const [[totals], byLevel] = await Promise.all([
    ctx.db
      .select({
        teams: countDistinct(workTeams.id),
        members: count(workTeamMembers.id),
        firstSecretaries:
          sql<number>`count(*) filter (where ${workTeamMembers.role} in ('first_secretary', 'secretary_leader'))`.mapWith(
            Number,
          ),
      })
      .from(workTeams)
      .leftJoin(workTeamMembers, memberJoin)
      .where(serving),
    ctx.db
      .select({
        sendingLevel: workTeamMembers.sendingLevel,
        teams: countDistinct(workTeams.id),
        members: count(workTeamMembers.id),
      })
      .from(workTeams)
      .innerJoin(workTeamMembers, memberJoin)
      .where(serving)
      .groupBy(workTeamMembers.sendingLevel),
  ]);
  return {
    teams: totals.teams,
    members: totals.members,
    firstSecretaries: totals.firstSecretaries,
    bySendingLevel: sendingLevel.values.map((level) => {
      const row = byLevel.find((r) => r.sendingLevel === level);
      return { sendingLevel: level, teams: row?.teams ?? 0, members: row?.members ?? 0 };
    }),
  };
};
