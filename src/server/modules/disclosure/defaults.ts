import type { DisclosureFrequency, DisclosureSource } from '../../../contracts/api/disclosure';

// 十公开 (DOMAIN.md §8): the ten kinds every county starts with, in the order villages post them.
// Party and village affairs and finances at least quarterly (CATALOGUES.md §9 "党务村务公开 ≥
// quarterly"); the rest as commonly practised. Kinds whose content the system holds name the
// records an item is drafted from. The county edits all of this afterwards.

export interface DefaultKind {
  code: string;
  name: string;
  description: string;
  frequency: DisclosureFrequency;
  source: DisclosureSource | null;
  beneficiaries: boolean;
}

export const DEFAULT_KINDS: readonly DefaultKind[] = [
  {
    code: 'G01',
    name: '村级治理职责',
    description: '村级组织工作职责、村级事务清单、议事规则和办事流程',
    frequency: 'yearly',
    source: null,
    beneficiaries: false,
  },
  {
    code: 'G02',
    name: '党务公开',
    description: '党组织设置、党员发展、党费收缴、星级评定结果、主题党日等',
    frequency: 'quarterly',
    source: 'stars',
    beneficiaries: false,
  },
  {
    code: 'G03',
    name: '村务公开',
    description: '村民（代表）会议决定事项、四议两公开事项、工程项目',
    frequency: 'quarterly',
    source: null,
    beneficiaries: false,
  },
  {
    code: 'G04',
    name: '农业补贴',
    description: '耕地地力保护补贴等惠农补贴的标准、户数和金额（户名打码）',
    frequency: 'asneeded',
    source: null,
    beneficiaries: true,
  },
  {
    code: 'G05',
    name: '财务公开',
    description: '村集体收入、支出、资产、债权债务，集体经济收入按科目',
    frequency: 'quarterly',
    source: 'income',
    beneficiaries: false,
  },
  {
    code: 'G06',
    name: '政策受益对象',
    description: '低保、特困、临时救助、危房改造等受益对象（姓名打码，不含身份证号和电话）',
    frequency: 'quarterly',
    source: null,
    beneficiaries: true,
  },
  {
    code: 'G07',
    name: '村干部报酬',
    description: '村干部基本报酬、绩效报酬和补贴标准及发放情况',
    frequency: 'yearly',
    source: null,
    beneficiaries: false,
  },
  {
    code: 'G08',
    name: '乡风文明',
    description: '文明积分排名、红黑榜、移风易俗、村规民约执行情况',
    frequency: 'quarterly',
    source: 'points',
    beneficiaries: false,
  },
  {
    code: 'G09',
    name: '安全',
    description: '安全生产、防灾减灾、消防、食品和饮水安全提示与隐患整改',
    frequency: 'quarterly',
    source: null,
    beneficiaries: false,
  },
  {
    code: 'G10',
    name: '承诺及奖惩',
    description: '书记领办项目和公开承诺事项、践诺情况与奖惩',
    frequency: 'yearly',
    source: 'projects',
    beneficiaries: false,
  },
];
