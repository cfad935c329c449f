import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { can, type Permission } from '../../../contracts/roles';
import { useCurrentUser } from '../auth';

/** Hides a page from roles without the permission; the server refuses them anyway. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  if (!can(me.role, permission)) {
    return <Result status="403" title={t('forbidden.title')} subTitle={t('forbidden.desc')} />;
  }
  return children;
}
