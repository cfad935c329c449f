import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useMemo } from 'react';
import { RouterProvider } from 'react-router';
import { PreferencesProvider, usePreferences } from './preferences';
import { queryClient } from './query-client';
import { router } from './router';
import { buildTheme } from './theme';

function ThemedApp() {
  const { lang, largeText } = usePreferences();
  const theme = useMemo(() => buildTheme(largeText), [largeText]);
  return (
    <ConfigProvider locale={lang === 'en' ? enUS : zhCN} theme={theme}>
      <AntdApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntdApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <PreferencesProvider>
      <ThemedApp />
    </PreferencesProvider>
  );
}
