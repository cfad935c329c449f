import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { TestListQuery } from '../../../../contracts/api/study';
import type { Ctx } from '../../../platform/context';
import { containsPattern } from '../../../platform/db/like';
import { studyTests } from '../tables';
import { visibleTests } from './load';
import { toTestRows } from './test-view';

// 考试 list: the caller's tests and those of the levels above, newest window first, paged.

export const listTests = async (ctx: Ctx, q: TestListQuery) => {
  const rows = await ctx.db
    .select({ test: studyTests, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(studyTests)
    .where(
      and(
        visibleTests(ctx),
        q.status ? eq(studyTests.status, q.status) : undefined,
        q.q ? sql`${studyTests.title} like ${containsPattern(q.q)}` : undefined,
      ),
    )
    .orderBy(desc(studyTests.opensOn), desc(studyTests.createdAt), asc(studyTests.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return {
    items: await toTestRows(
      ctx,
      rows.map((r) => r.test),
    ),
    total: rows[0]?.total ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
};
