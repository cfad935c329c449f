import { and, asc, count, eq, inArray, isNotNull } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Conflict, invalidField, NotFound } from '../../../platform/errors';
import { answerShapeProblem, grade, normalizeAnswer } from '../grading';
import { studyAttemptItems, studyAttempts } from '../tables';
import { loadOwnAttempt, loadTestAbove } from './own';

// Answers are saved on the server as the person goes (a dropped connection loses nothing), and
// the attempt is graded on the server when handed in.

export const saveAnswer = (ctx: Ctx, attemptId: string, position: number, answer: string) =>
  inTransaction(ctx, async (tx) => {
    const attempt = await loadOwnAttempt(tx, attemptId, true);
    if (attempt.status !== 'open') throw new Conflict('答卷已交，不能再修改答案');
    if (attempt.deadlineAt && attempt.deadlineAt < new Date())
      throw new Conflict('已超过本考试的限时，请交卷');
    const at = and(eq(studyAttemptItems.attemptId, attemptId), eq(studyAttemptItems.position, position));
    const [item] = await tx.db.select().from(studyAttemptItems).where(at);
    if (!item) throw new NotFound('没有这道题');
    const problem = answerShapeProblem(item.kind, answer, item.options.length);
    if (problem) throw invalidField('answer', problem);
    const letters = normalizeAnswer(answer) || null;
    await tx.db.update(studyAttemptItems).set({ answer: letters, answeredAt: new Date() }).where(at);
    const [{ answered }] = await tx.db
      .select({ answered: count() })
      .from(studyAttemptItems)
      .where(and(eq(studyAttemptItems.attemptId, attemptId), isNotNull(studyAttemptItems.answer)));
    await writeAudit(tx.db, tx, {
      action: 'study.answer.save',
      entity: 'study_attempt',
      entityId: attemptId,
      regionCode: attempt.regionCode,
      diff: { position, answer: letters },
    });
    return { position, answer: letters ?? '', answered };
  });

/** 交卷: grades every saved answer; handing in twice returns the first result. */
export const submitAttempt = (ctx: Ctx, attemptId: string) =>
  inTransaction(ctx, async (tx) => {
    const attempt = await loadOwnAttempt(tx, attemptId, true);
    const test = await loadTestAbove(tx, attempt.testId);
    if (attempt.status === 'submitted') return { attempt, test };
    const items = await tx.db
      .select()
      .from(studyAttemptItems)
      .where(eq(studyAttemptItems.attemptId, attemptId))
      .orderBy(asc(studyAttemptItems.position));
    const result = grade(items, test.scorePerQuestion, test.passMark);
    for (const right of [true, false]) {
      const ids = items.filter((_, i) => result.rights[i] === right).map((i) => i.id);
      if (ids.length)
        await tx.db
          .update(studyAttemptItems)
          .set({ isCorrect: right })
          .where(inArray(studyAttemptItems.id, ids));
    }
    const [row] = await tx.db
      .update(studyAttempts)
      .set({
        status: 'submitted',
        submittedAt: new Date(),
        score: result.score,
        correctCount: result.correctCount,
        passed: result.passed,
        updatedAt: new Date(),
      })
      .where(eq(studyAttempts.id, attemptId))
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'study.attempt.submit',
      entity: 'study_attempt',
      entityId: attemptId,
      regionCode: row.regionCode,
      diff: { testId: test.id, score: result.score, maxScore: row.maxScore, passed: result.passed },
    });
    return { attempt: row, test };
  });
