import { z } from 'zod';

// The roles of DOMAIN.md section 0. A user has exactly one role and one scope (a region code).
export const ROLES = [
  'region_admin', // 市（州）、省级管理员: imports counties and creates their administrators
  'county_admin', // 县委组织部管理员
  'township', // 乡镇党委
  'village', // 村党组织书记 / 村两委
  'stationed_cadre', // 驻村工作队员 / 第一书记
  'department', // 部门经办人
  'grid_worker', // 网格员
  'party_member', // 党员
  'villager', // 村民
] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Higher rank may manage lower rank; equal rank may not manage each other. */
export const ROLE_RANK: Record<Role, number> = {
  region_admin: 120,
  county_admin: 100,
  township: 80,
  department: 60,
  village: 60,
  stationed_cadre: 40,
  grid_worker: 30,
  party_member: 10,
  villager: 10,
};

/** The region level a role's scope sits at: a township user is scoped to a township, and so on. */
export const ROLE_SCOPE_LEVELS: Record<Role, readonly RegionLevel[]> = {
  region_admin: ['province', 'city'],
  county_admin: ['county'],
  township: ['township'],
  department: ['county'],
  village: ['village'],
  stationed_cadre: ['village', 'township'],
  grid_worker: ['village', 'group'],
  party_member: ['village', 'group'],
  villager: ['village', 'group'],
};

export const REGION_LEVELS = ['province', 'city', 'county', 'township', 'village', 'group'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** Roles that may create and edit accounts (always of lower rank and inside their own scope). */
export const ACCOUNT_ADMIN_ROLES: readonly Role[] = ['region_admin', 'county_admin', 'township', 'village'];

export const canManageRole = (actor: Role, target: Role): boolean =>
  ACCOUNT_ADMIN_ROLES.includes(actor) && ROLE_RANK[target] < ROLE_RANK[actor];

// Departments that receive dispatched events ("report for duty", 部门报到).
export const DEPARTMENTS = [
  'civil_affairs', // 民政
  'human_resources', // 人社
  'health', // 卫健
  'agriculture', // 农业农村
  'education', // 教育
  'disability', // 残联
  'finance', // 金融
  'rural_revitalization', // 乡村振兴
  'natural_resources', // 自然资源
  'emergency', // 应急管理
  // The departments CATALOGUES.md §5 dispatches events to (吹哨报到).
  'justice', // 司法所
  'public_security', // 派出所
  'comprehensive_governance', // 综治中心
  'housing', // 住建
  'ecology', // 生态环境
  'transport', // 交通运输
  'water', // 水利
  'power', // 供电公司
  'market_regulation', // 市场监管
  'women_federation', // 妇联
  'discipline', // 纪委监委
  'fire', // 消防
] as const;
export const departmentSchema = z.enum(DEPARTMENTS);
export type Department = z.infer<typeof departmentSchema>;

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  region_admin: { zh: '市（州）、省级管理员', en: 'Prefecture / province admin' },
  county_admin: { zh: '县委组织部管理员', en: 'County organization admin' },
  township: { zh: '乡镇党委', en: 'Township party committee' },
  village: { zh: '村党组织书记', en: 'Village secretary' },
  stationed_cadre: { zh: '驻村干部', en: 'Stationed cadre' },
  department: { zh: '部门经办人', en: 'Department handler' },
  grid_worker: { zh: '网格员', en: 'Grid worker' },
  party_member: { zh: '党员', en: 'Party member' },
  villager: { zh: '村民', en: 'Villager' },
};

export const DEPARTMENT_LABELS: Record<Department, { zh: string; en: string }> = {
  civil_affairs: { zh: '民政', en: 'Civil affairs' },
  human_resources: { zh: '人社', en: 'Human resources & social security' },
  health: { zh: '卫健', en: 'Health' },
  agriculture: { zh: '农业农村', en: 'Agriculture & rural affairs' },
  education: { zh: '教育', en: 'Education' },
  disability: { zh: '残联', en: "Disabled persons' federation" },
  finance: { zh: '金融', en: 'Finance' },
  rural_revitalization: { zh: '乡村振兴', en: 'Rural revitalization' },
  natural_resources: { zh: '自然资源', en: 'Natural resources' },
  emergency: { zh: '应急管理', en: 'Emergency management' },
  justice: { zh: '司法所', en: 'Justice office' },
  public_security: { zh: '派出所', en: 'Police station' },
  comprehensive_governance: { zh: '综治中心', en: 'Social governance centre' },
  housing: { zh: '住建', en: 'Housing & construction' },
  ecology: { zh: '生态环境', en: 'Ecology & environment' },
  transport: { zh: '交通运输', en: 'Transport' },
  water: { zh: '水利', en: 'Water resources' },
  power: { zh: '供电公司', en: 'Power supply company' },
  market_regulation: { zh: '市场监管', en: 'Market regulation' },
  women_federation: { zh: '妇联', en: "Women's federation" },
  discipline: { zh: '纪委监委', en: 'Discipline inspection' },
  fire: { zh: '消防', en: 'Fire and rescue' },
};

const STAFF: readonly Role[] = [
  'county_admin',
  'township',
  'village',
  'stationed_cadre',
  'grid_worker',
  'department',
];

/** What each role may open: the server checks these too (the menu only hides). */
export const PERMISSIONS = {
  'regions.read': ROLES,
  // A region admin administers (imports counties, manages accounts, reads the audit log); the
  // registries and points are the counties' own work.
  'regions.import': ['region_admin', 'county_admin'],
  'regions.write': ['county_admin', 'township', 'village'],
  'users.manage': ACCOUNT_ADMIN_ROLES,
  'audit.read': ['region_admin', 'county_admin'],
  // Registries (issue 4). Staff read within their scope; party members and villagers use their own pages.
  'households.read': STAFF,
  'households.write': ['county_admin', 'township', 'village', 'stationed_cadre', 'grid_worker'],
  'pii.reveal': ['county_admin', 'township', 'village'],
  'org.read': STAFF,
  'org.write': ['county_admin', 'township', 'village'],
  'members.read': STAFF,
  'members.write': ['county_admin', 'township', 'village'],
  'cadres.read': STAFF,
  'cadres.write': ['county_admin', 'township'],
  'grids.read': STAFF,
  'grids.write': ['county_admin', 'township', 'village'],
  'talents.read': STAFF,
  'talents.survey': ['county_admin', 'township', 'village', 'stationed_cadre'],
  'talents.review': ['township'],
  'talents.file': ['county_admin'],
  'imports.run': ['county_admin', 'township', 'village'],
  // Points (issue 6). A rule's own proposer and approver roles narrow propose and approve further.
  'points.read': STAFF,
  'points.rules': ['county_admin', 'township', 'village'],
  'points.propose': ['county_admin', 'township', 'village', 'stationed_cadre', 'grid_worker', 'party_member'],
  'points.approve': ['county_admin', 'township', 'village'],
  'points.correct': ['county_admin', 'township', 'village'],
  'points.shop': ['county_admin', 'township', 'village', 'stationed_cadre'],
  'points.own': ['party_member', 'villager'],
  // 党员先锋墙 and 善治笑脸墙 are posted for the whole village to see.
  'points.board': ROLES.filter((r) => r !== 'region_admin'),
  // Grid events (issue 12). Reporting is for everyone who lives or works in a village; the
  // workflow's own rules (events/policy.ts) narrow who may take each step.
  'events.report': [
    'county_admin',
    'township',
    'village',
    'stationed_cadre',
    'grid_worker',
    'party_member',
    'villager',
  ],
  'events.read': STAFF,
  'events.handle': ['county_admin', 'township', 'village', 'stationed_cadre', 'grid_worker', 'department'],
  'events.dispatch': ['county_admin', 'township'],
  'events.catalogue': ['county_admin'],
  'events.board': STAFF,
  'events.services': ROLES.filter((r) => r !== 'region_admin'),
  'events.open311': ['county_admin'],
  'notifications.read': ROLES,
  // Assessments (issue 13). The workflows' own rules (assessments/*/policy.ts) narrow each step.
  'assess.read': STAFF,
  'assess.criteria': ['county_admin'],
  'assess.campaign': ['county_admin'],
  'assess.self': ['village', 'stationed_cadre'],
  'assess.review': ['county_admin', 'township'],
  'assess.flags': ['county_admin', 'township', 'village'],
  'assess.checklist': ['county_admin', 'township', 'village', 'stationed_cadre'],
  'assess.weak': ['county_admin', 'township', 'village', 'stationed_cadre'],
  'assess.cadres': ['county_admin', 'township'],
  // Collective economy and led projects (issue 14). economy/*/policy.ts narrows each step.
  // A prefecture or province reads its counties' summaries (tiers per county).
  'economy.read': [...STAFF, 'region_admin'],
  'economy.accounts': ['county_admin', 'township', 'village'],
  'economy.settings': ['county_admin'],
  'economy.plans': ['county_admin', 'township', 'village', 'stationed_cadre'],
  'economy.pairings': ['county_admin', 'township'],
  'economy.projects': ['county_admin', 'township', 'village', 'stationed_cadre'],
  'economy.evaluate': ['county_admin', 'township'],
  // Visits and return-to-poverty monitoring (issue 15). visits/*/policy.ts narrows each step.
  'visits.read': STAFF,
  'visits.record': ['county_admin', 'township', 'village', 'stationed_cadre', 'grid_worker'],
  // The at-risk list, cases and reports; a prefecture or province reads its counties' summaries.
  'monitoring.read': [...STAFF, 'region_admin'],
  'monitoring.settings': ['county_admin'],
  // Grassroots screening and department lists (a department imports its own list).
  'monitoring.clues': ['county_admin', 'township', 'village', 'stationed_cadre', 'grid_worker', 'department'],
  // A household asks for itself (农户自主申报).
  'monitoring.request': ['villager', 'party_member'],
  'monitoring.cases': ['county_admin', 'township', 'village', 'stationed_cadre'],
  // 十联六常, 十步法, 书记拉练.
  'contacts.read': STAFF,
  'contacts.manage': ['county_admin', 'township', 'village', 'stationed_cadre'],
  // 指标目录 and figure values (issue 16): staff within their scope; a prefecture or province for its counties.
  'figures.read': [...STAFF, 'region_admin'],
  // 十公开 (issue 16, docs/disclosure.md): the village drafts and submits, the township approves;
  // disclosure/policy.ts narrows each step. The public page needs no account.
  'disclosure.read': STAFF,
  'disclosure.draft': ['village', 'stationed_cadre'],
  'disclosure.approve': ['county_admin', 'township'],
  'disclosure.catalogue': ['county_admin'],
  // 以考促学 (docs/study.md): the county keeps the bank; county and township set tests; staff read
  // scores in their scope; cadres and party members take tests on the phone.
  'study.bank': ['county_admin'],
  'study.tests': ['county_admin', 'township'],
  'study.scores': ['county_admin', 'township', 'village'],
  'study.take': ['village', 'stationed_cadre', 'grid_worker', 'party_member'],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;

export const can = (role: Role, permission: Permission): boolean =>
  (PERMISSIONS[permission] as readonly Role[]).includes(role);
