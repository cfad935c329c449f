import { addLimit, type WorkingCalendar } from '../server/modules/events/calendar';
import { CASE_STEPS, DATA_DEPARTMENTS, RISK_TYPES } from '../server/modules/visits/defaults';
import type {
  CaseState,
  monitoringCases,
  monitoringDepartmentRecords,
  monitoringFollowups,
  monitoringMeasures,
  monitoringSignals,
  ObjectType,
} from '../server/modules/visits/tables';
import type { Rng } from './random';
import type { Home, VisitPlan } from './visits-plan';

// Return-to-poverty monitoring around the visits: a case for every monitored household (mostly
// under monitoring, some asking for removal, some removed; households without labour stay), new
// cases in every step of identification (some past their step's limit) and some not identified,
// each from a signal of one of the three channels; open, dismissed and cleared signals (the
// at-risk list; the rules' own signals are left to the sweep); measures by risk type and monthly
// follow-ups, some taken from a visit; department records for a few persons.

export interface MonitoringRows {
  cases: (typeof monitoringCases.$inferInsert)[];
  signals: (typeof monitoringSignals.$inferInsert)[];
  measures: (typeof monitoringMeasures.$inferInsert)[];
  followups: (typeof monitoringFollowups.$inferInsert)[];
  departmentRecords: (typeof monitoringDepartmentRecords.$inferInsert)[];
}

const DAY = 86_400_000;
const day = (t: number) => new Date(t + 8 * 3_600_000).toISOString().slice(0, 10);
const MEASURE_OF: Record<string, string> = {
  illness: 'health',
  disability: 'welfare',
  schooling: 'education',
  disaster: 'housing',
  accident: 'welfare',
  industry: 'industry',
  work: 'employment',
  labour: 'public_job',
  housing: 'housing',
  water: 'water',
  other: 'other',
};
const MEASURE_TEXT: Record<string, string> = {
  health: '落实医疗保障和大病救助',
  welfare: '纳入低保，发放临时救助',
  education: '落实雨露计划和助学资助',
  housing: '危房改造，修缮加固',
  industry: '发放产业奖补，安排技术指导',
  employment: '推荐稳定就业岗位',
  public_job: '安排公益性岗位',
  water: '接通安全饮水',
  credit: '办理脱贫人口小额信贷',
  other: '结对帮扶人定期走访',
};
const REFUSALS = [
  '县级数据比对发现家庭有商品房，不纳入',
  '民主评议认为收入稳定，不纳入',
  '核实后家庭有财政供养人员，不纳入',
];
const IN_PROGRESS: [CaseState, number][] = [
  ['village_review', 20],
  ['county_compare', 15],
  ['appraisal', 15],
  ['township_review', 10],
  ['county_approval', 10],
  ['not_identified', 15],
  ['monitoring', 15],
];
const CHANNELS: ['self' | 'screening' | 'department', number][] = [
  ['self', 25],
  ['screening', 55],
  ['department', 20],
];
const REASONS = {
  self: '农户自主申报：家庭遭遇困难，申请纳入监测',
  screening: '入户排查发现返贫致贫风险',
  department: '部门筛查预警：医疗费用自付较多',
};

export const planMonitoring = (
  rng: Rng,
  uuid: () => string,
  homes: Home[],
  plan: VisitPlan,
  o: { today: number; calendar: WorkingCalendar },
): MonitoringRows => {
  const rows: MonitoringRows = { cases: [], signals: [], measures: [], followups: [], departmentRecords: [] };
  const risksOf = new Map<string, string[]>();
  for (const p of plan.problems)
    if (p.riskType) risksOf.set(p.householdId, [...(risksOf.get(p.householdId) ?? []), p.riskType]);
  const visitsOf = new Map<string, VisitPlan['visits']>();
  for (const v of plan.visits) visitsOf.set(v.householdId, [...(visitsOf.get(v.householdId) ?? []), v]);
  const taken = new Set<string>();
  const others = homes.filter((h) => h.povertyStatus !== 'monitored');
  const pickOthers = (n: number) => {
    const out: Home[] = [];
    for (let guard = 0; out.length < n && guard < n * 20 && others.length > 0; guard++) {
      const h = others[rng.int(0, others.length - 1)];
      if (!taken.has(h.id)) {
        taken.add(h.id);
        out.push(h);
      }
    }
    return out;
  };
  const monitored = homes.filter((h) => h.povertyStatus === 'monitored');
  for (const h of monitored) taken.add(h.id);
  const newCases = pickOthers(Math.max(IN_PROGRESS.length + 3, Math.round(homes.length * 0.004)));
  const work = [
    ...monitored.map((home) => ({
      home,
      state: rng.weighted<CaseState>([
        ['monitoring', 60],
        ['removal_review', 10],
        ['removed', 30],
      ]),
      late: false,
    })),
    // Every state at least once, then by weight.
    ...newCases.map((home, i) => ({
      home,
      state: i < IN_PROGRESS.length ? IN_PROGRESS[i][0] : rng.weighted(IN_PROGRESS),
      late: i < IN_PROGRESS.length ? i % 2 === 0 : rng.chance(0.3),
    })),
  ];

  for (const { home, state, late } of work) {
    const id = uuid();
    const risks = [...new Set(risksOf.get(home.id) ?? [rng.pick(RISK_TYPES).code])].slice(0, 2);
    const identified = state === 'monitoring' || state === 'removal_review' || state === 'removed';
    const noLabour = identified && state !== 'removed' && rng.chance(0.1);
    const objectType: ObjectType = risks.some((r) => RISK_TYPES.find((x) => x.code === r)?.sudden)
      ? 'sudden'
      : home.povertyStatus === 'escaped'
        ? 'unstable'
        : 'marginal';
    const stepIndex = CASE_STEPS.findIndex((s) => s.state === state);
    let firstClue: number;
    let stepStarted: number;
    let stepDue: Date | null = null;
    let identifiedAt: number | null = null;
    let removalAsked: number | null = null;
    let removed: number | null = null;
    if (stepIndex >= 0) {
      // In identification: the current step started some days ago; the late ones are past its limit.
      const step = CASE_STEPS[stepIndex];
      stepStarted = o.today - (late ? rng.int(6, 14) : rng.int(0, 1)) * DAY - rng.int(0, 8) * 3_600_000;
      firstClue = stepStarted - stepIndex * rng.int(2, 3) * DAY;
      stepDue = step.fromFirstClue
        ? new Date(firstClue + step.limit.amount * DAY)
        : addLimit(o.calendar, new Date(stepStarted), step.limit);
    } else if (state === 'not_identified') {
      firstClue = o.today - rng.int(20, 300) * DAY;
      stepStarted = firstClue + rng.int(3, 12) * DAY;
    } else {
      identifiedAt = o.today - (state === 'monitoring' ? rng.int(10, 700) : rng.int(200, 700)) * DAY;
      firstClue = identifiedAt - rng.int(8, 15) * DAY;
      stepStarted = identifiedAt;
      if (state !== 'monitoring') {
        removalAsked = Math.min(identifiedAt + rng.int(185, 400) * DAY, o.today - rng.int(1, 30) * DAY);
        stepStarted = removalAsked;
        if (state === 'removed') removed = Math.min(removalAsked + rng.int(8, 20) * DAY, o.today - DAY);
        else stepDue = addLimit(o.calendar, new Date(removalAsked), { amount: 15, unit: 'd' });
      }
    }
    const reviewed = stepIndex < 0 || stepIndex > 0;
    const at = (t: number | null) => (t == null ? null : new Date(t));
    rows.cases.push({
      id,
      regionCode: home.regionCode,
      householdId: home.id,
      signalId: null,
      firstClueAt: new Date(firstClue),
      objectType: identified || state === 'county_approval' ? objectType : null,
      riskTypes: risks,
      state,
      stepStartedAt: new Date(stepStarted),
      stepDueAt: stepDue,
      consentAt: reviewed ? new Date(firstClue + DAY) : null,
      compareResult:
        stepIndex < 0 || stepIndex > 1 ? '比对无异常：无财政供养人员、无商品房、无车辆、无经营主体' : null,
      noticeFrom: stepIndex < 0 || stepIndex > 2 ? day(firstClue + 4 * DAY) : null,
      noticeTo: stepIndex < 0 || stepIndex > 2 ? day(firstClue + 9 * DAY) : null,
      identifiedAt: at(identifiedAt),
      helperName: identified ? (home.helperName ?? home.workerName ?? '驻村工作队员') : null,
      noLabour,
      removalAskedAt: at(removalAsked),
      removedAt: at(removed),
      closeReason:
        state === 'removed'
          ? '收入持续稳定高于监测标准，风险已消除'
          : state === 'not_identified'
            ? rng.pick(REFUSALS)
            : null,
      createdAt: new Date(firstClue),
      updatedAt: new Date(stepStarted),
    });
    const channel = rng.weighted(CHANNELS);
    const visit = visitsOf.get(home.id)?.[0];
    const signalId = uuid();
    rows.cases.at(-1)!.signalId = signalId;
    rows.signals.push({
      id: signalId,
      regionCode: home.regionCode,
      householdId: home.id,
      channel,
      riskType: risks[0],
      reason: REASONS[channel],
      facts: {},
      status: 'case',
      sourceId: channel === 'screening' ? (visit?.id ?? null) : null,
      caseId: id,
      firstSeenAt: new Date(firstClue),
      lastSeenAt: new Date(firstClue),
      createdAt: new Date(firstClue),
      updatedAt: new Date(firstClue),
    });
    if (!identifiedAt) continue;
    const end = removed ?? o.today;
    const kinds = new Set(risks.map((r) => MEASURE_OF[r] ?? 'other'));
    if (rng.chance(0.5)) kinds.add(rng.pick(['credit', 'industry', 'employment']));
    for (const kind of kinds)
      rows.measures.push({
        id: uuid(),
        regionCode: home.regionCode,
        caseId: id,
        kind,
        description: MEASURE_TEXT[kind],
        startedOn: day(identifiedAt + rng.int(1, 10) * DAY),
        endedOn: removed ? day(removed) : null,
        createdAt: new Date(identifiedAt),
        updatedAt: new Date(identifiedAt),
      });
    const base = home.incomePerCapita ?? 8_000;
    const linked = (visitsOf.get(home.id) ?? []).filter(
      (v) => v.createdAt.getTime() > identifiedAt! && v.createdAt.getTime() <= end,
    );
    const dates = new Set(linked.map((v) => v.visitedOn));
    for (
      let t = identifiedAt + rng.int(25, 40) * DAY, n = 0;
      t < end && n < 12;
      t += rng.int(28, 45) * DAY, n++
    )
      if (!dates.has(day(t))) dates.add(day(t));
    for (const d of [...dates].sort()) {
      const v = linked.find((x) => x.visitedOn === d);
      const progress = (Date.parse(d) - identifiedAt) / Math.max(end - identifiedAt, DAY);
      rows.followups.push({
        id: uuid(),
        regionCode: home.regionCode,
        caseId: id,
        householdId: home.id,
        visitedOn: d,
        incomePerCapita: Math.round((base * (0.8 + 0.35 * progress)) / 10) * 10,
        note: v
          ? '十问十清走访时回访'
          : rng.pick(['措施落实到位，家庭生活稳定', '务工收入增加', '医疗费用已报销大部分', '产业有收益']),
        visitId: v?.id ?? null,
        byName: v?.visitorName ?? home.helperName ?? '帮扶责任人',
        createdAt: new Date(Date.parse(`${d}T10:00:00+08:00`)),
        updatedAt: new Date(Date.parse(`${d}T10:00:00+08:00`)),
      });
    }
  }

  // Open, dismissed and cleared signals of the self and screening channels (the at-risk list).
  for (const home of pickOthers(Math.max(5, Math.round(homes.length * 0.003)))) {
    const seen = o.today - rng.int(1, 60) * DAY;
    const status = rng.weighted<'open' | 'dismissed' | 'cleared'>([
      ['open', 70],
      ['dismissed', 20],
      ['cleared', 10],
    ]);
    const channel = rng.chance(0.4) ? 'self' : 'screening';
    rows.signals.push({
      id: uuid(),
      regionCode: home.regionCode,
      householdId: home.id,
      channel,
      riskType: risksOf.get(home.id)?.[0] ?? rng.pick(RISK_TYPES).code,
      reason: REASONS[channel],
      facts: {},
      status,
      sourceId: channel === 'screening' ? (visitsOf.get(home.id)?.[0]?.id ?? null) : null,
      firstSeenAt: new Date(seen),
      lastSeenAt: new Date(seen),
      closedAt: status === 'open' ? null : new Date(seen + rng.int(1, 10) * DAY),
      closeReason:
        status === 'open' ? null : status === 'dismissed' ? '核实后家庭收入稳定，无返贫风险' : '困难已解决',
      createdAt: new Date(seen),
      updatedAt: new Date(seen),
    });
  }

  // Department lists: a row for a few persons (heads of households), one batch per department.
  const batches = new Map(DATA_DEPARTMENTS.map((d) => [d.code, uuid()]));
  for (const home of pickOthers(Math.max(4, Math.round(homes.length * 0.002)))) {
    if (!home.headPersonId) continue;
    const dept = rng.weighted(
      DATA_DEPARTMENTS.map((d) => [d, d.code === 'medical_insurance' ? 8 : 1] as const),
    );
    const kind = dept.kinds[0].code;
    const occurred = o.today - rng.int(5, 170) * DAY;
    const imported = new Date(occurred + rng.int(3, 10) * DAY);
    const amount =
      kind === 'medical_cost'
        ? rng.int(30, 450) * 100
        : kind === 'disaster'
          ? rng.int(20, 300) * 100
          : kind === 'assistance'
            ? rng.int(5, 50) * 100
            : null;
    rows.departmentRecords.push({
      id: uuid(),
      regionCode: home.regionCode,
      personId: home.headPersonId,
      householdId: home.id,
      department: dept.code,
      kind,
      amountYuan: amount,
      occurredOn: day(occurred),
      detail: `${dept.name.zh}推送：${dept.kinds[0].name.zh}`,
      batchId: batches.get(dept.code)!,
      createdAt: imported,
      updatedAt: imported,
    });
  }
  return rows;
};
