import type { FigureReport } from '../../../contracts/api/figures';

// The standard returns the modules know (一表通, docs/dashboards.md): ready-made, the same for every
// county, generated from the records like any report a county defines. Figures of a record kind
// that is not installed are left out when the sheet is made.

const standard = (
  id: string,
  name: string,
  rowLevel: 'township' | 'village',
  keys: string[],
  note: string,
): FigureReport => ({
  id,
  name,
  rowLevel,
  keys,
  note,
  regionCode: null,
  standard: true,
  updatedAt: null,
});

export const STANDARD_REPORTS: readonly FigureReport[] = [
  standard(
    'std-economy',
    '村级集体经济收入情况表',
    'village',
    ['economy.operatingIncome', 'economy.totalIncome', 'economy.weakVillages', 'economy.incomeTiers'],
    '各村当年集体经营性收入、总收入，是否薄弱村及收入档次（村集体经济年报；按季度生成即季度报表，收入为一季度至该季度末累计）',
  ),
  standard(
    'std-events',
    '网格事件办理考核表',
    'township',
    [
      'events.reported',
      'events.closed',
      'events.onTimeRate',
      'events.satisfaction',
      'events.redoRate',
      'events.overdueNow',
    ],
    '各乡镇当年网格事件上报、办结、按时办结率、满意度、返工率和当前超期数',
  ),
  standard(
    'std-members',
    '党员队伍和发展党员情况表',
    'township',
    ['members.count', 'members.full', 'members.probationary', 'members.pipeline', 'members.developed'],
    '各乡镇党员人数、正式和预备党员，发展党员在培养人数和当年发展数',
  ),
  standard(
    'std-monitoring',
    '防止返贫监测情况表',
    'township',
    [
      'visits.householdsVisited',
      'visits.problems',
      'visits.solvedOnSpot',
      'visits.passedOn',
      'monitoring.households',
      'monitoring.overdueSteps',
      'monitoring.removed',
    ],
    '各乡镇当年走访农户、收集和解决问题，监测户、识别超时和风险消除情况',
  ),
  standard(
    'std-organization',
    '基层组织建设情况表',
    'township',
    [
      'coverage.organizationalRate',
      'coverage.workRate',
      'cadres.oneShoulderRate',
      'cadres.village',
      'cadres.reserve',
      'cadres.workTeams',
      'assess.stars',
      'assess.fiveStarVillages',
      'assess.weakRectified',
    ],
    '各乡镇两个覆盖、一肩挑比例、村干部和后备干部、驻村工作队、星级评定和软弱涣散整顿',
  ),
];
