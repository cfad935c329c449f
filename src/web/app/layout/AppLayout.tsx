import { Drawer, Layout } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useDocumentTitle } from '../page-titles';
import { HeaderBar } from './HeaderBar';
import { SideMenu } from './SideMenu';
import { UserSummary } from './UserSummary';
import { useIsMobile } from './use-is-mobile';

export function AppLayout() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  useDocumentTitle();

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {!isMobile && (
        <Layout.Sider
          collapsible
          collapsed={collapsed}
          trigger={null}
          width={208}
          style={{ borderInlineEnd: '1px solid #e5e6eb' }}
          data-testid="app-sider"
        >
          <SideMenu />
        </Layout.Sider>
      )}
      <Layout style={{ minWidth: 0 }}>
        <HeaderBar
          isMobile={isMobile}
          collapsed={collapsed}
          onToggleMenu={() => (isMobile ? setDrawerOpen(true) : setCollapsed(!collapsed))}
        />
        <Layout.Content style={{ padding: isMobile ? 8 : 16, minWidth: 0 }} data-testid="app-content">
          <Outlet />
        </Layout.Content>
      </Layout>
      {isMobile && (
        <Drawer
          placement="left"
          size={240}
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          title={t('app.name')}
          styles={{ body: { padding: 0 } }}
          footer={<UserSummary />}
        >
          <SideMenu onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      )}
    </Layout>
  );
}
