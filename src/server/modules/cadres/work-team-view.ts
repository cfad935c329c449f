import { and, asc, inArray, isNull } from 'drizzle-orm';
import { maskPhone } from '../../../contracts/pii';
import type { Coded, sendingLevel, teamRole } from '../../../contracts/registry/enums';
import type { Ctx } from '../../platform/context';
import { regionNames } from '../regions/region-view';
import { workTeamMembers, type workTeams } from './tables';

type TeamRow = typeof workTeams.$inferSelect;
type MemberRow = typeof workTeamMembers.$inferSelect;
type Level = Coded<typeof sendingLevel>;

/** A member as shown: phone masked, never the cipher or the blind index. */
export const toMemberView = (ctx: Ctx, m: MemberRow) => ({
  id: m.id,
  name: m.name,
  phoneMasked: m.phoneEnc ? maskPhone(ctx.pii.decrypt(m.phoneEnc)) : null,
  role: m.role as Coded<typeof teamRole>,
  sendingUnit: m.sendingUnit,
  sendingLevel: m.sendingLevel as Level,
  startedOn: m.startedOn,
});

/** Teams with their living members, in two queries for any number of teams. */
export const toWorkTeamViews = async (ctx: Ctx, teams: TeamRow[]) => {
  const ids = teams.map((t) => t.id);
  // One after the other: inside a transaction the queries share one connection.
  const members = ids.length
    ? await ctx.db
        .select()
        .from(workTeamMembers)
        .where(and(inArray(workTeamMembers.teamId, ids), isNull(workTeamMembers.deletedAt)))
        .orderBy(asc(workTeamMembers.createdAt), asc(workTeamMembers.id))
    : [];
  const names = await regionNames(
    ctx.db,
    teams.map((t) => t.regionCode),
  );
  return teams.map((t) => ({
    id: t.id,
    regionCode: t.regionCode,
    regionName: names.get(t.regionCode) ?? t.regionCode,
    name: t.name,
    sendingUnit: t.sendingUnit,
    sendingLevel: t.sendingLevel as Level,
    startedOn: t.startedOn,
    endedOn: t.endedOn,
    members: members.filter((m) => m.teamId === t.id).map((m) => toMemberView(ctx, m)),
  }));
};

export const toWorkTeamView = async (ctx: Ctx, team: TeamRow) => (await toWorkTeamViews(ctx, [team]))[0];

export const auditableTeam = (t: TeamRow) => ({
  regionCode: t.regionCode,
  name: t.name,
  sendingUnit: t.sendingUnit,
  sendingLevel: t.sendingLevel,
  startedOn: t.startedOn,
  endedOn: t.endedOn,
});

export const auditableMember = (ctx: Ctx, m: MemberRow) => ({
  teamId: m.teamId,
  name: m.name,
  phone: m.phoneEnc ? ctx.pii.decrypt(m.phoneEnc) : null,
  role: m.role,
  sendingUnit: m.sendingUnit,
  sendingLevel: m.sendingLevel,
  startedOn: m.startedOn,
});
