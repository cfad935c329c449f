import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import i18n, { LANG_KEY, type Lang, storedLang } from './i18n';

const LARGE_TEXT_KEY = 'zx.largeText';

type Preferences = {
  lang: Lang;
  setLang: (lang: Lang) => void;
  largeText: boolean;
  setLargeText: (on: boolean) => void;
};

const PreferencesContext = createContext<Preferences | null>(null);

const remember = (key: string, value: string) => {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private mode or storage disabled: the choice simply lasts for this page.
  }
};

// Language changes are applied synchronously so that the render that follows already uses them.
const applyLang = (lang: Lang) => {
  void i18n.changeLanguage(lang);
  dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
  document.documentElement.lang = lang;
};

const readLargeText = (): boolean => {
  try {
    return localStorage.getItem(LARGE_TEXT_KEY) === '1';
  } catch {
    return false;
  }
};

export function PreferencesProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => {
    const initial = storedLang();
    applyLang(initial);
    return initial;
  });
  const [largeText, setLargeTextState] = useState(readLargeText);

  const setLang = useCallback((next: Lang) => {
    applyLang(next);
    remember(LANG_KEY, next);
    setLangState(next);
  }, []);

  const setLargeText = useCallback((on: boolean) => {
    remember(LARGE_TEXT_KEY, on ? '1' : '0');
    setLargeTextState(on);
  }, []);

  const value = useMemo(
    () => ({ lang, setLang, largeText, setLargeText }),
    [lang, setLang, largeText, setLargeText],
  );
  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}

export const usePreferences = (): Preferences => {
  const value = useContext(PreferencesContext);
  if (!value) throw new Error('usePreferences outside PreferencesProvider');
  return value;
};
