import { eq } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context';
import { economyProjectEvaluations, economyProjects } from '../tables';
import { meanScore } from './policy';

/** Recomputes the project's score (the evaluators' rounded mean) in the caller's transaction. */
export const refreshScore = async (tx: Ctx, projectId: string): Promise<number | null> => {
  const rows = await tx.db
    .select({ score: economyProjectEvaluations.score })
    .from(economyProjectEvaluations)
    .where(eq(economyProjectEvaluations.projectId, projectId));
  const score = meanScore(rows.map((r) => r.score));
  await tx.db.update(economyProjects).set({ score }).where(eq(economyProjects.id, projectId));
  return score;
};
