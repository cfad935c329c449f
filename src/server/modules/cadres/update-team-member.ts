import { and, eq, isNull } from 'drizzle-orm';
import type { UpdateTeamMemberBody } from '../../../contracts/api/cadres';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { type Ctx, inTransaction } from '../../platform/context';
import { NotFound } from '../../platform/errors';
import { loadWorkTeamInScope } from './get-work-team';
import { workTeamMembers } from './tables';
import { auditableMember, toWorkTeamView } from './work-team-view';

/** Phone columns of a new phone (encrypted, blind-indexed); null clears, undefined keeps. */
const phoneChange = (ctx: Ctx, phone: string | null | undefined) =>
  phone === undefined
    ? {}
    : {
        phoneEnc: phone ? ctx.pii.encrypt(phone) : null,
        phoneIdx: phone ? ctx.pii.blindIndex('phone', phone) : null,
      };

/** Changes a living member's name, role (队长 / 第一书记 / 队员), phone, sending unit or level, start date. */
export const updateTeamMember = (ctx: Ctx, teamId: string, memberId: string, body: UpdateTeamMemberBody) =>
  inTransaction(ctx, async (tx) => {
    const team = await loadWorkTeamInScope(tx, teamId, true);
    const same = and(
      eq(workTeamMembers.id, memberId),
      eq(workTeamMembers.teamId, teamId),
      isNull(workTeamMembers.deletedAt),
    );
    const [before] = await tx.db.select().from(workTeamMembers).where(same).limit(1);
    if (!before) throw new NotFound('该队员不存在');
    const [after] = await tx.db
      .update(workTeamMembers)
      .set({
        name: body.name ?? before.name,
        role: body.role ?? before.role,
        sendingUnit: body.sendingUnit ?? before.sendingUnit,
        sendingLevel: body.sendingLevel ?? before.sendingLevel,
        startedOn: body.startedOn === undefined ? before.startedOn : body.startedOn,
        ...phoneChange(tx, body.phone),
        updatedAt: new Date(),
      })
      .where(same)
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'work_team.update_member',
      entity: 'work_team_member',
      entityId: memberId,
      regionCode: team.regionCode,
      diff: auditDiff(auditableMember(tx, before), auditableMember(tx, after)) ?? { note: 'no change' },
    });
    return toWorkTeamView(tx, team);
  });
