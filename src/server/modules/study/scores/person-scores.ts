import { and, asc, eq, sql } from 'drizzle-orm';
import type { ScoreListQuery, ScoreRow } from '../../../../contracts/api/study';
import type { Ctx } from '../../../platform/context';
import { containsPattern } from '../../../platform/db/like';
import { inScope, scopeOf } from '../../../platform/scope';
import { orgSummaries } from '../../org/lookups';
import { regionNameOf } from '../../regions/region-view';
import { studyAttempts as a } from '../tables';

// 成绩: one row per person of the caller's scope who handed the test in, with the attempts and
// the best score (best of N). Listed by village and name: a score list, not a ranking of activity.

const region = sql<string>`max(${a.regionCode})`;

const columns = {
  userId: a.userId,
  name: sql<string>`max(${a.takerName})`,
  kind: sql<'cadre' | 'member'>`max(${a.kind})`,
  regionCode: region,
  regionName: regionNameOf(region),
  orgId: sql<string | null>`max(${a.orgId}::text)`,
  attempts: sql<number>`count(*)::int`,
  bestScore: sql<number>`max(${a.score})::int`,
  passed: sql<boolean>`bool_or(${a.passed})`,
  lastSubmittedAt: sql<string>`max(${a.submittedAt})`,
  total: sql<number>`count(*) over ()`.mapWith(Number),
};

export type PersonResult = ScoreRow & { orgId: string | null };

/** Each person's best result in the caller's scope, by village and name; a page of them if asked. */
export const personResults = async (
  ctx: Ctx,
  testId: string,
  q: { q?: string; page?: number; pageSize?: number } = {},
): Promise<{ rows: PersonResult[]; total: number }> => {
  const query = ctx.db
    .select(columns)
    .from(a)
    .where(
      and(
        eq(a.testId, testId),
        eq(a.status, 'submitted'),
        inScope(a.regionCode, scopeOf(ctx.actor)),
        q.q ? sql`${a.takerName} like ${containsPattern(q.q)}` : undefined,
      ),
    )
    .groupBy(a.userId)
    .orderBy(region, sql`max(${a.takerName})`, asc(a.userId));
  const rows = q.pageSize
    ? await query.limit(q.pageSize).offset(((q.page ?? 1) - 1) * q.pageSize)
    : await query;
  const orgs = await orgSummaries(
    ctx,
    rows.flatMap((r) => (r.orgId ? [r.orgId] : [])),
  );
  return {
    rows: rows.map(({ total: _, ...r }) => ({
      ...r,
      orgName: r.orgId ? (orgs.get(r.orgId)?.name ?? null) : null,
      lastSubmittedAt: new Date(r.lastSubmittedAt).toISOString(),
    })),
    total: rows[0]?.total ?? 0,
  };
};

export const listScores = async (ctx: Ctx, testId: string, q: ScoreListQuery) => {
  const { rows, total } = await personResults(ctx, testId, q);
  return { items: rows.map(({ orgId: _, ...r }) => r), total, page: q.page, pageSize: q.pageSize };
};
