import { ApartmentOutlined, AuditOutlined, HomeOutlined, TeamOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../contracts/api/auth';
import { can, type Permission } from '../../../contracts/roles';

export type NavItem = { path: string; label: string; icon: ReactNode; testId: string; description?: string };

/** The pages this user's role may open, in menu order. */
export const useNavItems = (me: Me): NavItem[] => {
  const { t } = useTranslation();
  const all: (NavItem & { permission?: Permission })[] = [
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
  ];
  return all.filter((item) => !item.permission || can(me.role, item.permission));
};

/** The menu key of a location: the first path segment. */
export const navKeyOf = (pathname: string): string => `/${pathname.split('/')[1] ?? ''}`;
