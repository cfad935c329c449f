import { Drawer, Layout } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { can } from '../../../contracts/roles';
import { useMe } from '../auth';
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
  const { pathname } = useLocation();
  const role = useMe().data?.role;
  // Reports kept on the phone while offline go out when the app starts and when the signal returns.
  useEffect(() => {
    if (role && can(role, 'events.report'))
      void import('../../modules/events/report/sync').then((m) => m.startReportSync());
  }, [role]);
  // Visits recorded offline (十问十清) likewise.
  useEffect(() => {
    if (role && can(role, 'visits.record'))
      void import('../../modules/visits/visit/visit-sync').then((m) => m.startVisitSync());
  }, [role]);

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
        {/* data-path changes when the new page has been committed (browser tests wait for it). */}
        <Layout.Content
          style={{ padding: isMobile ? 8 : 16, minWidth: 0 }}
          data-testid="app-content"
          data-path={pathname}
        >
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
