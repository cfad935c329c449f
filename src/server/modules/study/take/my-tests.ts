import { and, eq } from 'drizzle-orm';
import type { MyTest } from '../../../../contracts/api/study';
import type { Ctx } from '../../../platform/context';
import { inScope } from '../../../platform/scope';
import { audienceKind, isOpenOn, todayInBeijing } from '../policy';
import { studyAttempts, studyTests } from '../tables';
import { takerOf } from '../taker';
import { ownScope, testsAbove } from './own';

// 我的考试: the tests whose audience includes the person and that are open today, or that the
// person has taken (to look at the results again), with the attempts used and the best score.

export const myTests = async (ctx: Ctx): Promise<MyTest[]> => {
  const taker = await takerOf(ctx);
  const today = todayInBeijing();
  const [tests, attempts] = await Promise.all([
    ctx.db.select().from(studyTests).where(testsAbove(ctx)),
    ctx.db
      .select()
      .from(studyAttempts)
      .where(
        and(eq(studyAttempts.userId, ctx.actor.userId), inScope(studyAttempts.regionCode, ownScope(ctx))),
      ),
  ]);
  const out: MyTest[] = [];
  for (const t of tests) {
    const mine = attempts.filter((a) => a.testId === t.id).sort((a, b) => a.attemptNo - b.attemptNo);
    const open = isOpenOn(t, today);
    if (!audienceKind(taker, t) || (!open && mine.length === 0)) continue;
    const handedIn = mine.filter((a) => a.status === 'submitted');
    const openAttempt = mine.find((a) => a.status === 'open');
    const best = handedIn.reduce<number | null>((m, a) => Math.max(m ?? 0, a.score ?? 0), null);
    out.push({
      id: t.id,
      title: t.title,
      description: t.description,
      closesOn: t.closesOn,
      questionCount: t.questionCount,
      maxScore: t.questionCount * t.scorePerQuestion,
      passMark: t.passMark,
      attemptsAllowed: t.attemptsAllowed,
      attemptsUsed: mine.length,
      timeLimitMinutes: t.timeLimitMinutes,
      openAttemptId: openAttempt?.id ?? null,
      lastAttemptId: handedIn.at(-1)?.id ?? null,
      bestScore: best,
      passed: handedIn.length ? handedIn.some((a) => a.passed) : null,
      canTake: open && (Boolean(openAttempt) || mine.length < t.attemptsAllowed),
    });
  }
  return out.sort((a, b) => Number(b.canTake) - Number(a.canTake) || a.closesOn.localeCompare(b.closesOn));
};

/** Tests waiting for the person (open, attempts left, never handed in): the home page's item. */
export const pendingTests = async (ctx: Ctx) =>
  (await myTests(ctx)).filter((t) => t.canTake && t.lastAttemptId === null);
