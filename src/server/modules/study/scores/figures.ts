import { and, countDistinct, eq, gte, isNotNull, lt, sql } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context';
import type { Figure } from '../../../platform/modules/manifest';
import { assertInScope, inScope, scopeOf, underRegion } from '../../../platform/scope';
import { membersIn } from '../../members/lookups';
import { permille, todayInBeijing } from '../policy';
import { studyAttempts as a } from '../tables';

// Figures of 以考促学 for dashboards, from the attempts handed in during a calendar year (Beijing).
// Neither counts log-ins or time in the app.

const handedInYear = (ctx: Ctx, q: { regionCode: string; year?: number }) => {
  assertInScope(q.regionCode, scopeOf(ctx.actor));
  const year = q.year ?? Number(todayInBeijing().slice(0, 4));
  return and(
    inScope(a.regionCode, scopeOf(ctx.actor)),
    underRegion(a.regionCode, q.regionCode),
    eq(a.status, 'submitted'),
    gte(a.submittedAt, new Date(`${year}-01-01T00:00:00+08:00`)),
    lt(a.submittedAt, new Date(`${year + 1}-01-01T00:00:00+08:00`)),
  );
};

const participation: Figure = {
  key: 'study.participation',
  label: { zh: '党员参学率', en: 'Members taking tests' },
  definition: {
    zh: '该年度至少交卷一次的党员人数占区域内党员人数的千分比',
    en: 'Per mille of the region’s party members who handed in at least one test in the year',
  },
  unit: { zh: '‰', en: '‰' },
  compute: async (ctx, q) => {
    const [{ n }] = await ctx.db
      .select({ n: countDistinct(a.memberId) })
      .from(a)
      .where(and(handedInYear(ctx, q), isNotNull(a.memberId)));
    const members = (await membersIn(ctx, { regionCode: q.regionCode })).length;
    return permille(n, members) ?? 0;
  },
};

const passRate: Figure = {
  key: 'study.passRate',
  label: { zh: '考试及格率', en: 'Test pass rate' },
  definition: {
    zh: '该年度交卷的人次（每人每场考试按最好成绩计一次）中及格的千分比',
    en: 'Per mille of people-tests handed in during the year (best attempt each) that passed',
  },
  unit: { zh: '‰', en: '‰' },
  compute: async (ctx, q) => {
    const pair = sql`(${a.testId}, ${a.userId})`;
    const [row] = await ctx.db
      .select({
        taken: sql<number>`count(distinct ${pair})::int`,
        passed: sql<number>`count(distinct ${pair}) filter (where ${a.passed})::int`,
      })
      .from(a)
      .where(handedInYear(ctx, q));
    return permille(row.passed, row.taken) ?? 0;
  },
};

export const studyFigures: readonly Figure[] = [participation, passRate];
