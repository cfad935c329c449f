import {
  AimOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  BookOutlined,
  BorderInnerOutlined,
  CarOutlined,
  CheckSquareOutlined,
  ClusterOutlined,
  FlagOutlined,
  FormOutlined,
  GiftOutlined,
  HomeOutlined,
  IdcardOutlined,
  ProfileOutlined,
  RiseOutlined,
  ShoppingCartOutlined,
  SmileOutlined,
  SolutionOutlined,
  StarOutlined,
  TeamOutlined,
  TrophyOutlined,
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
    ...pointsItems(t as (key: string) => string),
    {
      path: '/events-board',
      label: t('eventsBoard.nav'),
      icon: <BarChartOutlined />,
      testId: 'nav-events-board',
      permission: 'events.board',
      description: t('eventsBoard.desc'),
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
  county_admin: ['/', '/orgs', '/members', '/cadres', '/households', '/points-review'],
  township: ['/', '/points-review', '/households', '/orgs', '/members', '/cadres', '/grids'],
  village: ['/', '/points-review', '/households', '/points-propose', '/points-shop', '/members', '/grids'],
  stationed_cadre: ['/', '/points-propose', '/points-mine', '/households', '/grids'],
  grid_worker: ['/', '/points-propose', '/my-grid', '/points-mine', '/households', '/grids'],
  department: ['/', '/events-board', '/households'],
  party_member: ['/', '/points-propose', '/points-mine', '/my-points', '/points-boards'],
  villager: ['/', '/my-points', '/points-reserve', '/points-boards'],
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
