import { asc, eq } from 'drizzle-orm';
import type { AttemptView } from '../../../../contracts/api/study';
import type { Ctx } from '../../../platform/context';
import { studyAttemptItems, type studyAttempts, type studyTests } from '../tables';

// An attempt as its taker sees it. Until it is handed in, the correct answers and explanations
// stay on the server; afterwards every question shows them, with whether the answer was right.

export const toAttemptView = async (
  ctx: Ctx,
  a: typeof studyAttempts.$inferSelect,
  t: typeof studyTests.$inferSelect,
): Promise<AttemptView> => {
  const items = await ctx.db
    .select()
    .from(studyAttemptItems)
    .where(eq(studyAttemptItems.attemptId, a.id))
    .orderBy(asc(studyAttemptItems.position));
  const done = a.status === 'submitted';
  return {
    id: a.id,
    testId: a.testId,
    title: t.title,
    attemptNo: a.attemptNo,
    status: a.status,
    startedAt: a.startedAt.toISOString(),
    deadlineAt: a.deadlineAt?.toISOString() ?? null,
    submittedAt: a.submittedAt?.toISOString() ?? null,
    scorePerQuestion: t.scorePerQuestion,
    maxScore: a.maxScore,
    passMark: t.passMark,
    score: a.score,
    correctCount: a.correctCount,
    passed: a.passed,
    items: items.map((i) => ({
      position: i.position,
      kind: i.kind,
      stem: i.stem,
      options: i.options,
      category: i.category,
      answer: i.answer,
      correct: done ? i.correct : null,
      isCorrect: done ? i.isCorrect : null,
      explanation: done ? i.explanation : null,
    })),
  };
};
