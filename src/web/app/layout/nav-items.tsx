import {
  AccountBookOutlined,
  AimOutlined,
  AlertOutlined,
  ApartmentOutlined,
  ApiOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  BookOutlined,
  BorderInnerOutlined,
  CalendarOutlined,
  CarOutlined,
  CarryOutOutlined,
  CheckSquareOutlined,
  ClusterOutlined,
  CustomerServiceOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  FileSearchOutlined,
  FlagOutlined,
  FormOutlined,
  FundOutlined,
  GiftOutlined,
  GlobalOutlined,
  HomeOutlined,
  IdcardOutlined,
  NotificationOutlined,
  PhoneOutlined,
  ProfileOutlined,
  ReadOutlined,
  RiseOutlined,
  ShoppingCartOutlined,
  SmileOutlined,
  SolutionOutlined,
  StarOutlined,
  TableOutlined,
  TagsOutlined,
  TeamOutlined,
  TrophyOutlined,
  UnorderedListOutlined,
  WalletOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../contracts/api/auth';
import { can, type Permission, type Role } from '../../../contracts/roles';

export type NavItem = { path: string; label: string; icon: ReactNode; testId: string; description?: string };

/** The pages this user's role may open, in menu order. */
export const useNavItems = (me: Me): NavItem[] => {
  const { t } = useTranslation();
  const all: (NavItem & { permission?: Permission; roles?: readonly Role[] })[] = [
    { path: '/', label: t('nav.home'), icon: <HomeOutlined />, testId: 'nav-home' },
    {
      path: '/regions',
      label: t('nav.regions'),
      icon: <ApartmentOutlined />,
      testId: 'nav-regions',
      permission: 'regions.read',
      description: t('home.regionsDesc'),
    },
    {
      path: '/users',
      label: t('nav.users'),
      icon: <TeamOutlined />,
      testId: 'nav-users',
      permission: 'users.manage',
      description: t('home.usersDesc'),
    },
    {
      path: '/audit',
      label: t('nav.audit'),
      icon: <AuditOutlined />,
      testId: 'nav-audit',
      permission: 'audit.read',
      description: t('home.auditDesc'),
    },
    {
      path: '/events-open311',
      label: t('eventsOpen311.nav'),
      icon: <ApiOutlined />,
      testId: 'nav-events-open311',
      permission: 'events.open311',
      description: t('eventsOpen311.desc'),
    },
    {
      path: '/orgs',
      label: t('org.title'),
      icon: <ClusterOutlined />,
      testId: 'nav-orgs',
      permission: 'org.read',
      description: t('org.coverage'),
    },
    {
      path: '/households',
      label: t('households.nav'),
      icon: <IdcardOutlined />,
      testId: 'nav-households',
      permission: 'households.read',
      description: t('households.desc'),
    },
    {
      path: '/members',
      label: t('members.title'),
      icon: <FlagOutlined />,
      testId: 'nav-members',
      permission: 'members.read',
    },
    {
      path: '/development',
      label: t('members.development'),
      icon: <RiseOutlined />,
      testId: 'nav-development',
      permission: 'members.read',
    },
    {
      path: '/cadres',
      label: t('cadres.nav'),
      icon: <SolutionOutlined />,
      testId: 'nav-cadres',
      permission: 'cadres.read',
      description: t('cadres.desc'),
    },
    {
      path: '/work-teams',
      label: t('cadres.teamsNav'),
      icon: <CarOutlined />,
      testId: 'nav-work-teams',
      permission: 'cadres.read',
      description: t('cadres.teamsDesc'),
    },
    {
      path: '/grids',
      label: t('grids.nav'),
      icon: <BorderInnerOutlined />,
      testId: 'nav-grids',
      permission: 'grids.read',
      description: t('grids.desc'),
    },
    {
      path: '/my-grid',
      label: t('grids.mine.title'),
      icon: <AimOutlined />,
      testId: 'nav-my-grid',
      permission: 'grids.read',
      roles: ['grid_worker'],
    },
    {
      path: '/talents',
      label: t('talents.nav'),
      icon: <StarOutlined />,
      testId: 'nav-talents',
      permission: 'talents.read',
      description: t('talents.desc'),
    },
    {
      path: '/events-report',
      label: t('eventsReport.nav.report'),
      icon: <AlertOutlined />,
      testId: 'nav-events-report',
      permission: 'events.report',
      description: t('eventsReport.desc.report'),
    },
    {
      path: '/events-mine',
      label: t('eventsReport.nav.mine'),
      icon: <FileSearchOutlined />,
      testId: 'nav-events-mine',
      permission: 'events.report',
      description: t('eventsReport.desc.mine'),
    },
    ...pointsItems(t as (key: string) => string),
    {
      path: '/events',
      label: t('eventsHandle.nav.events'),
      icon: <AlertOutlined />,
      testId: 'nav-events',
      permission: 'events.read',
      description: t('eventsHandle.desc.events'),
    },
    {
      path: '/events-duty',
      label: t('eventsHandle.nav.duty'),
      icon: <CarryOutOutlined />,
      testId: 'nav-events-duty',
      permission: 'events.handle',
      roles: ['department'],
      description: t('eventsHandle.desc.duty'),
    },
    {
      path: '/services',
      label: t('eventsCatalogue.servicesTitle'),
      icon: <CustomerServiceOutlined />,
      testId: 'nav-services',
      permission: 'events.services',
      description: t('eventsCatalogue.servicesIntro'),
    },
    {
      path: '/events-categories',
      label: t('eventsCatalogue.categoriesTitle'),
      icon: <TagsOutlined />,
      testId: 'nav-events-categories',
      permission: 'events.catalogue',
      description: t('eventsCatalogue.categoriesIntro'),
    },
    {
      path: '/events-services-admin',
      label: t('eventsCatalogue.servicesAdminTitle'),
      icon: <UnorderedListOutlined />,
      testId: 'nav-events-services-admin',
      permission: 'events.catalogue',
      description: t('eventsCatalogue.servicesAdminIntro'),
    },
    {
      path: '/events-calendar',
      label: t('eventsCalendar.title'),
      icon: <CalendarOutlined />,
      testId: 'nav-events-calendar',
      permission: 'events.catalogue',
      description: t('eventsCalendar.desc'),
    },
    {
      path: '/assess/weak',
      label: t('assessWeak.nav'),
      icon: <AimOutlined />,
      testId: 'nav-assess-weak',
      permission: 'assess.read',
      description: t('assessWeak.desc'),
    },
    {
      path: '/assess/weak-identify',
      label: t('assessWeak.identifyNav'),
      icon: <FileSearchOutlined />,
      testId: 'nav-assess-weak-identify',
      permission: 'assess.weak',
      roles: ['county_admin', 'township'],
      description: t('assessWeak.identifyDesc'),
    },
    {
      path: '/events-board',
      label: t('eventsBoard.nav'),
      icon: <BarChartOutlined />,
      testId: 'nav-events-board',
      permission: 'events.board',
      description: t('eventsBoard.desc'),
    },
    {
      path: '/assess-cadres',
      label: t('assessCadres.title'),
      icon: <SolutionOutlined />,
      testId: 'nav-assess-cadres',
      permission: 'assess.cadres',
      description: t('assessCadres.desc'),
    },
    {
      path: '/assess-checklist',
      label: t('assessChecklist.nav'),
      icon: <CheckSquareOutlined />,
      testId: 'nav-assess-checklist',
      permission: 'assess.checklist',
      roles: ['village', 'stationed_cadre'],
      description: t('assessChecklist.desc'),
    },
    {
      path: '/assess-checklist-summary',
      label: t('assessChecklist.summaryNav'),
      icon: <CheckSquareOutlined />,
      testId: 'nav-assess-checklist-summary',
      permission: 'assess.read',
      roles: ['county_admin', 'township'],
      description: t('assessChecklist.summaryDesc'),
    },
    {
      path: '/assess-flags',
      label: t('assessFlags.title'),
      icon: <FlagOutlined />,
      testId: 'nav-assess-flags',
      permission: 'assess.read',
      description: t('assessFlags.desc'),
    },
    {
      path: '/assess-flag-kinds',
      label: t('assessFlags.kindsTitle'),
      icon: <TagsOutlined />,
      testId: 'nav-assess-flag-kinds',
      permission: 'assess.flags',
      roles: ['county_admin'],
      description: t('assessFlags.kindsDesc'),
    },
    {
      path: '/assess-criteria',
      label: t('assessCriteria.title'),
      icon: <StarOutlined />,
      testId: 'nav-assess-criteria',
      permission: 'assess.read',
      roles: ['county_admin', 'township', 'village', 'stationed_cadre'],
      description: t('assessCriteria.intro'),
    },
    {
      path: '/assess-reports',
      label: t('assessReports.nav'),
      icon: <TrophyOutlined />,
      testId: 'nav-assess-reports',
      permission: 'assess.read',
      description: t('assessReports.desc'),
    },
    {
      path: '/assess-self',
      label: t('assessCampaign.nav.self'),
      icon: <StarOutlined />,
      testId: 'nav-assess-self',
      permission: 'assess.self',
      description: t('assessCampaign.desc.self'),
    },
    {
      path: '/assess-campaigns',
      label: t('assessCampaign.nav.campaigns'),
      icon: <StarOutlined />,
      testId: 'nav-assess-campaigns',
      permission: 'assess.review',
      description: t('assessCampaign.desc.campaigns'),
    },
    // 集体经济 (issue 14, docs/economy.md): overview first, then the parts.
    {
      path: '/economy',
      label: t('econViews.nav'),
      icon: <FundOutlined />,
      testId: 'nav-economy',
      permission: 'economy.read',
      description: t('econViews.desc'),
    },
    {
      path: '/economy-accounts',
      label: t('econAccounts.nav'),
      icon: <AccountBookOutlined />,
      testId: 'nav-economy-accounts',
      permission: 'economy.read',
      description: t('econAccounts.desc'),
    },
    {
      path: '/economy-assets',
      label: t('econAssets.nav'),
      icon: <BankOutlined />,
      testId: 'nav-economy-assets',
      permission: 'economy.read',
      description: t('econAssets.desc'),
    },
    {
      path: '/economy-plans',
      label: t('econPlans.nav'),
      icon: <RiseOutlined />,
      testId: 'nav-economy-plans',
      permission: 'economy.read',
      description: t('econPlans.desc'),
    },
    {
      path: '/economy-pairings',
      label: t('econPairings.nav'),
      icon: <ClusterOutlined />,
      testId: 'nav-economy-pairings',
      permission: 'economy.read',
      description: t('econPairings.desc'),
    },
    {
      path: '/economy-projects',
      label: t('econProjects.nav'),
      icon: <FlagOutlined />,
      testId: 'nav-economy-projects',
      permission: 'economy.read',
      description: t('econProjects.desc'),
    },
    // 走访与防返贫监测 (issue 15, docs/visits.md): 入户走访 (十问十清).
    {
      path: '/visits',
      label: t('visitsVisit.nav'),
      icon: <SolutionOutlined />,
      testId: 'nav-visits',
      permission: 'visits.read',
      description: t('visitsVisit.desc'),
    },
    // 防返贫监测 (issue 15, docs/visits.md §2): the at-risk list, then thresholds and rules.
    {
      path: '/monitoring',
      label: t('visitsMonitoring.nav'),
      icon: <AlertOutlined />,
      testId: 'nav-monitoring',
      permission: 'monitoring.read',
      description: t('visitsMonitoring.desc'),
    },
    {
      path: '/monitoring-settings',
      label: t('visitsMonitoring.settingsNav'),
      icon: <AlertOutlined />,
      testId: 'nav-monitoring-settings',
      permission: 'monitoring.read',
      description: t('visitsMonitoring.settingsDesc'),
    },
    // 驾驶舱 (issue 16, docs/dashboards.md): the chosen figures, by township or village, drillable.
    {
      path: '/dashboard',
      label: t('dashboard.nav'),
      icon: <DashboardOutlined />,
      testId: 'nav-dashboard',
      permission: 'figures.read',
      description: t('dashboard.desc'),
    },
    // 一表通 (issue 16, docs/dashboards.md): reports defined once, generated from the records.
    {
      path: '/figure-reports',
      label: t('figureReports.nav'),
      icon: <TableOutlined />,
      testId: 'nav-figure-reports',
      permission: 'figures.read',
      description: t('figureReports.desc'),
    },
    // 区划边界 (issue 16, docs/dashboards.md "Maps"): boundaries uploaded to show figures on a map.
    {
      path: '/figure-maps',
      label: t('figureMaps.nav'),
      icon: <GlobalOutlined />,
      testId: 'nav-figure-maps',
      permission: 'figures.read',
      roles: ['county_admin', 'township', 'region_admin'],
      description: t('figureMaps.desc'),
    },
    // 指标目录 (issue 16, docs/dashboards.md): every figure's definition and its value here.
    {
      path: '/figures',
      label: t('figures.nav'),
      icon: <DatabaseOutlined />,
      testId: 'nav-figures',
      permission: 'figures.read',
      description: t('figures.desc'),
    },
    // 走访监测报表 (issue 15, docs/visits.md §6).
    {
      path: '/visits-reports',
      label: t('visitsReports.nav'),
      icon: <FundOutlined />,
      testId: 'nav-visits-reports',
      permission: 'monitoring.read',
      description: t('visitsReports.desc'),
    },
    // 防返贫监测 · 风险线索 (issue 15, docs/visits.md §3): the household's own request, screening, department lists.
    {
      path: '/my-monitoring-request',
      label: t('visitsClues.request.nav'),
      icon: <FormOutlined />,
      testId: 'nav-my-monitoring-request',
      permission: 'monitoring.request',
      description: t('visitsClues.request.desc'),
    },
    {
      path: '/monitoring-screening',
      label: t('visitsClues.screening.nav'),
      icon: <AlertOutlined />,
      testId: 'nav-monitoring-screening',
      permission: 'monitoring.clues',
      roles: ['village', 'stationed_cadre', 'grid_worker'],
      description: t('visitsClues.screening.desc'),
    },
    {
      path: '/monitoring-department',
      label: t('visitsClues.department.nav'),
      icon: <FileSearchOutlined />,
      testId: 'nav-monitoring-department',
      permission: 'monitoring.clues',
      roles: ['county_admin', 'township', 'department'],
      description: t('visitsClues.department.desc'),
    },
    // 监测对象识别 (issue 15, docs/visits.md §4).
    {
      path: '/monitoring-cases',
      label: t('visitsCases.nav'),
      icon: <AlertOutlined />,
      testId: 'nav-monitoring-cases',
      permission: 'monitoring.read',
      description: t('visitsCases.desc'),
    },
    // 联系服务 (issue 15, docs/visits.md §5): 十联六常, 十步法, 书记拉练.
    {
      path: '/contacts',
      label: t('visitsContacts.nav'),
      icon: <PhoneOutlined />,
      testId: 'nav-contacts',
      permission: 'contacts.read',
      description: t('visitsContacts.desc'),
    },
    // 十公开 (issue 16, docs/disclosure.md): items and approval, then the county's catalogue.
    {
      path: '/disclosure',
      label: t('disclosure.nav'),
      icon: <NotificationOutlined />,
      testId: 'nav-disclosure',
      permission: 'disclosure.read',
      description: t('disclosure.desc'),
    },
    {
      path: '/disclosure-kinds',
      label: t('disclosure.kindsNav'),
      icon: <NotificationOutlined />,
      testId: 'nav-disclosure-kinds',
      permission: 'disclosure.read',
      description: t('disclosure.kindsDesc'),
    },
    // 以考促学 (docs/study.md): the bank (county), tests and scores, and 我的考试 on the phone.
    {
      path: '/study',
      label: t('study.nav.mine'),
      icon: <ReadOutlined />,
      testId: 'nav-study-mine',
      permission: 'study.take',
      description: t('study.desc.mine'),
    },
    {
      path: '/study-tests',
      label: t('study.nav.tests'),
      icon: <ReadOutlined />,
      testId: 'nav-study-tests',
      permission: 'study.scores',
      description: t('study.desc.tests'),
    },
    {
      path: '/study-bank',
      label: t('study.nav.bank'),
      icon: <BookOutlined />,
      testId: 'nav-study-bank',
      permission: 'study.bank',
      description: t('study.desc.bank'),
    },
  ];
  const mine = all.filter(
    (item) =>
      (!item.permission || can(me.role, item.permission)) && (!item.roles || item.roles.includes(me.role)),
  );
  return byRoleWork(mine, me.role);
};

/**
 * Each role's menu starts with its own work (a grid worker's 申报积分, a villager's 我的积分), then
 * the rest in the usual order; villagers and party members do not start with 区划.
 */
const ROLE_FIRST: Partial<Record<Role, readonly string[]>> = {
  region_admin: ['/', '/regions', '/users', '/audit'],
  county_admin: ['/', '/events', '/orgs', '/members', '/cadres', '/households', '/points-review'],
  township: ['/', '/events', '/points-review', '/households', '/orgs', '/members', '/cadres', '/grids'],
  village: [
    '/',
    '/events',
    '/points-review',
    '/households',
    '/points-propose',
    '/points-shop',
    '/members',
    '/grids',
  ],
  stationed_cadre: ['/', '/points-propose', '/points-mine', '/households', '/grids'],
  grid_worker: [
    '/',
    '/events-report',
    '/points-propose',
    '/my-grid',
    '/points-mine',
    '/households',
    '/grids',
  ],
  department: ['/', '/events-duty', '/events', '/events-board', '/households'],
  party_member: [
    '/',
    '/points-propose',
    '/points-mine',
    '/events-mine',
    '/my-points',
    '/points-boards',
    '/services',
  ],
  villager: [
    '/',
    '/events-report',
    '/events-mine',
    '/my-points',
    '/points-reserve',
    '/services',
    '/points-boards',
  ],
};
const LAST_FOR_NON_STAFF = new Set(['/regions']);

const byRoleWork = <T extends { path: string }>(items: T[], role: Role): T[] => {
  const first = ROLE_FIRST[role] ?? ['/'];
  const rank = (path: string) => {
    const at = first.indexOf(path);
    if (at >= 0) return at;
    return (role === 'villager' || role === 'party_member') && LAST_FOR_NON_STAFF.has(path) ? 1000 : 100;
  };
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rank(a.item.path) - rank(b.item.path) || a.index - b.index)
    .map(({ item }) => item);
};

/** 积分 pages: the jobs first (review, propose, shop, my points), then boards, rules and accounts. */
const POINTS_PAGES = [
  { key: 'review', path: '/points-review', icon: <CheckSquareOutlined />, permission: 'points.approve' },
  { key: 'propose', path: '/points-propose', icon: <FormOutlined />, permission: 'points.propose' },
  { key: 'mine', path: '/points-mine', icon: <ProfileOutlined />, permission: 'points.propose' },
  { key: 'shop', path: '/points-shop', icon: <GiftOutlined />, permission: 'points.shop' },
  { key: 'my', path: '/my-points', icon: <WalletOutlined />, permission: 'points.own' },
  { key: 'reserve', path: '/points-reserve', icon: <ShoppingCartOutlined />, permission: 'points.own' },
  { key: 'boards', path: '/points-boards', icon: <SmileOutlined />, permission: 'points.board' },
  { key: 'rules', path: '/points-rules', icon: <BookOutlined />, permission: 'points.rules' },
  { key: 'accounts', path: '/points', icon: <TrophyOutlined />, permission: 'points.read' },
] as const;

const pointsItems = (t: (key: string) => string): (NavItem & { permission: Permission })[] =>
  POINTS_PAGES.map(({ key, ...item }) => ({
    ...item,
    label: t(`points.nav.${key}`),
    description: t(`points.desc.${key}`),
    testId: `nav-${item.path.slice(1)}`,
  }));

/** The menu key of a location: the first path segment. */
export const navKeyOf = (pathname: string): string => `/${pathname.split('/')[1] ?? ''}`;
