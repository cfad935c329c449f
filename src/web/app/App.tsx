import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useMemo, useSyncExternalStore } from 'react';
import { RouterProvider } from 'react-router';
import { PreferencesProvider, usePreferences } from './preferences';
import { queryClient } from './query-client';
import { router } from './router';
import { buildTheme } from './theme';

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';
const watchReducedMotion = (onChange: () => void) => {
  const query = window.matchMedia(REDUCED_MOTION);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};
const prefersReducedMotion = () => window.matchMedia(REDUCED_MOTION).matches;

function ThemedApp() {
  const { lang, largeText } = usePreferences();
  const reduceMotion = useSyncExternalStore(watchReducedMotion, prefersReducedMotion);
  const theme = useMemo(() => buildTheme(largeText, reduceMotion), [largeText, reduceMotion]);
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
