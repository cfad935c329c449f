import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PreferenceToggles } from '../layout/PreferenceToggles';
import { useDocumentTitle } from '../page-titles';

/** The centred card used by the login and change-password pages. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  useDocumentTitle();
  return (
    <main
      style={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        padding: '16px',
        boxSizing: 'border-box',
        background: 'linear-gradient(180deg, #b71c1c 0, #b71c1c 180px, #f4f5f7 180px)',
      }}
    >
      <div style={{ width: '100%', maxWidth: 400, display: 'flex', justifyContent: 'flex-end' }}>
        <div style={{ background: '#fff', borderRadius: 6 }}>
          <PreferenceToggles />
        </div>
      </div>
      <header style={{ color: '#fff', textAlign: 'center', margin: '12px 0 20px' }}>
        <div style={{ fontSize: 32, fontWeight: 700, letterSpacing: 4 }}>{t('app.name')}</div>
        <div style={{ fontSize: 15 }}>{t('app.subtitle')}</div>
      </header>
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {title}
        </Typography.Title>
        {children}
      </Card>
    </main>
  );
}
