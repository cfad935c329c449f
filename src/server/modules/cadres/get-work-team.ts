import type { Ctx } from '../../platform/context';
import { NotFound } from '../../platform/errors';
import { getInScope, scopeOf } from '../../platform/scope';
import { workTeams } from './tables';
import { toWorkTeamView } from './work-team-view';

export const loadWorkTeamInScope = async (ctx: Ctx, teamId: string, forUpdate = false) => {
  const team = await getInScope(ctx.db, workTeams, teamId, scopeOf(ctx.actor), { forUpdate });
  if (team.deletedAt) throw new NotFound();
  return team;
};

export const getWorkTeam = async (ctx: Ctx, teamId: string) =>
  toWorkTeamView(ctx, await loadWorkTeamInScope(ctx, teamId));
