import type {
  CadreRules,
  CriteriaRules,
  FlagLevel,
  IndicatorSource,
  ScoringMethod,
  StarThresholds,
  Tier,
} from './tables';

// The default catalogues of assessments a county starts with (CATALOGUES.md §1, §2, §10), written
// when its regions are imported and edited by the county organization department afterwards.

export interface DefaultIndicator {
  code: string;
  area: string;
  name: string;
  method: ScoringMethod;
  maxPoints: number;
  tiers?: Tier[];
  evidence?: string;
  evidenceRequired?: boolean;
  source?: IndicatorSource;
  description?: string;
}

export const AREA_NAMES: Record<string, string> = {
  A: '组织体系',
  B: '班子队伍',
  C: '党员队伍',
  D: '发展业绩',
  E: '服务群众',
  F: '治理机制',
  G: '群众满意度',
  V: '否决事项',
};

/** CATALOGUES.md §2, Zoucheng bands: 5★ ≥ 90, 4★ ≥ 80, 3★ ≥ 70, 2★ ≥ 60, otherwise 1★. */
export const DEFAULT_THRESHOLDS: StarThresholds = { five: 90, four: 80, three: 70, two: 60 };

/** Satisfaction below 60 % caps at 2★ (Zoucheng); a veto (weak, secretary sanctioned) at 1★; no share caps. */
export const DEFAULT_RULES: CriteriaRules = {
  satisfaction: { indicator: 'G1', below: 60, maxStars: 2 },
  vetoMaxStars: 1,
  caps: null,
};

/** 集体经济经营性收入档次 (CATALOGUES.md §11 tiers T0–T6) as points of area D. */
export const INCOME_TIERS: Tier[] = [
  { label: '空壳（无经营性收入）', points: 0, min: 0 },
  { label: '5 万元以下', points: 2, min: 1 },
  { label: '5–10 万元', points: 5, min: 50_000 },
  { label: '10–20 万元', points: 7, min: 100_000 },
  { label: '20–50 万元', points: 9, min: 200_000 },
  { label: '50–100 万元', points: 11, min: 500_000 },
  { label: '100 万元以上', points: 12, min: 1_000_000 },
];

/** The default criteria: areas A–G add up to 100 (weights of A–F assumed, G from Zoucheng), plus the veto. */
export const DEFAULT_INDICATORS: DefaultIndicator[] = [
  {
    code: 'A1',
    area: 'A',
    name: '党组织设置规范，按规定设立党支部、党小组',
    method: 'yesno',
    maxPoints: 4,
    evidence: '党组织设置批复或名册',
  },
  {
    code: 'A2',
    area: 'A',
    name: '产业、网格党小组覆盖到位',
    method: 'yesno',
    maxPoints: 3,
    evidence: '党小组名单',
  },
  {
    code: 'A3',
    area: 'A',
    name: '党员、组织台账完整规范',
    method: 'yesno',
    maxPoints: 3,
    evidence: '台账照片',
  },
  {
    code: 'B1',
    area: 'B',
    name: '村“两委”班子健全',
    method: 'yesno',
    maxPoints: 4,
    description: '班子不健全扣 4 分',
  },
  {
    code: 'B2',
    area: 'B',
    name: '班子团结，无内耗',
    method: 'yesno',
    maxPoints: 3,
    description: '班子不团结扣 3 分',
  },
  { code: 'B3', area: 'B', name: '班子中有女性成员', method: 'yesno', maxPoints: 2 },
  { code: 'B4', area: 'B', name: '班子中有 35 岁以下成员', method: 'yesno', maxPoints: 1 },
  {
    code: 'B5',
    area: 'B',
    name: '储备村级后备干部 2 名以上',
    method: 'yesno',
    maxPoints: 2,
    evidence: '后备干部名单',
  },
  {
    code: 'C1',
    area: 'C',
    name: '“三会一课”、主题党日等组织生活落实',
    method: 'points',
    maxPoints: 4,
    evidence: '会议记录照片',
    evidenceRequired: true,
    description: '每缺一项活动扣 1 分（见 CATALOGUES.md §9 频次）',
  },
  { code: 'C2', area: 'C', name: '党员积分制管理正常运行', method: 'yesno', maxPoints: 3 },
  {
    code: 'C3',
    area: 'C',
    name: '两年内发展新党员 1 名以上',
    method: 'yesno',
    maxPoints: 3,
    source: { figure: 'members.probationary', map: 'atLeast', min: 1 },
    description: '由党员名册自动读取：现有预备党员 1 名以上即为达标',
  },
  {
    code: 'D1',
    area: 'D',
    name: '村集体经济经营性收入',
    method: 'tiers',
    maxPoints: 12,
    tiers: INCOME_TIERS,
    evidence: '村集体经济收支明细账（由年度账目读取）',
    source: { figure: 'economy.operatingIncome', map: 'tiers' },
    description: '由集体经济模块自动读取：本村当年年度收支的经营性收入（元）',
  },
  {
    code: 'D2',
    area: 'D',
    name: '村党组织书记领办项目见效',
    method: 'yesno',
    maxPoints: 6,
    evidence: '项目资料、照片',
  },
  {
    code: 'E1',
    area: 'E',
    name: '便民服务站有人值守、服务清单公开',
    method: 'yesno',
    maxPoints: 4,
    evidence: '服务站照片',
  },
  {
    code: 'E2',
    area: 'E',
    name: '网格事件按时办结',
    method: 'tiers',
    maxPoints: 6,
    tiers: [
      { label: '按时办结率低于 70%', points: 0, min: 0 },
      { label: '70% 以上', points: 2, min: 70 },
      { label: '85% 以上', points: 4, min: 85 },
      { label: '95% 以上', points: 6, min: 95 },
    ],
    source: { figure: 'events.onTimeRate', map: 'tiers' },
    description: '由网格事件自动读取当年按时办结率',
  },
  {
    code: 'F1',
    area: 'F',
    name: '党务村务财务按季度公开',
    method: 'points',
    maxPoints: 4,
    evidence: '公开栏照片',
    evidenceRequired: true,
    description: '每少公开一次扣 1 分',
  },
  { code: 'F2', area: 'F', name: '村规民约健全并执行', method: 'yesno', maxPoints: 3 },
  { code: 'F3', area: 'F', name: '网格化管理、十户联防运行', method: 'yesno', maxPoints: 3 },
  {
    code: 'G1',
    area: 'G',
    name: '群众满意度测评',
    method: 'percent',
    maxPoints: 30,
    evidence: '满意度测评汇总表',
    evidenceRequired: true,
    description: '满意率（%）× 30；低于 60% 最高评为二星',
  },
  {
    code: 'V1',
    area: 'V',
    name: '被认定为软弱涣散村党组织，或村党组织书记受到党纪政务处分',
    method: 'veto',
    maxPoints: 0,
    description: '选“是”则最高评为一星',
  },
];

// ---------------------------------------------------------------------------------------------

export interface DefaultFlagKind {
  code: string;
  name: string;
  level: FlagLevel;
  description?: string;
}

/**
 * 乡村振兴·争创五旗 (seed T): the five village flags follow the five aims of rural revitalization
 * (assumed; the seed names only 红旗村), plus 红旗乡镇, 红旗屯 and 红旗户 (DOMAIN.md §3).
 */
export const DEFAULT_FLAG_KINDS: DefaultFlagKind[] = [
  { code: 'FT1', name: '红旗乡镇', level: 'township' },
  { code: 'FV1', name: '产业兴旺红旗村', level: 'village' },
  { code: 'FV2', name: '生态宜居红旗村', level: 'village' },
  { code: 'FV3', name: '乡风文明红旗村', level: 'village' },
  { code: 'FV4', name: '治理有效红旗村', level: 'village' },
  { code: 'FV5', name: '生活富裕红旗村', level: 'village' },
  { code: 'FG1', name: '红旗屯', level: 'group' },
  { code: 'FH1', name: '红旗户', level: 'household' },
];

// ---------------------------------------------------------------------------------------------

export interface DefaultChecklistItem {
  code: string;
  group: 'have' | 'ize';
  name: string;
  evidence: string;
  source?: IndicatorSource;
}

/** 十有五化 (CATALOGUES.md §10, seed G): items whose evidence the records hold are filled from them. */
export const DEFAULT_CHECKLIST: DefaultChecklistItem[] = [
  { code: 'H01', group: 'have', name: '有好的领导班子', evidence: '星级评定“班子队伍”得分率 80% 以上' },
  { code: 'H02', group: 'have', name: '有过硬的党员队伍', evidence: '90% 以上党员评议合格' },
  {
    code: 'H03',
    group: 'have',
    name: '有村干部培养机制',
    evidence: '储备后备干部 2 名以上（按干部队伍中在任的后备干部人数自动判定）',
    source: { figure: 'cadres.reserve', map: 'atLeast', min: 2 },
  },
  { code: 'H04', group: 'have', name: '有完善的公共服务和基础设施', evidence: '便民服务站有人值守' },
  { code: 'H05', group: 'have', name: '有党群服务阵地', evidence: '阵地达到县定标准' },
  {
    code: 'H06',
    group: 'have',
    name: '有集体经济组织',
    evidence: '集体经济经营性收入 5 万元以上（按本村当年年度收支自动判定）',
    source: { figure: 'economy.operatingIncome', map: 'atLeast', min: 50_000 },
  },
  {
    code: 'H07',
    group: 'have',
    name: '有富民产业',
    evidence: '有书记领办项目 1 个以上（按当年书记领办项目自动判定）',
    source: { figure: 'economy.ledProjects', map: 'atLeast', min: 1 },
  },
  {
    code: 'H08',
    group: 'have',
    name: '有良好的社会治安',
    evidence: '无宗族黑恶干扰、无群体性事件；当前无超期未办的网格事件',
    source: { figure: 'events.overdueNow', map: 'atMost', max: 0 },
  },
  { code: 'H09', group: 'have', name: '有整洁的环境卫生', evidence: '人居环境积分平均分达标' },
  { code: 'H10', group: 'have', name: '有良好的群众口碑', evidence: '群众满意率 80% 以上' },
  { code: 'Z1', group: 'ize', name: '群众化', evidence: '群众参与村务' },
  { code: 'Z2', group: 'ize', name: '规范化', evidence: '制度上墙、台账规范' },
  { code: 'Z3', group: 'ize', name: '项目化', evidence: '重点工作项目化推进' },
  { code: 'Z4', group: 'ize', name: '信息化', evidence: '台账在本系统中维护' },
  { code: 'Z5', group: 'ize', name: '机制化', evidence: '长效机制成文' },
];

// ---------------------------------------------------------------------------------------------

export interface DefaultSituation {
  code: string;
  name: string;
  rule: string;
  detect?: IndicatorSource;
}

/** CATALOGUES.md §1a: any one suffices. `detect` marks the ones the records can find. */
export const DEFAULT_SITUATIONS: DefaultSituation[] = [
  { code: 'W01', name: '书记长期缺职、不胜任、不在状态', rule: '缺职 3 个月以上且工作停滞' },
  { code: 'W02', name: '班子不健全、不团结、内耗严重', rule: '乡镇认定' },
  { code: 'W03', name: '组织制度形同虚设', rule: '当年缺少任一项规定组织生活' },
  { code: 'W04', name: '换届拉票贿选、未按期换届', rule: '未按期换届' },
  { code: 'W05', name: '村务财务不公开、民主管理混乱', rule: '公开少于每季度一次' },
  { code: 'W06', name: '宗族宗教和黑恶势力干扰渗透', rule: '公安、政法机关认定' },
  { code: 'W07', name: '社会治安和信访矛盾集中', rule: '发生群体性事件 1 起以上' },
  {
    code: 'W08',
    name: '服务意识差、能力弱、群众意见大',
    rule: '群众满意率低于 60%（网格事件平均评分低于 3 分视同）',
    detect: { figure: 'events.satisfaction', map: 'atMost', max: 2.99 },
  },
  { code: 'W09', name: '发展党员工作不重视', rule: '连续 2 年以上未发展党员' },
  { code: 'W10', name: '年度考核末位', rule: '星级评定为一星' },
  { code: 'W11', name: '纪检、政法、信访部门通报', rule: '相关部门通报' },
  {
    code: 'W12',
    name: '集体经济“空壳”',
    rule: '经营性收入低于 5 万元（按本村当年年度收支自动判定）',
    // Income comes in 元 with fen as decimals: below 50,000 is at most 49,999.99.
    detect: { figure: 'economy.operatingIncome', map: 'atMost', max: 49_999.99, zeroCounts: true },
  },
];

export interface DefaultTemplate {
  code: string;
  name: string;
  slots: { title: string; hint?: string }[];
}

const named = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => ({ title: `${prefix}${i + 1}` }));

/** CATALOGUES.md §1b and §1c: 一村一策 from R01–R08, 凌云 八个一 (suggested fill), 田东 8+2+1 (11 empty slots). */
export const DEFAULT_TEMPLATES: DefaultTemplate[] = [
  {
    code: 'R',
    name: '一村一策（通用整顿措施）',
    slots: [
      { title: '县级领导包抓', hint: 'R01' },
      { title: '“三个一”：一次调研、一次党课、一件实事', hint: 'R02' },
      { title: '选派第一书记', hint: 'R03' },
      { title: '一村一策：问题、措施、时限、责任人', hint: 'R04' },
      { title: '调整、配强书记', hint: 'R05' },
      { title: '审计、查处、打击村霸', hint: 'R06' },
      { title: '强村带弱村、结对帮扶', hint: 'R07' },
      { title: '月报进展、县级督查', hint: 'R08' },
    ],
  },
  {
    code: 'L8',
    name: '八个一（凌云）',
    slots: [
      { title: '一名县级领导联系' },
      { title: '一名乡镇领导包村' },
      { title: '一名第一书记驻村' },
      { title: '一个帮扶单位结对' },
      { title: '一套整顿方案' },
      { title: '一个产业项目' },
      { title: '一本整顿台账' },
      { title: '一次验收评估' },
    ],
  },
  { code: 'T11', name: '8+2+1（田东）', slots: named(11, '措施 ') },
];

/** Cadre assessment (docs/assessments.md): assumed defaults, county-editable. */
export const DEFAULT_CADRE_RULES: CadreRules = {
  weights: { members: 30, villagers: 30, township: 20, debrief: 20 },
  grades: { excellent: 90, competent: 75, basic: 60 },
  oneVote: { approve: 'excellent', veto: true },
  pay: { excellent: 120, competent: 100, basic: 80, incompetent: 0 },
};
