import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context';
import type { FieldError } from '../../../platform/errors';
import { inBank } from '../bank/bank-scope';
import { studyQuestions } from '../tables';

// Whether the county's bank can give a test its questions: every fixed question in use, and
// enough questions in use of each category drawn at random (beyond the fixed ones).

export const drawProblems = async (
  ctx: Ctx,
  t: { questionIds: string[]; picks: { category: string; count: number }[] },
): Promise<FieldError[]> => {
  const problems: FieldError[] = [];
  if (new Set(t.questionIds).size !== t.questionIds.length)
    problems.push({ path: 'questionIds', message: '同一道题选了两次' });
  if (t.questionIds.length) {
    const found = await ctx.db
      .select({ id: studyQuestions.id, category: studyQuestions.category })
      .from(studyQuestions)
      .where(
        inBank(ctx, and(inArray(studyQuestions.id, t.questionIds), eq(studyQuestions.status, 'active'))),
      );
    if (found.length < new Set(t.questionIds).size)
      problems.push({ path: 'questionIds', message: '所选题目中有已停用或不在本县题库中的题目' });
  }
  const categories = [...new Set(t.picks.map((p) => p.category))];
  if (categories.length < t.picks.length) problems.push({ path: 'picks', message: '同一分类只能抽一次' });
  if (categories.length) {
    const rows = await ctx.db
      .select({ category: studyQuestions.category, n: sql<number>`count(*)::int` })
      .from(studyQuestions)
      .where(
        inBank(
          ctx,
          and(
            inArray(studyQuestions.category, categories),
            eq(studyQuestions.status, 'active'),
            t.questionIds.length ? notInArray(studyQuestions.id, t.questionIds) : undefined,
          ),
        ),
      )
      .groupBy(studyQuestions.category);
    const available = new Map(rows.map((r) => [r.category, r.n]));
    for (const p of t.picks) {
      const n = available.get(p.category) ?? 0;
      if (n < p.count)
        problems.push({
          path: 'picks',
          message: `分类“${p.category}”在用的题目只有${n}道，不够抽${p.count}道`,
        });
    }
  }
  return problems;
};
