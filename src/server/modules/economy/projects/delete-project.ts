import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Conflict } from '../../../platform/errors';
import { economyProjects } from '../tables';
import { auditableProject } from './create-project';
import { assertOpen, loadProject } from './load';
import { mayDelete } from './policy';

// 删除项目: only a draft (once committed it is on the public page); undoable through deletedAt.

export const deleteProject = (ctx: Ctx, projectId: string) =>
  inTransaction(ctx, async (tx) => {
    const p = await loadProject(tx, projectId, true);
    assertOpen(p);
    if (!mayDelete(tx.actor, p)) throw new Conflict('只有草稿状态的项目可以删除');
    await tx.db
      .update(economyProjects)
      .set({ deletedAt: new Date() })
      .where(eq(economyProjects.id, projectId));
    await writeAudit(tx.db, tx, {
      action: 'economy.project.delete',
      entity: 'economy_project',
      entityId: projectId,
      regionCode: p.regionCode,
      diff: { before: auditableProject(p) },
    });
    return { ok: true as const };
  });
