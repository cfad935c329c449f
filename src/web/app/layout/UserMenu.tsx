import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCurrentUser, useLogout } from '../auth';
import { useLabels } from '../labels';

/** Who is logged in, plus change password and logout. */
export function UserMenu({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useLabels();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const logout = useLogout();

  const onLogout = () =>
    logout.mutate(undefined, {
      onSettled: () => {
        message.success(t('header.loggedOut'));
        navigate('/login', { replace: true });
      },
    });

  const items = [
    {
      type: 'group' as const,
      key: 'who',
      label: `${me.displayName} · ${labels.role(me.role)} · ${me.scopeName}`,
    },
    { type: 'divider' as const },
    {
      key: 'password',
      icon: <KeyOutlined />,
      label: <span data-testid="menu-change-password">{t('header.changePassword')}</span>,
      onClick: () => navigate('/change-password'),
    },
    {
      key: 'logout',
      icon: <LogoutOutlined />,
      label: <span data-testid="menu-logout">{t('header.logout')}</span>,
      onClick: onLogout,
    },
  ];

  return (
    <Dropdown menu={{ items }} trigger={['click']} placement="bottomRight">
      <Button
        type="text"
        aria-label={compact ? t('header.userMenu') : `${me.displayName} ${t('header.userMenu')}`}
        data-testid="user-menu"
        icon={<UserOutlined />}
      >
        {compact ? null : (
          <>
            {me.displayName} <DownOutlined style={{ fontSize: 10 }} />
          </>
        )}
      </Button>
    </Dropdown>
  );
}
