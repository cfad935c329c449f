import { and, eq, gte, inArray, isNull, or } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { workTeamConditions } from './list-work-teams';
import { workTeamMembers, workTeams } from './tables';

// A look-up for other modules (visits: 十步法): the stationed cadres now serving in the work
// teams of the villages under a region, in the caller's scope. Names and roles only; no phones.

export interface StationedMember {
  id: string;
  /** The team's village. */
  regionCode: string;
  name: string;
  role: string;
  userId: string | null;
}

const serving = (endedOn: typeof workTeams.endedOn | typeof workTeamMembers.endedOn, today: string) =>
  or(isNull(endedOn), gte(endedOn, today));

export const stationedMembersUnder = async (
  ctx: Ctx,
  regionCode: string | undefined,
  today: string,
): Promise<StationedMember[]> => {
  const teams = await ctx.db
    .select({ id: workTeams.id, regionCode: workTeams.regionCode })
    .from(workTeams)
    .where(and(...workTeamConditions(ctx, regionCode), serving(workTeams.endedOn, today)));
  if (!teams.length) return [];
  const teamVillage = new Map(teams.map((t) => [t.id, t.regionCode]));
  const members = await ctx.db
    .select()
    .from(workTeamMembers)
    .where(
      and(
        inArray(workTeamMembers.teamId, [...teamVillage.keys()]),
        isNull(workTeamMembers.deletedAt),
        serving(workTeamMembers.endedOn, today),
      ),
    );
  return members.map((m) => ({
    id: m.id,
    regionCode: teamVillage.get(m.teamId) ?? m.regionCode,
    name: m.name,
    role: m.role,
    userId: m.userId,
  }));
};

/** The names under which an account serves in work teams (a stationed cadre's own records). */
export const stationedNamesOfUser = async (ctx: Ctx, userId: string): Promise<string[]> => {
  const rows = await ctx.db
    .select({ name: workTeamMembers.name })
    .from(workTeamMembers)
    .where(and(eq(workTeamMembers.userId, userId), isNull(workTeamMembers.deletedAt)));
  return rows.map((r) => r.name);
};
