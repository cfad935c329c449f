import { and, type Column, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { CadrePost } from '../../../contracts/api/cadres';
import type { Ctx } from '../../platform/context';
import { personSummaries } from '../households/lookups';
import { postLabel } from './cadre-sheet';
import { cadreConditions } from './list-cadres';
import { workTeamConditions } from './list-work-teams';
import { isPartySecretary } from './policy';
import { cadres, workTeamMembers, workTeams } from './tables';

// Who is assessed in a year (assessments, cadre assessment): the two-committee cadres and the
// first secretaries who served at some time in that year in the villages under a region, in
// the caller's scope. Reserve cadres without a post are not assessed.

const servedIn = (started: Column, ended: Column, year: number) =>
  and(or(isNull(started), lte(started, `${year}-12-31`)), or(isNull(ended), gte(ended, `${year}-01-01`)));

export interface RosterCadre {
  id: string;
  regionCode: string;
  name: string;
  post: string;
  isSecretary: boolean;
}

export const cadresServingInYear = async (
  ctx: Ctx,
  regionCode: string,
  year: number,
): Promise<RosterCadre[]> => {
  const rows = await ctx.db
    .select()
    .from(cadres)
    .where(
      and(
        ...cadreConditions(ctx, regionCode),
        servedIn(cadres.startedOn, cadres.endedOn, year),
        sql`jsonb_array_length(${cadres.posts}) > 0`,
      ),
    );
  const people = await personSummaries(
    ctx,
    rows.map((r) => r.personId),
  );
  return rows.map((r) => {
    const posts = r.posts as CadrePost[];
    return {
      id: r.id,
      regionCode: r.regionCode,
      name: people.get(r.personId)?.name ?? '（人员已删除）',
      post: posts.map(postLabel).join('、'),
      isSecretary: isPartySecretary(posts),
    };
  });
};

export interface RosterFirstSecretary {
  id: string;
  regionCode: string;
  name: string;
  post: string;
}

const FIRST_SECRETARY_ROLES = ['first_secretary', 'secretary_leader'];

export const firstSecretariesServingInYear = async (
  ctx: Ctx,
  regionCode: string,
  year: number,
): Promise<RosterFirstSecretary[]> => {
  const teams = await ctx.db
    .select({ id: workTeams.id, regionCode: workTeams.regionCode, sendingUnit: workTeams.sendingUnit })
    .from(workTeams)
    .where(
      and(...workTeamConditions(ctx, regionCode), servedIn(workTeams.startedOn, workTeams.endedOn, year)),
    );
  if (!teams.length) return [];
  const members = await ctx.db
    .select()
    .from(workTeamMembers)
    .where(
      and(
        inArray(
          workTeamMembers.teamId,
          teams.map((t) => t.id),
        ),
        isNull(workTeamMembers.deletedAt),
        inArray(workTeamMembers.role, FIRST_SECRETARY_ROLES),
        servedIn(workTeamMembers.startedOn, workTeamMembers.endedOn, year),
      ),
    );
  const teamOf = new Map(teams.map((t) => [t.id, t]));
  return members.map((m) => ({
    id: m.id,
    regionCode: teamOf.get(m.teamId)?.regionCode ?? m.regionCode,
    name: m.name,
    post: `第一书记（${m.sendingUnit}）`,
  }));
};
