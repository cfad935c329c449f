import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { MeContext, useMe } from './auth';
import { useErrorText } from './errors';

export const CHANGE_PASSWORD_PATH = '/change-password';

/** Lets only a logged-in user through; one who must change the password goes to that page first. */
export function RequireAuth() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const location = useLocation();
  const me = useMe();

  if (me.isPending) return <FullPageSpin />;
  if (me.isError) {
    return (
      <Result
        status="warning"
        title={t('app.loadFailed')}
        subTitle={errorText(me.error)}
        extra={<Button onClick={() => me.refetch()}>{t('app.retry')}</Button>}
      />
    );
  }
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    const query = next === '/' ? '' : `?next=${encodeURIComponent(next)}`;
    return <Navigate to={`/login${query}`} replace />;
  }
  if (me.data.mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH) {
    return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
  }
  return (
    <MeContext.Provider value={me.data}>
      <Outlet />
    </MeContext.Provider>
  );
}

export function FullPageSpin() {
  const { t } = useTranslation();
  return (
    <div style={{ minHeight: '60vh', display: 'grid', placeItems: 'center' }}>
      <Spin size="large" description={t('app.loading')} />
    </div>
  );
}
