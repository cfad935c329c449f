import { eq } from 'drizzle-orm';
import type { TestBody, TestUpdate } from '../../../../contracts/api/study';
import { levelOfCode } from '../../../../contracts/region-code';
import { auditDiff } from '../../../platform/audit/diff';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Conflict, Forbidden, Invalid, invalidField } from '../../../platform/errors';
import { isInScope, isUnder, scopeOf } from '../../../platform/scope';
import { orgInScope } from '../../org/lookups';
import { regionNames } from '../../regions/region-view';
import { mayManageTests, ownerProblem, testProblem } from '../policy';
import { studyTests } from '../tables';
import { drawProblems } from './draw-rules';
import { loadManagedTest, type TestRecord } from './load';

// 新建、修改考试 (draft only): the owner is the county or a township in the caller's scope; the
// audience may be narrowed to a township or village under it, or to one party organization (its
// region then narrows the audience too); the questions must be there in the county's bank.

type Fields = Omit<TestBody, 'regionCode'>;

const auditable = (t: TestRecord) => ({
  title: t.title,
  audience: t.audience,
  audienceRegionCode: t.audienceRegionCode,
  audienceOrgId: t.audienceOrgId,
  questionIds: t.questionIds,
  picks: t.picks,
  scorePerQuestion: t.scorePerQuestion,
  passMark: t.passMark,
  opensOn: t.opensOn,
  closesOn: t.closesOn,
  attemptsAllowed: t.attemptsAllowed,
  timeLimitMinutes: t.timeLimitMinutes,
  status: t.status,
});

/** The checked row fields of a test owned by `owner`. */
const checkedFields = async (tx: Ctx, owner: string, b: Fields) => {
  let audienceRegionCode = b.audienceRegionCode ?? null;
  if (audienceRegionCode) {
    const level = levelOfCode(audienceRegionCode);
    if ((level !== 'township' && level !== 'village') || !isUnder(audienceRegionCode, owner))
      throw invalidField('audienceRegionCode', '参考范围应为本考试所属区域下的乡镇或村');
    if (
      !isInScope(audienceRegionCode, scopeOf(tx.actor)) ||
      !(await regionNames(tx.db, [audienceRegionCode])).size
    )
      throw invalidField('audienceRegionCode', '区划不存在或不在您的管辖范围内');
  }
  if (b.audienceOrgId) {
    const org = await orgInScope(tx, b.audienceOrgId);
    if (!org || !isUnder(org.regionCode, owner))
      throw invalidField('audienceOrgId', '党组织不存在或不在本考试所属区域内');
    if (b.audience === 'cadres') throw invalidField('audienceOrgId', '按党组织限定时参考对象应含党员');
    if (audienceRegionCode && !isUnder(org.regionCode, audienceRegionCode))
      throw invalidField('audienceOrgId', '所选党组织不在参考范围内');
    audienceRegionCode = audienceRegionCode ?? org.regionCode;
  }
  const problems = await drawProblems(tx, b);
  if (problems.length) throw new Invalid(problems[0].message, problems);
  const questionCount = b.questionIds.length + b.picks.reduce((n, p) => n + p.count, 0);
  const refusal = testProblem({ ...b, questionCount });
  if (refusal) throw invalidField(refusal.path, refusal.message);
  return {
    title: b.title,
    description: b.description?.trim() || null,
    audience: b.audience,
    audienceRegionCode,
    audienceOrgId: b.audienceOrgId ?? null,
    questionIds: b.questionIds,
    picks: b.picks,
    questionCount,
    scorePerQuestion: b.scorePerQuestion,
    passMark: b.passMark,
    opensOn: b.opensOn,
    closesOn: b.closesOn,
    attemptsAllowed: b.attemptsAllowed,
    timeLimitMinutes: b.timeLimitMinutes ?? null,
  };
};

export const createTest = (ctx: Ctx, b: TestBody) => {
  if (!mayManageTests(ctx.actor)) throw new Forbidden('只有县、乡镇可以组织考试');
  const owner = b.regionCode ?? ctx.actor.scopeCode;
  const refusal = ownerProblem(ctx.actor, owner);
  if (refusal) throw invalidField('regionCode', refusal);
  if (!isInScope(owner, scopeOf(ctx.actor))) throw invalidField('regionCode', '区划不在您的管辖范围内');
  return inTransaction(ctx, async (tx) => {
    const fields = await checkedFields(tx, owner, b);
    const [row] = await tx.db
      .insert(studyTests)
      .values({ id: newId(), regionCode: owner, ...fields, status: 'draft', createdBy: tx.actor.userId })
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'study.test.create',
      entity: 'study_test',
      entityId: row.id,
      regionCode: row.regionCode,
      diff: auditDiff(null, auditable(row)),
    });
    return row;
  });
};

export const updateTest = (ctx: Ctx, id: string, b: TestUpdate) =>
  inTransaction(ctx, async (tx) => {
    const before = await loadManagedTest(tx, id);
    if (before.status !== 'draft') throw new Conflict('已发布的考试不能修改题目和规则');
    const merged: Fields = {
      ...before,
      ...Object.fromEntries(Object.entries(b).filter(([, v]) => v !== undefined)),
    } as Fields;
    const fields = await checkedFields(tx, before.regionCode, merged);
    const [row] = await tx.db
      .update(studyTests)
      .set({ ...fields, updatedAt: new Date() })
      .where(eq(studyTests.id, id))
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'study.test.update',
      entity: 'study_test',
      entityId: id,
      regionCode: row.regionCode,
      diff: auditDiff(auditable(before), auditable(row)),
    });
    return row;
  });

/** 发布 (draft → published) and 结束 (published → closed, before its last day). */
export const moveTest = (ctx: Ctx, id: string, to: 'published' | 'closed') =>
  inTransaction(ctx, async (tx) => {
    const before = await loadManagedTest(tx, id);
    const from = to === 'published' ? 'draft' : 'published';
    if (before.status !== from)
      throw new Conflict(to === 'published' ? '只有未发布的考试可以发布' : '只有已发布的考试可以结束');
    if (to === 'published') {
      const problems = await drawProblems(tx, before);
      if (problems.length) throw new Conflict(problems[0].message, problems);
    }
    const [row] = await tx.db
      .update(studyTests)
      .set({ status: to, updatedAt: new Date(), ...(to === 'published' ? { publishedAt: new Date() } : {}) })
      .where(eq(studyTests.id, id))
      .returning();
    await writeAudit(tx.db, tx, {
      action: to === 'published' ? 'study.test.publish' : 'study.test.close',
      entity: 'study_test',
      entityId: id,
      regionCode: row.regionCode,
      diff: auditDiff({ status: before.status }, { status: row.status }),
    });
    return row;
  });
