import { z } from 'zod';

// Coded fields of the registries (DOMAIN.md §1–2). Each enum has zh/en labels; Excel templates
// turn the Chinese labels into drop-down lists.

type Labels<T extends string> = Record<T, { zh: string; en: string }>;

const coded = <const T extends readonly [string, ...string[]]>(values: T, labels: Labels<T[number]>) => ({
  values,
  schema: z.enum(values),
  labels,
});

export const povertyStatus = coded(['escaped', 'monitored', 'general'], {
  escaped: { zh: '脱贫户', en: 'Lifted out of poverty' },
  monitored: { zh: '监测户', en: 'Under monitoring' },
  general: { zh: '一般户', en: 'General' },
});

export const labourCapacity = coded(['skilled', 'ordinary', 'weak', 'lost', 'none'], {
  skilled: { zh: '技能劳动力', en: 'Skilled labour' },
  ordinary: { zh: '普通劳动力', en: 'Ordinary labour' },
  weak: { zh: '弱劳动力或半劳动力', en: 'Weak or half labour' },
  lost: { zh: '丧失劳动力', en: 'Lost labour capacity' },
  none: { zh: '无劳动力', en: 'No labour capacity' },
});

export const leftBehind = coded(['child', 'elderly', 'woman'], {
  child: { zh: '留守儿童', en: 'Left-behind child' },
  elderly: { zh: '留守老人', en: 'Left-behind elderly' },
  woman: { zh: '留守妇女', en: 'Left-behind woman' },
});

export const relation = coded(
  [
    'head',
    'spouse',
    'son',
    'daughter',
    'daughter_in_law',
    'son_in_law',
    'grandchild',
    'parent',
    'sibling',
    'other',
  ],
  {
    head: { zh: '户主', en: 'Head' },
    spouse: { zh: '配偶', en: 'Spouse' },
    son: { zh: '之子', en: 'Son' },
    daughter: { zh: '之女', en: 'Daughter' },
    daughter_in_law: { zh: '之儿媳', en: 'Daughter-in-law' },
    son_in_law: { zh: '之女婿', en: 'Son-in-law' },
    grandchild: { zh: '之孙子女', en: 'Grandchild' },
    parent: { zh: '之父母', en: 'Parent' },
    sibling: { zh: '兄弟姐妹', en: 'Sibling' },
    other: { zh: '其他', en: 'Other' },
  },
);

export const orgLevel = coded(['committee', 'general_branch', 'branch', 'group'], {
  committee: { zh: '党委', en: 'Party committee' },
  general_branch: { zh: '党总支', en: 'General branch' },
  branch: { zh: '党支部', en: 'Branch' },
  group: { zh: '党小组', en: 'Party group' },
});

export const orgKind = coded(
  ['village', 'township', 'industry', 'functional', 'joint', 'enterprise', 'social', 'institution'],
  {
    village: { zh: '村（社区）党组织', en: 'Village' },
    township: { zh: '乡镇机关', en: 'Township organ' },
    industry: { zh: '产业党支部', en: 'Industry branch' },
    functional: { zh: '功能型党小组', en: 'Functional group' },
    joint: { zh: '联合党组织', en: 'Joint organization' },
    enterprise: { zh: '非公企业', en: 'Non-public enterprise' },
    social: { zh: '社会组织', en: 'Social organization' },
    institution: { zh: '机关事业单位', en: 'Institution' },
  },
);

export const memberStatus = coded(['probationary', 'full'], {
  probationary: { zh: '预备党员', en: 'Probationary' },
  full: { zh: '正式党员', en: 'Full member' },
});

export const developmentStage = coded(['applicant', 'activist', 'target', 'probationary', 'full'], {
  applicant: { zh: '入党申请人', en: 'Applicant' },
  activist: { zh: '入党积极分子', en: 'Activist' },
  target: { zh: '发展对象', en: 'Development target' },
  probationary: { zh: '预备党员', en: 'Probationary member' },
  full: { zh: '正式党员', en: 'Full member' },
});

export const commitmentStatus = coded(['made', 'in_progress', 'kept', 'not_kept'], {
  made: { zh: '已承诺', en: 'Made' },
  in_progress: { zh: '践诺中', en: 'In progress' },
  kept: { zh: '已践诺', en: 'Kept' },
  not_kept: { zh: '未践诺', en: 'Not kept' },
});

export const cadreBody = coded(['party', 'committee', 'supervision'], {
  party: { zh: '村党组织', en: 'Village party organization' },
  committee: { zh: '村民委员会', en: "Villagers' committee" },
  supervision: { zh: '村务监督委员会', en: 'Supervision committee' },
});

export const cadrePost = coded(['secretary', 'deputy_secretary', 'director', 'deputy_director', 'member'], {
  secretary: { zh: '书记', en: 'Secretary' },
  deputy_secretary: { zh: '副书记', en: 'Deputy secretary' },
  director: { zh: '主任', en: 'Director' },
  deputy_director: { zh: '副主任', en: 'Deputy director' },
  member: { zh: '委员', en: 'Member' },
});

export const cadreBackground = coded(
  ['wealth_expert', 'returned_migrant', 'returned_graduate', 'veteran', 'other'],
  {
    wealth_expert: { zh: '致富能手', en: 'Wealth-creation expert' },
    returned_migrant: { zh: '返乡务工人员', en: 'Returned migrant worker' },
    returned_graduate: { zh: '返乡大学毕业生', en: 'Returned graduate' },
    veteran: { zh: '退役军人', en: 'Veteran' },
    other: { zh: '其他', en: 'Other' },
  },
);

export const sendingLevel = coded(['province', 'city', 'county', 'township'], {
  province: { zh: '省级', en: 'Province' },
  city: { zh: '市级', en: 'City' },
  county: { zh: '县级', en: 'County' },
  township: { zh: '乡镇级', en: 'Township' },
});

// The first secretary usually leads the team too (第一书记（队长）): one role, counted as both.
export const teamRole = coded(['leader', 'first_secretary', 'secretary_leader', 'member'], {
  leader: { zh: '队长', en: 'Team leader' },
  first_secretary: { zh: '第一书记', en: 'First secretary' },
  secretary_leader: { zh: '第一书记（队长）', en: 'First secretary and team leader' },
  member: { zh: '队员', en: 'Member' },
});

export const gridTier = coded(['big', 'middle', 'small'], {
  big: { zh: '大网格（村）', en: 'Big grid (village)' },
  middle: { zh: '中网格（寨管委）', en: 'Middle grid (hamlet committee)' },
  small: { zh: '小网格（十联户）', en: 'Small grid (ten households)' },
});

export const talentCategory = coded(
  ['planting', 'breeding', 'processing', 'heritage', 'ecommerce', 'management', 'marketing', 'craft'],
  {
    planting: { zh: '种植', en: 'Planting' },
    breeding: { zh: '养殖', en: 'Breeding' },
    processing: { zh: '加工', en: 'Processing' },
    heritage: { zh: '非遗传承', en: 'Intangible heritage' },
    ecommerce: { zh: '电商直播', en: 'E-commerce / livestream' },
    management: { zh: '经营管理', en: 'Management' },
    marketing: { zh: '市场营销', en: 'Marketing' },
    craft: { zh: '能工巧匠', en: 'Craftsman' },
  },
);

export const talentStatus = coded(['draft', 'surveyed', 'township_reviewed', 'county_filed', 'returned'], {
  draft: { zh: '草稿', en: 'Draft' },
  surveyed: { zh: '村级已摸排', en: 'Surveyed by village' },
  township_reviewed: { zh: '乡级已审核', en: 'Reviewed by township' },
  county_filed: { zh: '县级已备案', en: 'Filed by county' },
  returned: { zh: '退回修改', en: 'Returned for revision' },
});

export const coveredUnitType = coded(['enterprise', 'social'], {
  enterprise: { zh: '非公有制企业', en: 'Non-public enterprise' },
  social: { zh: '社会组织', en: 'Social organization' },
});

export type Coded<T extends { values: readonly string[] }> = T['values'][number];
