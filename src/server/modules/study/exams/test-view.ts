import { and, countDistinct, eq, inArray } from 'drizzle-orm';
import type { TestDetail, TestRow } from '../../../../contracts/api/study';
import type { Ctx } from '../../../platform/context';
import { inScope, scopeOf } from '../../../platform/scope';
import { orgSummaries } from '../../org/lookups';
import { regionNames } from '../../regions/region-view';
import { mayManageTest } from '../policy';
import { studyAttempts } from '../tables';
import type { TestRecord } from './load';

// A test as the pages show it: the owner's name, its size, and how many people of the caller's
// scope handed it in.

/** People of the caller's scope with a handed-in attempt, per test. */
export const participantCounts = async (ctx: Ctx, testIds: string[]): Promise<Map<string, number>> => {
  if (testIds.length === 0) return new Map();
  const rows = await ctx.db
    .select({ testId: studyAttempts.testId, n: countDistinct(studyAttempts.userId) })
    .from(studyAttempts)
    .where(
      and(
        inArray(studyAttempts.testId, testIds),
        eq(studyAttempts.status, 'submitted'),
        inScope(studyAttempts.regionCode, scopeOf(ctx.actor)),
      ),
    )
    .groupBy(studyAttempts.testId);
  return new Map(rows.map((r) => [r.testId, r.n]));
};

export const toTestRows = async (ctx: Ctx, rows: TestRecord[]): Promise<TestRow[]> => {
  const [names, participants] = await Promise.all([
    regionNames(
      ctx.db,
      rows.map((r) => r.regionCode),
    ),
    participantCounts(
      ctx,
      rows.map((r) => r.id),
    ),
  ]);
  return rows.map((t) => ({
    id: t.id,
    regionCode: t.regionCode,
    regionName: names.get(t.regionCode) ?? null,
    title: t.title,
    audience: t.audience,
    status: t.status,
    opensOn: t.opensOn,
    closesOn: t.closesOn,
    questionCount: t.questionCount,
    maxScore: t.questionCount * t.scorePerQuestion,
    passMark: t.passMark,
    participants: participants.get(t.id) ?? 0,
    manageable: mayManageTest(ctx.actor, t),
  }));
};

export const toTestDetail = async (ctx: Ctx, t: TestRecord): Promise<TestDetail> => {
  const [[row], names, orgs] = await Promise.all([
    toTestRows(ctx, [t]),
    regionNames(ctx.db, t.audienceRegionCode ? [t.audienceRegionCode] : []),
    orgSummaries(ctx, t.audienceOrgId ? [t.audienceOrgId] : []),
  ]);
  return {
    ...row,
    description: t.description,
    audienceRegionCode: t.audienceRegionCode,
    audienceRegionName: t.audienceRegionCode ? (names.get(t.audienceRegionCode) ?? null) : null,
    audienceOrgId: t.audienceOrgId,
    audienceOrgName: t.audienceOrgId ? (orgs.get(t.audienceOrgId)?.name ?? null) : null,
    questionIds: t.questionIds,
    picks: t.picks,
    scorePerQuestion: t.scorePerQuestion,
    attemptsAllowed: t.attemptsAllowed,
    timeLimitMinutes: t.timeLimitMinutes,
    publishedAt: t.publishedAt?.toISOString() ?? null,
  };
};
