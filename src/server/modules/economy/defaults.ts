import type { Text } from '../../../contracts/api/home';
import type { IncomeBand, IncomeCode } from './tables';

// The default catalogues of CATALOGUES.md §11, written for each county as editable rows
// (seed.ts): income source codes, the income tiers and 凌云's target.

export interface IncomeSource {
  code: IncomeCode;
  name: Text;
  /** Counts towards operating income (经营性收入). */
  operating: boolean;
  /** Sub-items the Excel template lists as examples. */
  examples: string;
  /** The source was deleted by the 2023 accounting system (in force 2024): old years only. */
  legacy?: boolean;
}

export const INCOME_SOURCES: readonly IncomeSource[] = [
  {
    code: 'I1',
    name: { zh: '经营收入', en: 'Operating income' },
    operating: true,
    examples: '农产品和物资销售、出租、服务、劳务',
  },
  {
    code: 'I2',
    name: { zh: '发包及上交收入', en: 'Contracting and remitted income' },
    operating: true,
    examples: '土地、果园、鱼塘、林地发包，村办企业上交利润',
  },
  {
    code: 'I3',
    name: { zh: '投资收益', en: 'Investment income' },
    operating: true,
    examples: '入股分红、联营收益',
  },
  {
    code: 'I4',
    name: { zh: '补助收入', en: 'Subsidy income' },
    operating: false,
    examples: '财政补助、转移支付',
  },
  {
    code: 'I5',
    name: { zh: '其他收入', en: 'Other income' },
    operating: false,
    examples: '利息、罚款、盘盈、核销的应付款',
  },
  {
    code: 'I6',
    name: { zh: '农业税附加返还收入', en: 'Agricultural-tax surcharge refund' },
    operating: false,
    examples: '（2023 年制度已取消，仅旧年度）',
    legacy: true,
  },
];

export const INCOME_CODES = INCOME_SOURCES.map((s) => s.code) as [IncomeCode, ...IncomeCode[]];

export const isOperating = (code: IncomeCode): boolean =>
  INCOME_SOURCES.find((s) => s.code === code)?.operating ?? false;

/** From this year contracting income is booked as operating or investment income, tagged 发包. */
export const CONTRACTING_TAG_FROM = 2024;

const WAN = 1_000_000; // 1 万元 in fen

/** CATALOGUES.md §11 tiers of yearly operating income, in fen. */
export const DEFAULT_BANDS: readonly IncomeBand[] = [
  { code: 'T0', label: '空壳村（无经营性收入）', minFen: 0 },
  { code: 'T1', label: '薄弱村（5 万元以下）', minFen: 1 },
  { code: 'T2', label: '5–10 万元', minFen: 5 * WAN },
  { code: 'T3', label: '10–20 万元', minFen: 10 * WAN },
  { code: 'T4', label: '20–50 万元', minFen: 20 * WAN },
  { code: 'T5', label: '50–100 万元', minFen: 50 * WAN },
  { code: 'T6', label: '强村（100 万元以上）', minFen: 100 * WAN },
];

/** 凌云's target for the end of 2025: every village ≥ 120,000 and 60 % ≥ 200,000 (seed L). */
export const DEFAULT_TARGET = {
  name: '到 2025 年底村村集体经济收入达 12 万元以上、60% 的村达 20 万元以上',
  byYear: 2025,
  everyMinFen: 12 * WAN,
  shareMinFen: 20 * WAN,
  sharePercent: 60,
};

/** Below this a village is 薄弱 (消除薄弱村 lists): the lower edge of T2 by default. */
export const WEAK_BELOW_FEN = 5 * WAN;

export const ASSET_KINDS: Readonly<Record<string, Text>> = {
  land: { zh: '土地', en: 'Land' },
  building: { zh: '房屋建筑', en: 'Buildings' },
  equipment: { zh: '机器设备', en: 'Equipment' },
  forest: { zh: '林地果园', en: 'Forest and orchards' },
  water: { zh: '水面鱼塘', en: 'Ponds and water' },
  facility: { zh: '设施（厂房、冷库、光伏）', en: 'Facilities' },
  other: { zh: '其他', en: 'Other' },
};

export const ENTITY_KINDS: Readonly<Record<string, Text>> = {
  cooperative: { zh: '农民专业合作社', en: 'Farmers’ cooperative' },
  company: { zh: '村集体公司', en: 'Collective company' },
  enterprise: { zh: '合作企业', en: 'Partner enterprise' },
  other: { zh: '其他经营主体', en: 'Other' },
};

export const MODEL_PARTS: Readonly<Record<string, Text>> = {
  company: { zh: '公司', en: 'Company' },
  base: { zh: '基地', en: 'Base' },
  branch: { zh: '党支部', en: 'Party branch' },
  cooperative: { zh: '合作社', en: 'Cooperative' },
  farmers: { zh: '农户', en: 'Farmers' },
};
