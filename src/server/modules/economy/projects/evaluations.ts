import { eq } from 'drizzle-orm';
import type { EvaluationBody } from '../../../../contracts/api/economy-projects';
import { auditDiff } from '../../../platform/audit/diff';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Conflict, Forbidden } from '../../../platform/errors';
import { economyProjectEvaluations, economyProjects } from '../tables';
import { assertOpen, loadEvaluation, loadProject } from './load';
import { mayAddEvaluation, mayEvaluate } from './policy';
import { refreshScore } from './score';

// 现场考评: the county or township records each evaluator's score (0–100) and comment once the
// commitment is public; the project's score is their rounded mean, kept on every change.

export const addEvaluation = (ctx: Ctx, projectId: string, b: EvaluationBody) =>
  inTransaction(ctx, async (tx) => {
    const project = await loadProject(tx, projectId, true);
    assertOpen(project);
    if (!mayEvaluate(tx.actor)) throw new Forbidden('只有县、乡镇可以考评项目');
    if (!mayAddEvaluation(tx.actor, project)) throw new Conflict('项目公开承诺后才能考评');
    const [row] = await tx.db
      .insert(economyProjectEvaluations)
      .values({
        id: newId(),
        projectId,
        regionCode: project.regionCode,
        evaluatorName: b.evaluatorName,
        evaluatorUnit: b.evaluatorUnit ?? null,
        score: b.score,
        comment: b.comment,
        evaluatedOn: b.evaluatedOn,
        createdBy: tx.actor.userId,
      })
      .returning();
    const score = await refreshScore(tx, projectId);
    await tx.db
      .update(economyProjects)
      .set({ updatedAt: new Date() })
      .where(eq(economyProjects.id, projectId));
    await writeAudit(tx.db, tx, {
      action: 'economy.evaluation.add',
      entity: 'project_evaluation',
      entityId: row.id,
      regionCode: row.regionCode,
      diff: auditDiff(null, {
        evaluatorName: b.evaluatorName,
        score: b.score,
        comment: b.comment,
        projectScore: score,
      }),
    });
    return row;
  });

export const deleteEvaluation = (ctx: Ctx, evaluationId: string) =>
  inTransaction(ctx, async (tx) => {
    const { evaluation, project } = await loadEvaluation(tx, evaluationId, true);
    assertOpen(project);
    if (!mayEvaluate(tx.actor)) throw new Forbidden('只有县、乡镇可以考评项目');
    await tx.db.delete(economyProjectEvaluations).where(eq(economyProjectEvaluations.id, evaluationId));
    const score = await refreshScore(tx, project.id);
    await writeAudit(tx.db, tx, {
      action: 'economy.evaluation.delete',
      entity: 'project_evaluation',
      entityId: evaluationId,
      regionCode: evaluation.regionCode,
      diff: {
        before: { evaluatorName: evaluation.evaluatorName, score: evaluation.score },
        projectScore: score,
      },
    });
    return { projectId: project.id };
  });
