import type { CaseActionBody } from '../../../../contracts/api/visits-cases';
import { attachmentCount } from '../../../platform/attachments/views';
import type { Ctx } from '../../../platform/context';
import { Conflict, invalidField } from '../../../platform/errors';
import { countyCodeOf } from '../../../platform/scope';
import type { TransitionInput } from '../../../platform/workflow/define';
import { defineWorkflow } from '../../../platform/workflow/define';
import { chinaDay, loadCalendar } from '../../events/calendar';
import { type CaseState, monitoringCases } from '../tables';
import { checkRiskTypes, insertMeasures, OBJECT_CODES } from './measures';
import { mayAskRemoval, mayDecideRemoval, mayTakeStep } from './policy';
import { measureCount, unmetFor } from './removal-facts';
import { stepDue } from './steps';

// 识别流程 (CATALOGUES.md §7, docs/visits.md §4): 村级核实 (home visit and consent photo) → 县级数据比对
// → 民主评议与公示 (notice ≥ 5 days; ends no earlier than its last day) → 乡镇审核 → 县级审定 (object
// type, risk types, helper, ≥ 1 measure) → 监测帮扶 → 申请风险消除 → 审定消除 (only when removal.ts's
// conditions hold). Any review may refuse (不予纳入, with the reason). Each step entered gets its
// start and its due time (steps.ts).

export type CaseRow = typeof monitoringCases.$inferSelect;
export const CASE_KIND = 'monitoring_case';

const REVIEWS: readonly CaseState[] = [
  'village_review',
  'county_compare',
  'appraisal',
  'township_review',
  'county_approval',
];

const body = (input: TransitionInput) => (input.extra ?? {}) as CaseActionBody;
const step = (ctx: Ctx, c: CaseRow) => mayTakeStep(ctx.actor, c);

/** The columns of a step entered now: its start and when it is due. */
const enter = async (tx: Ctx, c: CaseRow, state: CaseState, noticeTo?: string | null) => {
  const now = new Date();
  const calendar = await loadCalendar(tx.db, countyCodeOf(c.regionCode));
  return {
    stepStartedAt: now,
    stepDueAt: stepDue(calendar, state, now, { firstClueAt: c.firstClueAt, noticeTo }),
  };
};

const dayOf = (field: string, value: string | undefined, what: string) => {
  if (!value || Number.isNaN(Date.parse(value))) throw invalidField(field, `请填写${what}（年-月-日）`);
  return value;
};

const plusDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

const removalRefusal = async (tx: Ctx, c: CaseRow, what: string) => {
  const unmet = await unmetFor(tx, c);
  if (unmet.length) throw new Conflict(`不能${what}：${unmet.join('；')}`);
};

export const caseWorkflow = defineWorkflow<CaseState, CaseRow>({
  kind: CASE_KIND,
  auditPrefix: 'visits.case',
  noun: '监测对象识别',
  table: monitoringCases,
  stateColumn: monitoringCases.state,
  stateKey: 'state',
  states: {
    village_review: { zh: '村级核实', en: 'Village review' },
    county_compare: { zh: '县级数据比对', en: 'County data comparison' },
    appraisal: { zh: '民主评议公示', en: 'Democratic appraisal' },
    township_review: { zh: '乡镇审核', en: 'Township review' },
    county_approval: { zh: '县级审定', en: 'County approval' },
    monitoring: { zh: '监测帮扶中', en: 'Monitored' },
    removal_review: { zh: '风险消除审核', en: 'Removal review' },
    removed: { zh: '风险已消除', en: 'Risk removed' },
    not_identified: { zh: '不予纳入', en: 'Not identified' },
  },
  evidenceCount: (ctx, c) => attachmentCount(ctx, CASE_KIND, c.id),
  transitions: {
    confirm_visit: {
      from: ['village_review'],
      to: 'county_compare',
      label: { zh: '完成入户核实', en: 'Home visit and consent done' },
      allowed: step,
      // The signed consent form (承诺授权书), photographed.
      needs: { evidence: true, result: true },
      effect: async (tx, c, input) => {
        const visitedOn = dayOf('visitedOn', body(input).visitedOn, '入户核实日期');
        if (visitedOn > chinaDay(new Date())) throw invalidField('visitedOn', '入户核实日期不能晚于今天');
        return {
          set: { consentAt: new Date(), ...(await enter(tx, c, 'county_compare')) },
          data: { visitedOn },
        };
      },
    },
    compare: {
      from: ['county_compare'],
      to: 'appraisal',
      label: { zh: '提交比对结果', en: 'Record the comparison' },
      allowed: step,
      needs: { result: true },
      effect: async (tx, c, input) => {
        const compareResult = body(input).compareResult?.trim();
        if (!compareResult) throw invalidField('compareResult', '请填写数据比对结果');
        return { set: { compareResult, ...(await enter(tx, c, 'appraisal')) }, data: { compareResult } };
      },
    },
    set_notice: {
      from: ['appraisal'],
      to: 'appraisal',
      label: { zh: '发布评议公示', en: 'Publish the notice' },
      allowed: step,
      needs: { result: true },
      effect: async (tx, c, input) => {
        const b = body(input);
        const noticeFrom = dayOf('noticeFrom', b.noticeFrom, '公示开始日期');
        const noticeTo = dayOf('noticeTo', b.noticeTo, '公示结束日期');
        if (noticeTo < plusDays(noticeFrom, 5)) throw invalidField('noticeTo', '公示期不少于 5 天');
        const calendar = await loadCalendar(tx.db, countyCodeOf(c.regionCode));
        const stepDueAt = stepDue(calendar, 'appraisal', c.stepStartedAt, {
          firstClueAt: c.firstClueAt,
          noticeTo,
        });
        return { set: { noticeFrom, noticeTo, stepDueAt }, data: { noticeFrom, noticeTo } };
      },
    },
    finish_appraisal: {
      from: ['appraisal'],
      to: 'township_review',
      label: { zh: '评议公示无异议，报乡镇审核', en: 'Appraisal done' },
      allowed: step,
      effect: async (tx, c) => {
        if (!c.noticeTo) throw new Conflict('尚未发布评议公示，请先填写公示起止日期');
        if (chinaDay(new Date()) < c.noticeTo)
          throw new Conflict(`公示期至 ${c.noticeTo}，公示期满后方可结束评议`);
        return { set: await enter(tx, c, 'township_review') };
      },
    },
    township_approve: {
      from: ['township_review'],
      to: 'county_approval',
      label: { zh: '乡镇审核通过', en: 'Township approves' },
      allowed: step,
      effect: async (tx, c) => ({ set: await enter(tx, c, 'county_approval') }),
    },
    approve: {
      from: ['county_approval'],
      to: 'monitoring',
      label: { zh: '审定纳入监测', en: 'Approve as monitored' },
      allowed: step,
      needs: { result: true },
      effect: async (tx, c, input) => {
        const b = body(input);
        const objectType = b.objectType ?? c.objectType;
        if (!objectType || !OBJECT_CODES.includes(objectType))
          throw invalidField('objectType', '请选择监测对象类型');
        const riskTypes = checkRiskTypes('riskTypes', b.riskTypes ?? c.riskTypes);
        const helperName = b.helperName?.trim();
        if (!helperName) throw invalidField('helperName', '请填写帮扶责任人');
        const added = await insertMeasures(tx, c, b.measures ?? []);
        if ((await measureCount(tx, c.id)) === 0) throw invalidField('measures', '请至少落实一项帮扶措施');
        const noLabour = b.noLabour ?? c.noLabour;
        const set = {
          objectType,
          riskTypes,
          helperName,
          helperUserId: b.helperUserId ?? null,
          noLabour,
          identifiedAt: new Date(),
          stepStartedAt: new Date(),
          stepDueAt: null,
        };
        return { set, data: { objectType, riskTypes, helperName, noLabour, measures: added } };
      },
    },
    refuse: {
      from: REVIEWS,
      to: 'not_identified',
      label: { zh: '不予纳入', en: 'Refuse' },
      allowed: step,
      needs: { reason: true },
      effect: async (_tx, _c, input) => ({
        set: { closeReason: input.reason?.trim() ?? null, stepStartedAt: new Date(), stepDueAt: null },
      }),
    },
    ask_removal: {
      from: ['monitoring'],
      to: 'removal_review',
      label: { zh: '申请风险消除', en: 'Ask for risk removal' },
      allowed: (ctx, c) => mayAskRemoval(ctx.actor, c),
      effect: async (tx, c) => {
        await removalRefusal(tx, c, '申请风险消除');
        return { set: { removalAskedAt: new Date(), stepStartedAt: new Date(), stepDueAt: null } };
      },
    },
    approve_removal: {
      from: ['removal_review'],
      to: 'removed',
      label: { zh: '审定风险消除', en: 'Approve risk removal' },
      allowed: (ctx, c) => mayDecideRemoval(ctx.actor, c),
      effect: async (tx, c) => {
        await removalRefusal(tx, c, '审定风险消除');
        return { set: { removedAt: new Date(), stepStartedAt: new Date(), stepDueAt: null } };
      },
    },
    reject_removal: {
      from: ['removal_review'],
      to: 'monitoring',
      label: { zh: '退回继续监测', en: 'Keep monitoring' },
      allowed: (ctx, c) => mayDecideRemoval(ctx.actor, c),
      needs: { reason: true },
      effect: async () => ({ set: { removalAskedAt: null, stepStartedAt: new Date(), stepDueAt: null } }),
    },
  },
});
