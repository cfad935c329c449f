import { inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { WorkTeam, workTeamExportQuerySchema } from '../../../contracts/api/cadres';
import { sendingLevel, teamRole } from '../../../contracts/registry/enums';
import type { Ctx } from '../../platform/context';
import { labelOf } from '../../platform/excel/cells';
import { auditedExport, pages } from '../../platform/excel/export';
import type { SheetColumn } from '../../platform/excel/stream';
import { villagesInScope } from '../households/import-villages';
import { listWorkTeams } from './list-work-teams';
import { assertMayExportInFull } from './policy';
import { workTeamMembers } from './tables';
import { TEAM_SHEET } from './team-sheet';

// 导出驻村工作队: one row per living member (a team without members is one row of its own), in
// the template's columns. Phones are masked unless the role may reveal them and states a purpose.

type Query = z.infer<typeof workTeamExportQuerySchema>;
type Member = WorkTeam['members'][number];
type Row = { team: WorkTeam; village: string; member: Member | null; phone: string | null };

const COLUMNS: SheetColumn<Row>[] = [
  { header: '驻村', key: 'village', width: 22, value: (r) => r.village },
  { header: '工作队名称', key: 'team', width: 24, value: (r) => r.team.name },
  {
    header: '派出单位',
    key: 'sendingUnit',
    width: 22,
    value: (r) => r.member?.sendingUnit ?? r.team.sendingUnit,
  },
  {
    header: '派出层级',
    key: 'sendingLevel',
    value: (r) => labelOf(sendingLevel, r.member?.sendingLevel ?? r.team.sendingLevel),
  },
  { header: '队员姓名', key: 'name', value: (r) => r.member?.name ?? null },
  { header: '联系电话', key: 'phone', width: 14, value: (r) => r.phone },
  { header: '队内职务', key: 'role', value: (r) => labelOf(teamRole, r.member?.role) },
  { header: '开始日期', key: 'startedOn', value: (r) => r.member?.startedOn ?? r.team.startedOn },
  { header: '结束日期', key: 'endedOn', value: (r) => r.team.endedOn },
];

/** Full phones of a page's members (one query), for an export that may reveal them. */
const fullPhones = async (ctx: Ctx, teams: WorkTeam[]) => {
  const ids = teams.flatMap((t) => t.members.map((m) => m.id));
  if (ids.length === 0) return new Map<string, string>();
  const rows = await ctx.db
    .select({ id: workTeamMembers.id, phoneEnc: workTeamMembers.phoneEnc })
    .from(workTeamMembers)
    .where(inArray(workTeamMembers.id, ids));
  return new Map(rows.flatMap((r) => (r.phoneEnc ? [[r.id, ctx.pii.decrypt(r.phoneEnc)] as const] : [])));
};

export const exportWorkTeams = async (ctx: Ctx, query: Query) => {
  const { reveal: revealText, purpose, ...filters } = query;
  const reveal = revealText === 'true';
  assertMayExportInFull(ctx.actor, reveal, purpose);
  const villages = await villagesInScope(ctx);
  async function* batches() {
    for await (const teams of pages((page, pageSize) => listWorkTeams(ctx, { ...filters, page, pageSize }))) {
      const phones = reveal ? await fullPhones(ctx, teams) : new Map<string, string>();
      yield teams.flatMap((team): Row[] => {
        const village = villages.label(team.regionCode);
        if (team.members.length === 0) return [{ team, village, member: null, phone: null }];
        return team.members.map((member) => ({
          team,
          village,
          member,
          phone: reveal ? (phones.get(member.id) ?? null) : member.phoneMasked,
        }));
      });
    }
  }
  return auditedExport(ctx, {
    action: reveal ? 'work_team.export_unmasked' : 'work_team.export',
    entity: 'work_team',
    filters: { ...filters, reveal, purpose: purpose ?? null },
    sheet: TEAM_SHEET,
    columns: COLUMNS,
    batches: batches(),
  });
};
