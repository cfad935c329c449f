import type { AddTeamMemberBody } from '../../../contracts/api/cadres';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import { type Ctx, inTransaction } from '../../platform/context';
import { loadWorkTeamInScope } from './get-work-team';
import { workTeamMembers } from './tables';
import { auditableMember, toWorkTeamView } from './work-team-view';

/** Adds a member; the sending unit and level default to the team's. The phone is stored encrypted. */
export const addTeamMember = (ctx: Ctx, teamId: string, body: AddTeamMemberBody) =>
  inTransaction(ctx, async (tx) => {
    const team = await loadWorkTeamInScope(tx, teamId, true);
    const [member] = await tx.db
      .insert(workTeamMembers)
      .values({
        id: newId(),
        regionCode: team.regionCode,
        teamId,
        name: body.name,
        phoneEnc: body.phone ? tx.pii.encrypt(body.phone) : null,
        phoneIdx: body.phone ? tx.pii.blindIndex('phone', body.phone) : null,
        role: body.role,
        sendingUnit: body.sendingUnit ?? team.sendingUnit,
        sendingLevel: body.sendingLevel ?? team.sendingLevel,
        startedOn: body.startedOn ?? null,
      })
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'work_team.add_member',
      entity: 'work_team_member',
      entityId: member.id,
      regionCode: team.regionCode,
      diff: auditDiff(null, auditableMember(tx, member)),
    });
    return toWorkTeamView(tx, team);
  });
