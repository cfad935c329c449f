import { eq } from 'drizzle-orm';
import type {
  MilestoneBody,
  MilestoneDoneBody,
  UpdateMilestoneBody,
} from '../../../../contracts/api/economy-projects';
import { auditDiff } from '../../../platform/audit/diff';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Forbidden } from '../../../platform/errors';
import { economyProjectMilestones } from '../tables';
import { beijingToday } from './dates';
import { assertOpen, loadMilestone, loadProject, type MilestoneRowDb } from './load';
import { mayManage } from './policy';

// 进度节点: added, edited, marked done and deleted by the project's side (the village secretary and
// stationed cadres for a village project) until the project is closed (409 after).

const m = economyProjectMilestones;

const auditable = (r: MilestoneRowDb) => ({
  title: r.title,
  dueOn: r.dueOn,
  doneOn: r.doneOn,
  note: r.note,
  sort: r.sort,
});

const audit = (tx: Ctx, action: string, r: MilestoneRowDb, diff: unknown) =>
  writeAudit(tx.db, tx, {
    action,
    entity: 'project_milestone',
    entityId: r.id,
    regionCode: r.regionCode,
    diff,
  });

const assertMay = (ctx: Ctx, project: { status: 'draft' | 'committed' | 'evaluated' | 'closed' }) => {
  assertOpen(project);
  if (!mayManage(ctx.actor)) throw new Forbidden('您不能记录此项目的进度');
};

export const addMilestone = (ctx: Ctx, projectId: string, b: MilestoneBody) =>
  inTransaction(ctx, async (tx) => {
    const project = await loadProject(tx, projectId, true);
    assertMay(tx, project);
    const [row] = await tx.db
      .insert(m)
      .values({
        id: newId(),
        projectId,
        regionCode: project.regionCode,
        title: b.title,
        dueOn: b.dueOn ?? null,
        note: b.note ?? null,
        sort: b.sort ?? 0,
        createdBy: tx.actor.userId,
      })
      .returning();
    await audit(tx, 'economy.milestone.add', row, auditDiff(null, auditable(row)));
    return row;
  });

const change = (
  ctx: Ctx,
  milestoneId: string,
  action: string,
  set: (r: MilestoneRowDb) => Partial<MilestoneRowDb>,
) =>
  inTransaction(ctx, async (tx) => {
    const { milestone, project } = await loadMilestone(tx, milestoneId, true);
    assertMay(tx, project);
    const [after] = await tx.db
      .update(m)
      .set({ ...set(milestone), updatedAt: new Date() })
      .where(eq(m.id, milestoneId))
      .returning();
    await audit(tx, action, after, auditDiff(auditable(milestone), auditable(after)));
    return after;
  });

export const updateMilestone = (ctx: Ctx, milestoneId: string, b: UpdateMilestoneBody) =>
  change(ctx, milestoneId, 'economy.milestone.update', () => b);

/** 标记完成: on the day given (today in Beijing by default); the note, when given, replaces the old. */
export const markMilestoneDone = (ctx: Ctx, milestoneId: string, b: MilestoneDoneBody) =>
  change(ctx, milestoneId, 'economy.milestone.done', (r) => ({
    doneOn: b.doneOn ?? beijingToday(),
    note: b.note ?? r.note,
  }));

export const deleteMilestone = (ctx: Ctx, milestoneId: string) =>
  inTransaction(ctx, async (tx) => {
    const { milestone, project } = await loadMilestone(tx, milestoneId, true);
    assertMay(tx, project);
    await tx.db.delete(m).where(eq(m.id, milestoneId));
    await audit(tx, 'economy.milestone.delete', milestone, { before: auditable(milestone) });
    return { projectId: project.id };
  });
