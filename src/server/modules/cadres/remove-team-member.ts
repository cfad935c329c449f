import { and, eq, isNull } from 'drizzle-orm';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { type Ctx, inTransaction } from '../../platform/context';
import { NotFound } from '../../platform/errors';
import { loadWorkTeamInScope } from './get-work-team';
import { workTeamMembers } from './tables';
import { auditableMember, toWorkTeamView } from './work-team-view';

/** A member leaves the team (soft delete: the history stays). */
export const removeTeamMember = (ctx: Ctx, teamId: string, memberId: string) =>
  inTransaction(ctx, async (tx) => {
    const team = await loadWorkTeamInScope(tx, teamId, true);
    const [member] = await tx.db
      .update(workTeamMembers)
      .set({ deletedAt: new Date(), endedOn: new Date().toISOString().slice(0, 10) })
      .where(
        and(
          eq(workTeamMembers.id, memberId),
          eq(workTeamMembers.teamId, teamId),
          isNull(workTeamMembers.deletedAt),
        ),
      )
      .returning();
    if (!member) throw new NotFound('该队员不存在');
    await writeAudit(tx.db, tx, {
      action: 'work_team.remove_member',
      entity: 'work_team_member',
      entityId: memberId,
      regionCode: team.regionCode,
      diff: auditDiff(auditableMember(tx, member), null),
    });
    return toWorkTeamView(tx, team);
  });
