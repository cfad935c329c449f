import type { CreateWorkTeamBody } from '../../../contracts/api/cadres';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import { type Ctx, inTransaction } from '../../platform/context';
import { Invalid } from '../../platform/errors';
import { assertVillageInScope } from '../regions/assert-village';
import { datesProblems } from './policy';
import { workTeams } from './tables';
import { auditableTeam, toWorkTeamView } from './work-team-view';

/** A stationed work team (驻村工作队) in a village of the caller's scope. */
export const createWorkTeam = (ctx: Ctx, body: CreateWorkTeamBody) =>
  inTransaction(ctx, async (tx) => {
    const problems = datesProblems(body.startedOn, body.endedOn);
    if (problems.length) throw new Invalid(problems[0].message, problems);
    await assertVillageInScope(tx, body.regionCode);
    const [team] = await tx.db
      .insert(workTeams)
      .values({
        id: newId(),
        regionCode: body.regionCode,
        name: body.name,
        sendingUnit: body.sendingUnit,
        sendingLevel: body.sendingLevel,
        startedOn: body.startedOn ?? null,
        endedOn: body.endedOn ?? null,
      })
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'work_team.create',
      entity: 'work_team',
      entityId: team.id,
      regionCode: team.regionCode,
      diff: auditDiff(null, auditableTeam(team)),
    });
    return toWorkTeamView(tx, team);
  });
