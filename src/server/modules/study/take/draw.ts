import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context';
import { Conflict } from '../../../platform/errors';
import { inBank } from '../bank/bank-scope';
import { studyQuestions, type studyTests } from '../tables';

// The questions of a new attempt: the test's fixed questions in their order (even if retired
// since: the test was published with them), then for each category drawn at random the given
// number of questions in use, different for each person.

type Question = typeof studyQuestions.$inferSelect;

export const drawQuestions = async (ctx: Ctx, t: typeof studyTests.$inferSelect): Promise<Question[]> => {
  const fixed = t.questionIds.length
    ? await ctx.db
        .select()
        .from(studyQuestions)
        .where(inBank(ctx, inArray(studyQuestions.id, t.questionIds)))
    : [];
  const byId = new Map(fixed.map((q) => [q.id, q]));
  const out = t.questionIds.flatMap((id) => byId.get(id) ?? []);
  for (const pick of t.picks) {
    const drawn = await ctx.db
      .select()
      .from(studyQuestions)
      .where(
        inBank(
          ctx,
          and(
            eq(studyQuestions.category, pick.category),
            eq(studyQuestions.status, 'active'),
            out.length
              ? notInArray(
                  studyQuestions.id,
                  out.map((q) => q.id),
                )
              : undefined,
          ),
        ),
      )
      .orderBy(sql`random()`)
      .limit(pick.count);
    out.push(...drawn);
  }
  if (out.length < t.questionCount) throw new Conflict('题库中的题目不够本次考试抽取，请联系组织考试的单位');
  return out;
};
