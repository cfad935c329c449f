import type { Text } from '../../../../contracts/api/home';
import type { ReportRow } from '../../../../contracts/api/visits-reports';
import type { Figure } from '../../../platform/modules/manifest';
import { beijingToday, yearPeriod } from './policy';
import { reportRegion } from './region';
import { reportRows } from './report-query';

// The figures other modules read (assessments' record-filled indicators, dashboards): the report's
// total for a region and a calendar year. A region outside the caller's scope answers NotFound.

const total = async (ctx: Parameters<Figure['compute']>[0], q: { regionCode: string; year?: number }) => {
  const region = await reportRegion(ctx, q.regionCode);
  const year = q.year ?? Number(beijingToday().slice(0, 4));
  return (await reportRows(ctx, region, yearPeriod(year))).total;
};

const figure = (
  key: string,
  label: Text,
  definition: Text,
  unit: Text,
  pick: (row: ReportRow) => number,
): Figure => ({
  key,
  label,
  definition,
  unit,
  compute: async (ctx, q) => pick(await total(ctx, q)),
});

const HOUSEHOLDS: Text = { zh: '户', en: 'households' };
const PROBLEMS: Text = { zh: '个', en: 'problems' };

export const reportsFigures: readonly Figure[] = [
  figure(
    'visits.householdsVisited',
    { zh: '走访农户数', en: 'Households visited' },
    {
      zh: '该年度区域内有走访记录的农户数（一户多次走访计一户）',
      en: 'Distinct households with a visit in the year',
    },
    HOUSEHOLDS,
    (r) => r.householdsVisited,
  ),
  figure(
    'visits.problems',
    { zh: '走访收集问题数', en: 'Problems collected on visits' },
    { zh: '该年度走访中发现的问题数', en: 'Problems found by the year’s visits' },
    PROBLEMS,
    (r) => r.problems,
  ),
  figure(
    'visits.solvedOnSpot',
    { zh: '当场解决问题数', en: 'Problems solved on the spot' },
    { zh: '该年度走访中当场解决的问题数', en: 'Problems of the year’s visits solved on the spot' },
    PROBLEMS,
    (r) => r.solvedOnSpot,
  ),
  figure(
    'visits.passedOn',
    { zh: '转办问题数', en: 'Problems passed on' },
    {
      zh: '该年度走访中转为网格事件办理的问题数',
      en: 'Problems of the year’s visits passed on as grid events',
    },
    PROBLEMS,
    (r) => r.passedOn,
  ),
  figure(
    'monitoring.households',
    { zh: '防返贫监测户数', en: 'Monitored households' },
    {
      zh: '该年度末已识别为监测对象且风险未消除的农户数',
      en: 'Households identified for monitoring and not removed at the end of the year',
    },
    HOUSEHOLDS,
    (r) => r.monitored,
  ),
  figure(
    'monitoring.overdueSteps',
    { zh: '识别超时环节数', en: 'Overdue identification steps' },
    {
      zh: '当前处于识别环节且已超过时限的监测对象数',
      en: 'Cases now in an identification step past its time limit',
    },
    { zh: '个', en: 'cases' },
    (r) => r.overdueSteps,
  ),
  figure(
    'monitoring.removed',
    { zh: '风险消除户数', en: 'Households with risk removed' },
    { zh: '该年度内风险消除的监测对象数', en: 'Cases whose risk was removed in the year' },
    HOUSEHOLDS,
    (r) => r.removed,
  ),
];
