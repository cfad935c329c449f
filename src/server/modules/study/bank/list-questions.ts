import { and, asc, desc, eq, or, sql } from 'drizzle-orm';
import type { QuestionListQuery } from '../../../../contracts/api/study';
import type { Ctx } from '../../../platform/context';
import { containsPattern } from '../../../platform/db/like';
import { studyQuestions as q } from '../tables';
import { inBank } from './bank-scope';
import { questionColumns, toQuestionView } from './question-view';

// 题库 list: the county's questions by status, category, kind and words of the stem or
// explanation, newest first, paged on the server.

export const listQuestions = async (ctx: Ctx, query: QuestionListQuery) => {
  const rows = await ctx.db
    .select({ ...questionColumns, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(q)
    .where(
      inBank(
        ctx,
        and(
          eq(q.status, query.status),
          query.category ? eq(q.category, query.category) : undefined,
          query.kind ? eq(q.kind, query.kind) : undefined,
          query.q
            ? or(
                sql`${q.stem} like ${containsPattern(query.q)}`,
                sql`${q.explanation} like ${containsPattern(query.q)}`,
              )
            : undefined,
        ),
      ),
    )
    .orderBy(desc(q.updatedAt), asc(q.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return {
    items: rows.map(({ total: _, ...r }) => toQuestionView(r)),
    total: rows[0]?.total ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
};

/** The bank's categories with their questions in use, and the usual ones to suggest. */
export const listCategories = async (ctx: Ctx) => {
  const rows = await ctx.db
    .select({ category: q.category, active: sql<number>`count(*)::int` })
    .from(q)
    .where(inBank(ctx, eq(q.status, 'active')))
    .groupBy(q.category)
    .orderBy(q.category);
  return rows;
};
