import { MenuFoldOutlined, MenuOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Badge, Button, Layout, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { NotificationBell } from '../../modules/events/handle/NotificationBell';
import { useCurrentUser } from '../auth';
import { usePendingByPath } from '../home/use-home';
import { useLabels } from '../labels';
import { PreferenceToggles } from './PreferenceToggles';
import { UserMenu } from './UserMenu';

type Props = { isMobile: boolean; collapsed: boolean; onToggleMenu: () => void };

export function HeaderBar({ isMobile, collapsed, onToggleMenu }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const me = useCurrentUser();
  const waiting = [...usePendingByPath().values()].reduce((a, b) => a + b, 0);
  const toggleIcon = isMobile ? <MenuOutlined /> : collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />;
  const toggleLabel = isMobile ? t('nav.openMenu') : collapsed ? t('nav.expand') : t('nav.collapse');
  return (
    <Layout.Header
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 8,
        padding: isMobile ? '0 8px' : '0 16px',
        borderBottom: '1px solid #e5e6eb',
        position: 'sticky',
        top: 0,
        zIndex: 10,
      }}
    >
      {/* On a phone the menu hides in a drawer: a dot on its button says something waits. */}
      <Badge dot={isMobile && waiting > 0} offset={[-6, 6]}>
        <Button
          type="text"
          icon={toggleIcon}
          aria-label={toggleLabel}
          onClick={onToggleMenu}
          data-testid="menu-toggle"
        />
      </Badge>
      <Typography.Text strong style={{ fontSize: 20, color: '#b71c1c', whiteSpace: 'nowrap' }}>
        {t('app.name')}
      </Typography.Text>
      <div style={{ flex: 1, minWidth: 0 }} />
      {!isMobile && (
        <div style={{ minWidth: 0, overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' }}>
          <Typography.Text data-testid="header-user">{me.displayName}</Typography.Text>
          <Tag color="red" style={{ marginInline: 8 }} data-testid="header-role">
            {labels.role(me.role)}
          </Tag>
          <Typography.Text type="secondary" data-testid="header-scope">
            {me.scopeName}
          </Typography.Text>
        </div>
      )}
      <NotificationBell />
      <PreferenceToggles compact={isMobile} />
      <UserMenu compact={isMobile} />
    </Layout.Header>
  );
}
