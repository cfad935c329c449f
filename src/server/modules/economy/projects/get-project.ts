import { asc, eq } from 'drizzle-orm';
import type { ProjectDetail } from '../../../../contracts/api/economy-projects';
import { attachmentsOf } from '../../../platform/attachments/views';
import type { Ctx } from '../../../platform/context';
import { availableActions } from '../../../platform/workflow/actions';
import { historyOf } from '../../../platform/workflow/history';
import { economyProjectEvaluations, economyProjectMilestones, economyProjects } from '../tables';
import { MILESTONE_KIND } from './kinds';
import { selectProjects, toProjectRow } from './list-projects';
import { loadProject } from './load';
import { mayAddEvaluation, mayDelete, mayEdit } from './policy';
import { projectWorkflow } from './workflow';

// 项目详情: the project, its milestones with their photos, the evaluations, the history of its
// states, and what the caller may do now (the page's buttons).

export const getProject = async (ctx: Ctx, projectId: string): Promise<ProjectDetail> => {
  const p = await loadProject(ctx, projectId);
  // One after the other: inside a transaction the queries share one connection.
  const [row] = await selectProjects(ctx).where(eq(economyProjects.id, p.id));
  const milestones = await ctx.db
    .select()
    .from(economyProjectMilestones)
    .where(eq(economyProjectMilestones.projectId, p.id))
    .orderBy(
      asc(economyProjectMilestones.sort),
      asc(economyProjectMilestones.createdAt),
      asc(economyProjectMilestones.id),
    );
  const evaluations = await ctx.db
    .select()
    .from(economyProjectEvaluations)
    .where(eq(economyProjectEvaluations.projectId, p.id))
    .orderBy(asc(economyProjectEvaluations.evaluatedOn), asc(economyProjectEvaluations.createdAt));
  const history = await historyOf(ctx, projectWorkflow, p.id);
  const actions = await availableActions(ctx, projectWorkflow, p);
  const photos = await attachmentsOf(
    ctx,
    MILESTONE_KIND,
    milestones.map((m) => m.id),
  );
  const closing = history.findLast((s) => s.action === 'close');
  const may = mayEdit(ctx.actor, p);
  return {
    ...toProjectRow(row),
    leaderCadreId: p.leaderCadreId,
    commitment: p.commitment,
    industry: p.industry,
    evaluatedAt: p.evaluatedAt?.toISOString() ?? null,
    closedAt: p.closedAt?.toISOString() ?? null,
    closingNote: (closing?.data?.note as string | null | undefined) ?? null,
    createdAt: p.createdAt.toISOString(),
    milestones: milestones.map((m) => ({
      id: m.id,
      title: m.title,
      dueOn: m.dueOn,
      doneOn: m.doneOn,
      note: m.note,
      sort: m.sort,
      photos: photos.get(m.id) ?? [],
    })),
    evaluations: evaluations.map((e) => ({
      id: e.id,
      evaluatorName: e.evaluatorName,
      evaluatorUnit: e.evaluatorUnit,
      score: e.score,
      comment: e.comment,
      evaluatedOn: e.evaluatedOn,
      createdAt: e.createdAt.toISOString(),
    })),
    history,
    actions,
    may: {
      edit: may,
      delete: mayDelete(ctx.actor, p),
      milestones: may,
      evaluate: mayAddEvaluation(ctx.actor, p),
    },
  };
};
