import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import {
  type AddTeamMemberBody,
  addTeamMemberBodySchema,
  type CreateWorkTeamBody,
  createWorkTeamBodySchema,
} from '../../../contracts/api/cadres';
import type { Ctx } from '../../platform/context';
import type { ImportErrors } from '../../platform/excel/import-errors';
import type { SheetRow } from '../../platform/excel/read';
import { addZodIssues, rowImporter } from '../../platform/excel/row-import';
import { inScope, scopeOf } from '../../platform/scope';
import { villagesInScope } from '../households/import-villages';
import { addTeamMember } from './add-team-member';
import { dateCell } from './cadre-sheet';
import { createWorkTeam } from './create-work-team';
import { datesProblems } from './policy';
import { workTeamMembers, workTeams } from './tables';
import { sendingLevels, teamRoles, teamSheetSpec } from './team-sheet';

// 驻村工作队 rows → a team (found by village and name, or created from its first row) and a
// member added through addTeamMember. Each row passes the bodies' schemas and the date rule first.

const TEAM_COLUMNS = {
  regionCode: 'village',
  name: 'team',
  sendingUnit: 'sendingUnit',
  sendingLevel: 'sendingLevel',
  startedOn: 'startedOn',
  endedOn: 'endedOn',
};
const MEMBER_COLUMNS = {
  name: 'name',
  phone: 'phone',
  role: 'role',
  sendingUnit: 'sendingUnit',
  sendingLevel: 'sendingLevel',
  startedOn: 'startedOn',
};

const REQUIRED: Record<string, string> = {
  village: '请选择驻村',
  team: '请填写工作队名称',
  sendingUnit: '请填写派出单位',
  sendingLevel: '请选择派出层级',
  name: '请填写队员姓名',
  role: '请选择队内职务',
};

interface TeamBody {
  team: CreateWorkTeamBody;
  member: AddTeamMemberBody;
}
interface KnownTeam {
  id: string;
  endedOn: string | null;
  members: Set<string>;
}
interface Lookups {
  resolveVillage: (text: string) => string | undefined;
  /** village|team → the team's first row in the file and its 结束日期. */
  firstRows: Map<string, { row: number; endedOn: string | null }>;
  /** village|team|member → row. */
  memberRows: Map<string, number>;
  registered: Map<string, Promise<KnownTeam | null>>;
}

/** A living team of the caller's scope with this name in the village, with its members' names. */
const registeredTeam = async (ctx: Ctx, regionCode: string, name: string): Promise<KnownTeam | null> => {
  const [team] = await ctx.db
    .select({ id: workTeams.id, endedOn: workTeams.endedOn })
    .from(workTeams)
    .where(
      and(
        eq(workTeams.regionCode, regionCode),
        eq(workTeams.name, name),
        inScope(workTeams.regionCode, scopeOf(ctx.actor)),
        isNull(workTeams.deletedAt),
      ),
    )
    .limit(1);
  if (!team) return null;
  const members = await ctx.db
    .select({ name: workTeamMembers.name })
    .from(workTeamMembers)
    .where(and(eq(workTeamMembers.teamId, team.id), isNull(workTeamMembers.deletedAt)));
  return { ...team, members: new Set(members.map((m) => m.name)) };
};

/** The cells read and checked one by one; undefined when any is wrong. */
const cellsOf = (r: SheetRow, l: Lookups, errors: ImportErrors): TeamBody | undefined => {
  const c = r.cells;
  const before = errors.count;
  for (const [key, message] of Object.entries(REQUIRED)) if (!c[key]) errors.add(r.row, key, message);
  const regionCode = c.village ? l.resolveVillage(c.village) : undefined;
  if (c.village && !regionCode) errors.add(r.row, 'village', '村不存在或不在您的管辖范围内');
  const level = c.sendingLevel ? sendingLevels.parse(c.sendingLevel) : undefined;
  if (c.sendingLevel && !level)
    errors.add(r.row, 'sendingLevel', sendingLevels.refusal('派出层级', c.sendingLevel));
  const role = c.role ? teamRoles.parse(c.role) : undefined;
  if (c.role && !role) errors.add(r.row, 'role', teamRoles.refusal('队内职务', c.role));
  const startedOn = dateCell(r, 'startedOn', errors);
  const endedOn = dateCell(r, 'endedOn', errors);
  for (const p of datesProblems(startedOn, endedOn)) errors.add(r.row, 'endedOn', p.message);
  const team = createWorkTeamBodySchema.safeParse({
    regionCode,
    name: c.team,
    sendingUnit: c.sendingUnit,
    sendingLevel: level,
    startedOn,
    endedOn,
  });
  const member = addTeamMemberBodySchema.safeParse({
    name: c.name,
    phone: c.phone ?? null,
    role,
    sendingUnit: c.sendingUnit,
    sendingLevel: level,
    startedOn,
  });
  // Cells already reported above (empty, not in the list, a bad date) are not reported twice.
  const reported = new Set((errors.byRow.get(r.row) ?? []).map((e) => e.key));
  const issues = (columns: Record<string, string>, list: { issues: z.core.$ZodIssue[] } | undefined) =>
    (list?.issues ?? []).filter((i) => !reported.has(columns[String(i.path[0])]));
  addZodIssues(errors, r.row, issues(TEAM_COLUMNS, team.error), TEAM_COLUMNS, 'team');
  addZodIssues(errors, r.row, issues(MEMBER_COLUMNS, member.error), MEMBER_COLUMNS, 'name');
  if (errors.count > before || !team.success || !member.success) return undefined;
  return { team: team.data, member: member.data };
};

const toBody = async (ctx: Ctx, r: SheetRow, l: Lookups, errors: ImportErrors) => {
  const body = cellsOf(r, l, errors);
  if (!body) return undefined;
  const before = errors.count;
  const teamKey = `${body.team.regionCode}|${body.team.name}`;
  const memberKey = `${teamKey}|${body.member.name}`;
  const sameMember = l.memberRows.get(memberKey);
  if (sameMember) errors.add(r.row, 'name', `与第${sameMember}行是同一工作队的同一队员`);
  else l.memberRows.set(memberKey, r.row);
  if (!l.registered.has(teamKey))
    l.registered.set(teamKey, registeredTeam(ctx, body.team.regionCode, body.team.name));
  const registered = await l.registered.get(teamKey);
  const endedOn = body.team.endedOn ?? null;
  if (registered) {
    if (registered.members.has(body.member.name))
      errors.add(r.row, 'name', '该队员已在此工作队中，不能重复导入');
    if (endedOn && endedOn !== registered.endedOn)
      errors.add(
        r.row,
        'endedOn',
        `该工作队已登记，结束日期为${registered.endedOn ?? '空'}；如需修改请在“驻村工作队”页面编辑`,
      );
  } else {
    const first = l.firstRows.get(teamKey);
    if (!first) l.firstRows.set(teamKey, { row: r.row, endedOn });
    else if (endedOn && endedOn !== first.endedOn)
      errors.add(
        r.row,
        'endedOn',
        `同一工作队的结束日期应一致（第${first.row}行为${first.endedOn ?? '空'}）`,
      );
  }
  return errors.count > before ? undefined : body;
};

/** The team named so in the village (seen inside the import's transaction), created when missing. */
const teamIdFor = async (tx: Ctx, team: CreateWorkTeamBody) =>
  (await registeredTeam(tx, team.regionCode, team.name))?.id ?? (await createWorkTeam(tx, team)).id;

/** The 驻村工作队 importer: teams found or created, members added, all in one transaction or none. */
export const teamImporter = async (ctx: Ctx, fileName: string) => {
  const villages = await villagesInScope(ctx);
  return rowImporter<TeamBody, Lookups>(
    {
      registry: 'workTeamMembers',
      spec: teamSheetSpec(villages.labels),
      action: 'work_team.import',
      entity: 'work_team',
      lookups: async () => ({
        resolveVillage: villages.resolve,
        firstRows: new Map(),
        memberRows: new Map(),
        registered: new Map(),
      }),
      toBody,
      create: async (tx, body) => addTeamMember(tx, await teamIdFor(tx, body.team), body.member),
      fieldColumns: { ...TEAM_COLUMNS, ...MEMBER_COLUMNS },
      defaultColumn: 'team',
    },
    fileName,
  );
};
