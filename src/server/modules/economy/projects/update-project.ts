import { eq } from 'drizzle-orm';
import type { UpdateProjectBody } from '../../../../contracts/api/economy-projects';
import { auditDiff } from '../../../platform/audit/diff';
import { writeAudit } from '../../../platform/audit/write';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Forbidden } from '../../../platform/errors';
import { economyProjects } from '../tables';
import { auditableProject } from './create-project';
import { resolveLeader } from './leader';
import { assertOpen, loadProject } from './load';
import { leaderLevelOf, mayManage } from './policy';

// 修改项目: while draft, committed or evaluated (a closed project answers 409). Changing the
// leader checks it again as on creation.

const leaderChanged = (b: UpdateProjectBody) =>
  b.leaderCadreId !== undefined || b.leaderName !== undefined || b.leaderPost !== undefined;

export const updateProject = (ctx: Ctx, projectId: string, b: UpdateProjectBody) =>
  inTransaction(ctx, async (tx) => {
    const before = await loadProject(tx, projectId, true);
    assertOpen(before);
    if (!mayManage(tx.actor)) throw new Forbidden();
    const leader = leaderChanged(b)
      ? await resolveLeader(
          tx,
          { regionCode: before.regionCode, kind: before.kind, level: leaderLevelOf(before.regionCode)! },
          {
            leaderCadreId: b.leaderCadreId !== undefined ? b.leaderCadreId : before.leaderCadreId,
            leaderName: b.leaderName !== undefined ? b.leaderName : before.leaderName,
            leaderPost: b.leaderPost !== undefined ? b.leaderPost : before.leaderPost,
          },
        )
      : {};
    const { leaderCadreId: _c, leaderName: _n, leaderPost: _p, ...fields } = b;
    const [after] = await tx.db
      .update(economyProjects)
      .set({ ...fields, ...leader, updatedAt: new Date() })
      .where(eq(economyProjects.id, projectId))
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'economy.project.update',
      entity: 'economy_project',
      entityId: projectId,
      regionCode: after.regionCode,
      diff: auditDiff(auditableProject(before), auditableProject(after)),
    });
    return after;
  });
