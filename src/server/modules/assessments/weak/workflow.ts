import { and, count, eq } from 'drizzle-orm';
import type { WeakActionBody } from '../../../../contracts/api/assess-weak';
import type { Ctx } from '../../../platform/context';
import { Conflict, invalidField } from '../../../platform/errors';
import type { TransitionInput } from '../../../platform/workflow/define';
import { defineWorkflow } from '../../../platform/workflow/define';
import { type WeakStatus, weakLogs, weakMeasures, weakOrgs } from '../tables';
import { beijingToday, plusOneYear } from './dates';
import { insertMeasures } from './measures';
import { acceptanceRefusal, consolidationRefusal, isCounty, mayPlan, passes } from './policy';

// 整顿流程 (docs/assessments.md §5): a township's nomination waits for the county (确认认定);
// identified → 包抓 (assign a county leader) → 制定方案 (plan: measures with owners and deadlines) →
// 申请验收 (every measure done) → 验收 (pass: 销号 and a year of consolidation; fail: back to
// rectifying with a new deadline) → 巩固 (after the year, with at least one 回头看); the county may
// dismiss a record it finds unfounded.

export type WeakRow = typeof weakOrgs.$inferSelect;

export const WEAK_KIND = 'weak_org';

const body = (input: TransitionInput) => (input.extra ?? {}) as WeakActionBody;
const county = (ctx: Ctx) => isCounty(ctx.actor);
const township = (ctx: Ctx) => mayPlan(ctx.actor);

const openMeasures = async (ctx: Ctx, id: string) => {
  const [{ n }] = await ctx.db
    .select({ n: count() })
    .from(weakMeasures)
    .where(and(eq(weakMeasures.weakOrgId, id), eq(weakMeasures.status, 'open')));
  return n;
};

const futureDay = (field: string, day: string | null | undefined, what: string) => {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day)))
    throw invalidField(field, `请填写${what}（年-月-日）`);
  if (day < beijingToday()) throw invalidField(field, `${what}不能早于今天`);
  return day;
};

export const weakWorkflow = defineWorkflow<WeakStatus, WeakRow>({
  kind: WEAK_KIND,
  auditPrefix: 'assessments.weak',
  noun: '整顿记录',
  table: weakOrgs,
  stateColumn: weakOrgs.status,
  stateKey: 'status',
  states: {
    nominated: { zh: '乡镇推荐', en: 'Nominated' },
    identified: { zh: '已认定', en: 'Identified' },
    assigned: { zh: '已包抓', en: 'Leader assigned' },
    rectifying: { zh: '整顿中', en: 'Rectifying' },
    accepting: { zh: '待验收', en: 'Awaiting acceptance' },
    closed: { zh: '已销号（巩固期）', en: 'Closed (consolidating)' },
    consolidated: { zh: '已巩固', en: 'Consolidated' },
    dismissed: { zh: '已撤销', en: 'Dismissed' },
  },
  transitions: {
    confirm: {
      from: ['nominated'],
      to: 'identified',
      label: { zh: '确认认定', en: 'Confirm' },
      allowed: county,
    },
    assign: {
      from: ['identified'],
      to: 'assigned',
      label: { zh: '县级领导包抓', en: 'Assign a leader' },
      allowed: county,
      needs: { result: true },
      effect: async (_tx, _org, input) => {
        const b = body(input);
        if (!b.leaderName) throw invalidField('leaderName', '请填写包抓领导姓名');
        if (!b.leaderPost) throw invalidField('leaderPost', '请填写包抓领导职务');
        const set = {
          leaderName: b.leaderName,
          leaderPost: b.leaderPost,
          leaderUserId: b.leaderUserId ?? null,
        };
        return { set, data: { leaderName: b.leaderName, leaderPost: b.leaderPost } };
      },
    },
    plan: {
      from: ['assigned'],
      to: 'rectifying',
      label: { zh: '制定整顿方案', en: 'Plan' },
      allowed: township,
      needs: { result: true },
      effect: async (tx, org, input) => {
        const b = body(input);
        const measures = b.measures ?? [];
        if (measures.length === 0) throw invalidField('measures', '整顿方案至少要有一项措施');
        for (const [i, m] of measures.entries()) futureDay(`measures.${i}.deadline`, m.deadline, '完成时限');
        const last = measures
          .map((m) => m.deadline)
          .sort()
          .at(-1)!;
        const deadline = b.deadline ? futureDay('deadline', b.deadline, '整顿时限') : last;
        await insertMeasures(tx, org, measures);
        return {
          set: { templateId: b.templateId ?? null, deadline },
          data: { measures: measures.length, deadline },
        };
      },
    },
    requestAcceptance: {
      from: ['rectifying'],
      to: 'accepting',
      label: { zh: '申请验收', en: 'Request acceptance' },
      allowed: township,
      effect: async (tx, org) => {
        const refusal = acceptanceRefusal(await openMeasures(tx, org.id));
        if (refusal) throw new Conflict(refusal);
        return undefined;
      },
    },
    accept: {
      from: ['accepting'],
      to: 'closed',
      alsoTo: ['rectifying'],
      label: { zh: '验收', en: 'Accept' },
      allowed: county,
      needs: { result: true },
      effect: async (_tx, _org, input) => {
        const a = body(input).acceptance;
        if (!a) throw invalidField('acceptance', '请填写验收结果');
        const result = {
          score: a.score,
          dissatisfied: a.dissatisfied,
          panelSize: a.panelSize,
          passed: passes(a),
          method: a.methods,
        };
        if (result.passed) {
          const today = beijingToday();
          return {
            set: { acceptance: result, closedAt: new Date(), consolidationEnds: plusOneYear(today) },
            data: { ...result },
          };
        }
        const deadline = futureDay('deadline', input.deadline, '验收未通过，请填写新的整顿时限');
        return { to: 'rectifying', set: { acceptance: result, deadline }, data: { ...result, deadline } };
      },
    },
    consolidate: {
      from: ['closed'],
      to: 'consolidated',
      label: { zh: '确认巩固', en: 'Confirm consolidation' },
      allowed: county,
      effect: async (tx, org) => {
        const [{ n }] = await tx.db
          .select({ n: count() })
          .from(weakLogs)
          .where(and(eq(weakLogs.weakOrgId, org.id), eq(weakLogs.kind, 'checkin')));
        const refusal = consolidationRefusal(org, beijingToday(), n);
        if (refusal) throw new Conflict(refusal);
        return undefined;
      },
    },
    dismiss: {
      from: ['nominated', 'identified', 'assigned', 'rectifying', 'accepting'],
      to: 'dismissed',
      label: { zh: '撤销', en: 'Dismiss' },
      allowed: county,
      needs: { reason: true },
    },
  },
});
