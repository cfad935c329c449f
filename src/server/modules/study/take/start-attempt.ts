import { and, count, eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { users } from '../../../platform/auth/tables';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Conflict, NotFound } from '../../../platform/errors';
import { audienceKind, isOpenOn, takerRegion, todayInBeijing } from '../policy';
import { studyAttemptItems, studyAttempts } from '../tables';
import { takerOf } from '../taker';
import { drawQuestions } from './draw';
import { loadTestAbove } from './own';

// 开始答题: continues the attempt not yet handed in, or starts the next one while the window is
// open and attempts are left. The questions are drawn and copied into the attempt at once.

export const startAttempt = async (ctx: Ctx, testId: string) => {
  const taker = await takerOf(ctx);
  return inTransaction(ctx, async (tx) => {
    const test = await loadTestAbove(tx, testId);
    const kind = audienceKind(taker, test);
    if (!kind) throw new NotFound();
    // One start at a time per account: a double tap must not open two attempts.
    await tx.db.select({ id: users.id }).from(users).where(eq(users.id, tx.actor.userId)).for('update');
    const mine = and(eq(studyAttempts.testId, testId), eq(studyAttempts.userId, tx.actor.userId));
    const [open] = await tx.db
      .select()
      .from(studyAttempts)
      .where(and(mine, eq(studyAttempts.status, 'open')))
      .limit(1);
    if (open) return { attempt: open, test };
    if (!isOpenOn(test, todayInBeijing()))
      throw new Conflict(`考试不在开放时间内（${test.opensOn} 至 ${test.closesOn}）`);
    const [{ n }] = await tx.db.select({ n: count() }).from(studyAttempts).where(mine);
    if (n >= test.attemptsAllowed) throw new Conflict(`本考试可考${test.attemptsAllowed}次，您已用完`);
    const questions = await drawQuestions(tx, test);
    const regionCode = takerRegion(taker);
    const now = new Date();
    const [attempt] = await tx.db
      .insert(studyAttempts)
      .values({
        id: newId(),
        regionCode,
        testId,
        userId: tx.actor.userId,
        takerName: taker.name,
        kind,
        personId: taker.personId,
        memberId: taker.member?.id ?? null,
        orgId: taker.member?.orgId ?? null,
        attemptNo: n + 1,
        status: 'open',
        startedAt: now,
        deadlineAt: test.timeLimitMinutes ? new Date(now.getTime() + test.timeLimitMinutes * 60_000) : null,
        maxScore: questions.length * test.scorePerQuestion,
      })
      .returning();
    await tx.db.insert(studyAttemptItems).values(
      questions.map((q, i) => ({
        id: newId(),
        attemptId: attempt.id,
        regionCode,
        position: i + 1,
        questionId: q.id,
        kind: q.kind,
        stem: q.stem,
        options: q.options,
        correct: q.answer,
        explanation: q.explanation,
        category: q.category,
      })),
    );
    await writeAudit(tx.db, tx, {
      action: 'study.attempt.start',
      entity: 'study_attempt',
      entityId: attempt.id,
      regionCode,
      diff: { testId, attemptNo: attempt.attemptNo, questions: questions.length },
    });
    return { attempt, test };
  });
};
