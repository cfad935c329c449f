import type { Text } from '../../../contracts/api/home';
import type { CaseState, QuestionCode, RuleKind } from './tables';

// The default catalogues of CATALOGUES.md §7 and §10 and DOMAIN.md §7. Thresholds and rules are
// written for each county as editable rows (seed.ts); the lists below are fixed codes pages and
// reports name.

/** 十问十清 (CATALOGUES.md §10): the question, and when its answer is "clear". */
export const TEN_QUESTIONS: readonly { code: QuestionCode; name: Text; clearWhen: Text }[] = [
  {
    code: 'Q01',
    name: { zh: '几口人', en: 'How many people' },
    clearWhen: { zh: '家庭成员与户籍登记一致', en: 'members match the register' },
  },
  {
    code: 'Q02',
    name: { zh: '信息准不准', en: 'Is the record right' },
    clearWhen: { zh: '各项信息已核对', en: 'fields confirmed' },
  },
  {
    code: 'Q03',
    name: { zh: '生活好不好', en: 'How is life' },
    clearWhen: { zh: '吃、穿、住房、饮水已查看', en: 'food, clothes, housing, water checked' },
  },
  {
    code: 'Q04',
    name: { zh: '收入多少', en: 'Income' },
    clearWhen: { zh: '人均纯收入已核实', en: 'net income per person confirmed' },
  },
  {
    code: 'Q05',
    name: { zh: '是否移民', en: 'Relocated' },
    clearWhen: { zh: '搬迁情况已核实', en: 'relocation status confirmed' },
  },
  {
    code: 'Q06',
    name: { zh: '教育好不好', en: 'Schooling' },
    clearWhen: { zh: '每个孩子的就学和资助已核实', en: "each child's school and aid known" },
  },
  {
    code: 'Q07',
    name: { zh: '家人好不好', en: 'Family health' },
    clearWhen: { zh: '患病、残疾、参保情况已核实', en: 'illness, disability, insurance known' },
  },
  {
    code: 'Q08',
    name: { zh: '产业好不好', en: 'Industry' },
    clearWhen: { zh: '产业和务工情况已核实', en: 'industries and jobs known' },
  },
  {
    code: 'Q09',
    name: { zh: '帮扶人是谁', en: 'Who is the helper' },
    clearWhen: { zh: '帮扶人已知、联系得上', en: 'helper known and reachable' },
  },
  {
    code: 'Q10',
    name: { zh: '是否脱贫', en: 'Out of poverty' },
    clearWhen: { zh: '脱贫状态和监测情况已核实', en: 'status and monitoring flag known' },
  },
];

/** Question 3's checks (吃穿住行): food, clothes, safe housing, safe drinking water. */
export const LIFE_CHECKS: readonly { key: string; name: Text }[] = [
  { key: 'food', name: { zh: '不愁吃', en: 'Enough food' } },
  { key: 'clothes', name: { zh: '不愁穿', en: 'Enough clothes' } },
  { key: 'housing', name: { zh: '住房安全', en: 'Safe housing' } },
  { key: 'water', name: { zh: '饮水安全', en: 'Safe drinking water' } },
];

/** 风险类型 (CATALOGUES.md §7). */
export const RISK_TYPES: readonly { code: string; name: Text; sudden: boolean }[] = [
  { code: 'illness', name: { zh: '因病', en: 'Illness' }, sudden: true },
  { code: 'disability', name: { zh: '因残', en: 'Disability' }, sudden: true },
  { code: 'schooling', name: { zh: '因学', en: 'Schooling' }, sudden: false },
  { code: 'disaster', name: { zh: '因灾', en: 'Disaster' }, sudden: true },
  { code: 'accident', name: { zh: '因意外事故', en: 'Accident' }, sudden: true },
  { code: 'industry', name: { zh: '产业项目失败', en: 'Failed industry project' }, sudden: true },
  { code: 'work', name: { zh: '务工就业不稳', en: 'Unstable work' }, sudden: false },
  { code: 'labour', name: { zh: '缺劳动力', en: 'Lack of labour' }, sudden: false },
  { code: 'housing', name: { zh: '住房安全', en: 'Unsafe housing' }, sudden: false },
  { code: 'water', name: { zh: '饮水安全', en: 'Drinking water' }, sudden: false },
  { code: 'other', name: { zh: '其他', en: 'Other' }, sudden: false },
];

/** 监测对象类型 (CATALOGUES.md §7). */
export const OBJECT_TYPES: readonly { code: 'unstable' | 'marginal' | 'sudden'; name: Text }[] = [
  { code: 'unstable', name: { zh: '脱贫不稳定户', en: 'Unstable formerly poor' } },
  { code: 'marginal', name: { zh: '边缘易致贫户', en: 'Marginal, at risk of poverty' } },
  { code: 'sudden', name: { zh: '突发严重困难户', en: 'Sudden severe hardship' } },
];

/** 帮扶措施 kinds. */
export const MEASURE_KINDS: readonly { code: string; name: Text }[] = [
  { code: 'industry', name: { zh: '产业帮扶', en: 'Industry' } },
  { code: 'employment', name: { zh: '就业帮扶', en: 'Employment' } },
  { code: 'health', name: { zh: '健康帮扶', en: 'Health' } },
  { code: 'education', name: { zh: '教育帮扶', en: 'Education' } },
  { code: 'housing', name: { zh: '住房保障', en: 'Housing' } },
  { code: 'water', name: { zh: '饮水保障', en: 'Drinking water' } },
  { code: 'welfare', name: { zh: '综合保障（低保、特困）', en: 'Social assistance' } },
  { code: 'credit', name: { zh: '小额信贷', en: 'Small loans' } },
  { code: 'public_job', name: { zh: '公益岗位', en: 'Public-welfare job' } },
  { code: 'other', name: { zh: '其他', en: 'Other' } },
];

/** A time limit of a step: working days, calendar days; `atLeast` for a notice's least length. */
export interface StepLimit {
  amount: number;
  unit: 'wd' | 'd';
  atLeast?: boolean;
}

/**
 * The identification steps and their limits (CATALOGUES.md §7 table). The county approval's limit
 * is counted from the first clue (≤ 15 days in all), the others from the step's start.
 */
export const CASE_STEPS: readonly {
  state: CaseState;
  name: Text;
  limit: StepLimit;
  fromFirstClue?: boolean;
}[] = [
  {
    state: 'village_review',
    name: { zh: '村级核实（入户、承诺授权）', en: 'Village review (visit, consent)' },
    limit: { amount: 3, unit: 'wd' },
  },
  {
    state: 'county_compare',
    name: { zh: '县级数据比对', en: 'County data comparison' },
    limit: { amount: 5, unit: 'wd' },
  },
  {
    state: 'appraisal',
    name: { zh: '民主评议与村内公示', en: 'Democratic appraisal and village notice' },
    limit: { amount: 5, unit: 'd', atLeast: true },
  },
  {
    state: 'township_review',
    name: { zh: '乡镇审核', en: 'Township review' },
    limit: { amount: 2, unit: 'wd' },
  },
  {
    state: 'county_approval',
    name: { zh: '县级审定、落实帮扶措施', en: 'County approval and measures' },
    limit: { amount: 15, unit: 'd' },
    fromFirstClue: true,
  },
];

/** 风险消除 conditions (CATALOGUES.md §7): months since identification, measures, months above the line. */
export const REMOVAL_RULES = { monthsIdentified: 6, leastMeasures: 1, monthsAboveLine: 6 } as const;

/** The rules written for each county (seed.ts), each editable as a new version. */
export const DEFAULT_RULES: readonly {
  code: string;
  kind: RuleKind;
  name: string;
  params: Record<string, unknown>;
}[] = [
  { code: 'R1', kind: 'income_below', name: '人均纯收入低于监测标准', params: {} },
  { code: 'R2', kind: 'rigid_spending', name: '刚性支出自付超过家庭收入一半', params: { share: 0.5 } },
  {
    code: 'R3',
    kind: 'sudden_event',
    name: '近期遭遇疾病、残疾、灾害、意外等突发情况',
    params: {
      days: 90,
      riskTypes: RISK_TYPES.filter((r) => r.sudden).map((r) => r.code),
      eventCategories: ['E06', 'E15'],
    },
  },
  {
    code: 'R4',
    kind: 'department_data',
    name: '部门数据预警（医疗自付、新增残疾等）',
    params: { days: 180, medicalYuan: 10000 },
  },
];

/**
 * Default thresholds (元/人/年) where a source names one (CATALOGUES.md §7): 云南 2024 and 2025
 * 8,700, 福建 (闽侯) 2023 10,560. Elsewhere the county starts from 8,700 and the page asks it to
 * enter its province's figure.
 */
export const KNOWN_THRESHOLDS: readonly {
  province: string;
  year: number;
  amountYuan: number;
  note: string;
}[] = [
  { province: '53', year: 2024, amountYuan: 8700, note: '云南省 2024 年防返贫监测范围' },
  { province: '53', year: 2025, amountYuan: 8700, note: '云南省 2025 年防返贫监测范围' },
  { province: '35', year: 2023, amountYuan: 10560, note: '福建省闽侯县 2023 年监测范围' },
];
export const FALLBACK_THRESHOLD = {
  amountYuan: 8700,
  note: '默认值（参照云南省 2024—2025 年标准），请按本省公布的当年监测范围修改',
} as const;

/** 十联六常: the eleven contacts of a county leader (DOMAIN.md §7). */
export const CONTACT_KINDS: readonly { code: string; name: Text }[] = [
  { code: 'township', name: { zh: '联系一个乡镇', en: 'A township' } },
  { code: 'village', name: { zh: '联系一个村', en: 'A village' } },
  { code: 'school', name: { zh: '联系一所学校', en: 'A school' } },
  { code: 'clinic', name: { zh: '联系一个卫生院（室）', en: 'A clinic' } },
  { code: 'enterprise', name: { zh: '联系一家企业', en: 'An enterprise' } },
  { code: 'social_org', name: { zh: '联系一个社会组织', en: 'A social organization' } },
  { code: 'cooperative', name: { zh: '联系一个合作社', en: 'A cooperative' } },
  { code: 'professional', name: { zh: '联系一名专业人才', en: 'A professional' } },
  { code: 'deputy', name: { zh: '联系一名人大代表或政协委员', en: 'A deputy or committee member' } },
  { code: 'veteran', name: { zh: '联系一名老干部或老党员', en: 'A retired cadre or old member' } },
  { code: 'entrepreneur', name: { zh: '联系一名创业成功人士', en: 'A successful entrepreneur' } },
];

/** 六常: the six kinds of contact. */
export const CONTACT_ACTIONS: readonly { code: string; name: Text }[] = [
  { code: 'contact', name: { zh: '常联系', en: 'Contact' } },
  { code: 'visit', name: { zh: '常走访', en: 'Visit' } },
  { code: 'help', name: { zh: '常帮扶', en: 'Help' } },
  { code: 'preach', name: { zh: '常宣讲', en: 'Preach' } },
  { code: 'guide', name: { zh: '常指导', en: 'Guide' } },
  { code: 'summarize', name: { zh: '常总结', en: 'Summarize' } },
];

/**
 * 十步法 for stationed cadres (DOMAIN.md §7, seed G names the method, not its steps; these ten are
 * assumed from the usual order of a stationed term).
 */
export const TEN_STEPS: readonly { code: string; name: Text }[] = [
  { code: 'S01', name: { zh: '报到入村', en: 'Report to the village' } },
  { code: 'S02', name: { zh: '走访摸底', en: 'Visit every household' } },
  { code: 'S03', name: { zh: '分析村情', en: 'Analyse the village' } },
  { code: 'S04', name: { zh: '理清思路、制定规划', en: 'Draw up a plan' } },
  { code: 'S05', name: { zh: '建强支部', en: 'Strengthen the branch' } },
  { code: 'S06', name: { zh: '发展产业', en: 'Develop industry' } },
  { code: 'S07', name: { zh: '办好实事', en: 'Deliver practical help' } },
  { code: 'S08', name: { zh: '化解矛盾', en: 'Resolve disputes' } },
  { code: 'S09', name: { zh: '建章立制', en: 'Set up rules' } },
  { code: 'S10', name: { zh: '总结交接', en: 'Sum up and hand over' } },
];

/** Departments whose lists the department channel imports (CATALOGUES.md §7). */
export const DATA_DEPARTMENTS: readonly {
  code: string;
  name: Text;
  kinds: readonly { code: string; name: Text }[];
}[] = [
  {
    code: 'medical_insurance',
    name: { zh: '医保', en: 'Medical insurance' },
    kinds: [{ code: 'medical_cost', name: { zh: '医疗费用自付', en: 'Self-paid medical cost' } }],
  },
  {
    code: 'civil_affairs',
    name: { zh: '民政', en: 'Civil affairs' },
    kinds: [{ code: 'assistance', name: { zh: '救助', en: 'Assistance' } }],
  },
  {
    code: 'education',
    name: { zh: '教育', en: 'Education' },
    kinds: [{ code: 'dropout', name: { zh: '辍学风险', en: 'Dropout risk' } }],
  },
  {
    code: 'human_resources',
    name: { zh: '人社', en: 'Human resources' },
    kinds: [{ code: 'job_loss', name: { zh: '失业', en: 'Job loss' } }],
  },
  {
    code: 'disability',
    name: { zh: '残联', en: 'Disabled persons federation' },
    kinds: [{ code: 'disability', name: { zh: '新增残疾', en: 'New disability' } }],
  },
  {
    code: 'housing',
    name: { zh: '住建', en: 'Housing' },
    kinds: [{ code: 'unsafe_house', name: { zh: '危房', en: 'Unsafe house' } }],
  },
  {
    code: 'emergency',
    name: { zh: '应急', en: 'Emergency management' },
    kinds: [{ code: 'disaster', name: { zh: '受灾', en: 'Disaster loss' } }],
  },
];
