import { eq } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context';
import { Conflict, NotFound } from '../../../platform/errors';
import { getInScope, scopeOf } from '../../../platform/scope';
import { economyProjectEvaluations, economyProjectMilestones, economyProjects } from '../tables';
import { CLOSED_REFUSAL, isOpen } from './policy';

// Projects, milestones and evaluations loaded in the caller's scope (404 outside or deleted).

export type ProjectRowDb = typeof economyProjects.$inferSelect;
export type MilestoneRowDb = typeof economyProjectMilestones.$inferSelect;
export type EvaluationRowDb = typeof economyProjectEvaluations.$inferSelect;

export const loadProject = async (ctx: Ctx, projectId: string, forUpdate = false): Promise<ProjectRowDb> => {
  const row = await getInScope(ctx.db, economyProjects, projectId, scopeOf(ctx.actor), { forUpdate });
  if (row.deletedAt) throw new NotFound();
  return row;
};

/** The project of a milestone or evaluation (already loaded in scope), locked for the change. */
export const projectOf = async (ctx: Ctx, projectId: string, forUpdate = false): Promise<ProjectRowDb> => {
  const query = ctx.db.select().from(economyProjects).where(eq(economyProjects.id, projectId)).limit(1);
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row || row.deletedAt) throw new NotFound();
  return row;
};

/** 409 for a closed project: it refuses every change. */
export const assertOpen = (project: Pick<ProjectRowDb, 'status'>): void => {
  if (!isOpen(project.status)) throw new Conflict(CLOSED_REFUSAL);
};

export const loadMilestone = async (ctx: Ctx, milestoneId: string, forUpdate = false) => {
  const milestone = await getInScope(ctx.db, economyProjectMilestones, milestoneId, scopeOf(ctx.actor));
  return { milestone, project: await projectOf(ctx, milestone.projectId, forUpdate) };
};

export const loadEvaluation = async (ctx: Ctx, evaluationId: string, forUpdate = false) => {
  const evaluation = await getInScope(ctx.db, economyProjectEvaluations, evaluationId, scopeOf(ctx.actor));
  return { evaluation, project: await projectOf(ctx, evaluation.projectId, forUpdate) };
};
