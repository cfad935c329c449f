import { eq } from 'drizzle-orm';
import type { UpdateWorkTeamBody } from '../../../contracts/api/cadres';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { type Ctx, inTransaction } from '../../platform/context';
import { Invalid } from '../../platform/errors';
import { loadWorkTeamInScope } from './get-work-team';
import { datesProblems } from './policy';
import { workTeams } from './tables';
import { auditableTeam, toWorkTeamView } from './work-team-view';

/** Renames a 驻村工作队 or changes its sending unit, level or dates (the village stays). */
export const updateWorkTeam = (ctx: Ctx, teamId: string, body: UpdateWorkTeamBody) =>
  inTransaction(ctx, async (tx) => {
    const before = await loadWorkTeamInScope(tx, teamId, true);
    const next = {
      name: body.name ?? before.name,
      sendingUnit: body.sendingUnit ?? before.sendingUnit,
      sendingLevel: body.sendingLevel ?? before.sendingLevel,
      startedOn: body.startedOn === undefined ? before.startedOn : body.startedOn,
      endedOn: body.endedOn === undefined ? before.endedOn : body.endedOn,
    };
    const problems = datesProblems(next.startedOn, next.endedOn);
    if (problems.length) throw new Invalid(problems[0].message, problems);
    const [after] = await tx.db
      .update(workTeams)
      .set({ ...next, updatedAt: new Date() })
      .where(eq(workTeams.id, teamId))
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'work_team.update',
      entity: 'work_team',
      entityId: teamId,
      regionCode: after.regionCode,
      diff: auditDiff(auditableTeam(before), auditableTeam(after)) ?? { note: 'no change' },
    });
    return toWorkTeamView(tx, after);
  });
